import DocentModel
import Testing

/// Small accounts and helpers shared by the model tests.
enum Fixture {
    static let admin = "admin@example.com"        // Super Admin
    static let manager = "manager@example.com"    // add-and-edit-users + edit-billing
    static let userAdmin = "users@example.com"    // add-and-edit-users only
    static let biller = "billing@example.com"     // edit-billing only
    static let plain = "plain@example.com"        // no permissions
    static let seller = "seller@example.com"      // holds a Sales Hub seat
    static let viewer = "viewer@example.com"      // seat-based: View-only seat (with Super Admin rights)
    static let partner = "partner@agency.example" // seat-based: eligible partner employee
    static let newcomer = "new@example.com"

    /// A date from an ISO string (test data is always valid).
    static func day(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
        return date
    }

    static func eur(_ cents: Int) -> Money { Money(cents: cents, currency: "EUR") }

    /// Legacy paid-seat account: Sales Pro 3 purchased (1 assigned), Service Starter 1 purchased (0 assigned).
    static func legacy(
        legacySalesHub: Bool = false, postDatedQuote: Bool = false, subscriptions: [SeatSubscription]? = nil
    ) -> HubSpotAccount {
        HubSpotAccount(
            id: "hs-legacy", name: "Legacy GmbH", pricingModel: .legacyPaidSeats, edition: .professional,
            createdOn: day("2021-01-01"),
            users: [
                HubSpotUser(email: admin, name: "Ada Admin", permissions: [.superAdmin]),
                HubSpotUser(email: manager, name: "Max Manager", permissions: [.addAndEditUsers, .editBilling]),
                HubSpotUser(email: userAdmin, name: "Uma Users", permissions: [.addAndEditUsers]),
                HubSpotUser(email: biller, name: "Bill Billing", permissions: [.editBilling]),
                HubSpotUser(email: plain, name: "Pat Plain"),
                HubSpotUser(email: seller, name: "Sam Seller", seats: [.sales]),
            ],
            subscriptions: subscriptions ?? [
                SeatSubscription(seatType: .sales, tier: .professional, purchased: 3, pricePerSeat: eur(5000)),
                SeatSubscription(seatType: .service, tier: .starter, purchased: 1, pricePerSeat: eur(2000)),
            ],
            billing: BillingTerms(cycle: .annual, renewalDate: day("2025-01-01"), currency: "EUR"),
            hasLegacySalesHubSubscription: legacySalesHub, hasPostDatedQuote: postDatedQuote
        )
    }

    /// Seat-based account: Core 3 (2 assigned), Sales 1 (1 assigned), Service 2 (0), View-only 5 (1).
    static func seatBased() -> HubSpotAccount {
        HubSpotAccount(
            id: "hs-seats", name: "Seats BV", pricingModel: .seatBased, edition: .professional,
            createdOn: day("2024-03-05"),
            users: [
                HubSpotUser(email: admin, name: "Ada Admin", permissions: [.superAdmin], seats: [.core]),
                HubSpotUser(email: manager, name: "Max Manager", permissions: [.addAndEditUsers, .editBilling], seats: [.core]),
                HubSpotUser(email: userAdmin, name: "Uma Users", permissions: [.addAndEditUsers]),
                HubSpotUser(email: biller, name: "Bill Billing", permissions: [.editBilling]),
                HubSpotUser(email: plain, name: "Pat Plain"),
                HubSpotUser(email: seller, name: "Sam Seller", seats: [.sales]),
                HubSpotUser(email: viewer, name: "Vic Viewer", permissions: [.superAdmin], seats: [.viewOnly]),
                HubSpotUser(email: partner, name: "Pia Partner", isPartnerEmployee: true),
            ],
            subscriptions: [
                SeatSubscription(seatType: .core, purchased: 3, pricePerSeat: eur(2000)),
                SeatSubscription(seatType: .sales, purchased: 1, pricePerSeat: eur(9000)),
                SeatSubscription(seatType: .service, purchased: 2, pricePerSeat: eur(9000)),
                SeatSubscription(seatType: .viewOnly, purchased: 5, pricePerSeat: eur(0)),
            ],
            billing: BillingTerms(cycle: .monthly, renewalDate: day("2024-07-01"), currency: "EUR")
        )
    }

    /// Seat-based Starter account with a single Core seat held by the Super Admin.
    static func singleCore() -> HubSpotAccount {
        HubSpotAccount(
            id: "hs-core", name: "Solo AB", pricingModel: .seatBased, edition: .starter,
            createdOn: day("2024-04-01"),
            users: [
                HubSpotUser(email: admin, name: "Ada Admin", permissions: [.superAdmin], seats: [.core]),
                HubSpotUser(email: userAdmin, name: "Uma Users", permissions: [.addAndEditUsers]),
                HubSpotUser(email: plain, name: "Pat Plain"),
                HubSpotUser(email: seller, name: "Sam Seller", seats: [.sales]),
                HubSpotUser(email: viewer, name: "Vic Viewer", seats: [.viewOnly]),
            ],
            subscriptions: [
                SeatSubscription(seatType: .core, purchased: 1, pricePerSeat: eur(2000)),
                SeatSubscription(seatType: .sales, purchased: 1, pricePerSeat: eur(2000)),
                SeatSubscription(seatType: .viewOnly, purchased: 1, pricePerSeat: eur(0)),
            ],
            billing: BillingTerms(cycle: .monthly, renewalDate: day("2024-05-01"), currency: "EUR")
        )
    }

    /// Free-tools account with two free seats.
    static func freeTools() -> HubSpotAccount {
        HubSpotAccount(
            id: "hs-free", name: "Free SARL", pricingModel: .seatBased, edition: .freeTools,
            createdOn: day("2024-06-01"),
            users: [
                HubSpotUser(email: admin, name: "Ada Admin", permissions: [.superAdmin], seats: [.core]),
                HubSpotUser(email: userAdmin, name: "Uma Users", permissions: [.addAndEditUsers], seats: [.core]),
            ],
            subscriptions: [SeatSubscription(seatType: .core, purchased: 2, pricePerSeat: eur(0))],
            billing: BillingTerms(cycle: .monthly, renewalDate: day("2024-07-01"), currency: "EUR"),
            freeSeats: 2
        )
    }

    static let owner = "owner@example.com"
    static let billingAdmin = "billing-admin@example.com"
    static let zAdmin = "zadmin@example.com"
    static let agent = "agent@example.com"

    /// Zendesk account: owner, billing admin, admin, agent; Support Professional + Chat Team, 5 agent seats.
    static func zendesk(selfService: Bool = true) -> ZendeskAccount {
        ZendeskAccount(
            id: "acme", name: "Acme Support", isSelfService: selfService,
            members: [
                ZendeskMember(email: owner, name: "Olga Owner", role: .owner),
                ZendeskMember(email: billingAdmin, name: "Bea Billing", role: .billingAdmin),
                ZendeskMember(email: zAdmin, name: "Ali Admin", role: .admin),
                ZendeskMember(email: agent, name: "Aga Agent", role: .agent),
            ],
            subscription: ZendeskSubscription(
                products: [
                    ZendeskProduct(name: "Support", edition: "Professional", cost: Money(cents: 11500, currency: "USD")),
                    ZendeskProduct(name: "Chat", edition: "Team", cost: Money(cents: 2900, currency: "USD")),
                ],
                fullAgentSeats: 5, billingCycle: .monthly, paymentDetails: "Visa ending 4242",
                discount: Money(cents: 1000, currency: "USD")
            )
        )
    }
}

/// Expects `body` to throw exactly `expected` and to leave the value unchanged.
func expectRefusal<Value: Equatable>(
    _ expected: ModelError, on value: Value, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (inout Value) throws(ModelError) -> Void
) {
    var copy = value
    do {
        try body(&copy)
        Issue.record("expected \(expected), but the command succeeded", sourceLocation: sourceLocation)
    } catch {
        #expect(error == expected, sourceLocation: sourceLocation)
    }
    #expect(copy == value, "a refused command must leave the value unchanged", sourceLocation: sourceLocation)
}
