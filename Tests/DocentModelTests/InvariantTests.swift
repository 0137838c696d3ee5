import DocentModel
import Testing

@Suite("Invariants")
struct InvariantTests {
    @Test("Every fixture is consistent")
    func fixtures() {
        for account in [Fixture.legacy(), Fixture.seatBased(), Fixture.singleCore(), Fixture.freeTools()] {
            #expect(account.invariantViolations().isEmpty, "\(account.id)")
        }
        #expect(Fixture.zendesk().invariantViolations().isEmpty)
    }

    @Test("Prices and costs in another currency than the account's are reported")
    func currencies() {
        var hubspot = Fixture.legacy()
        hubspot.subscriptions[0].pricePerSeat = Money(cents: 1000, currency: "JPY")
        #expect(hubspot.invariantViolations().count == 1)
        #expect(hubspot.invariantViolations().first?.contains("JPY") == true)

        var zendesk = Fixture.zendesk()
        zendesk.subscription.products[0].cost = Money(cents: 1000, currency: "JPY")
        #expect(zendesk.invariantViolations().count == 1)
    }

    @Test("Broken HubSpot accounts are reported")
    func brokenHubSpot() {
        var duplicate = Fixture.legacy()
        duplicate.users.append(HubSpotUser(email: "SELLER@example.com", name: "Dup"))
        #expect(duplicate.invariantViolations().count == 1)

        var legacyCore = Fixture.legacy()
        legacyCore.users[4].seats = [.core]
        #expect(!legacyCore.invariantViolations().isEmpty)

        var twoSeats = Fixture.seatBased()
        twoSeats.users[4].seats = [.service, .viewOnly]
        #expect(twoSeats.invariantViolations().count == 1)

        var partner = Fixture.seatBased()
        partner.users[4].seats = [.partner]
        #expect(partner.invariantViolations().count == 1)

        var removal = Fixture.seatBased()
        removal.subscriptions[1].scheduledRemoval = ScheduledRemoval(count: 1, effectiveOn: Fixture.day("2024-07-01"), requestedBy: Fixture.admin)
        #expect(removal.invariantViolations().count == 1)

        var negative = Fixture.seatBased()
        negative.subscriptions[2].purchased = -1
        #expect(!negative.invariantViolations().isEmpty)
    }

    @Test("Broken Zendesk accounts are reported")
    func brokenZendesk() {
        var account = Fixture.zendesk()
        account.members[1].role = .owner
        account.subscription.fullAgentSeats = 0
        account.members.append(ZendeskMember(email: "AGENT@example.com", name: "Dup", role: .agent))
        #expect(account.invariantViolations().count == 3)
    }
}
