/// A Zendesk account: team members, the subscription, change requests and cancellation.
public struct ZendeskAccount: Hashable, Sendable {
    /// The account id (subdomain).
    public var id: String
    /// The account name.
    public var name: String
    /// Whether the account is self-service (costs are then shown, rule 15).
    public var isSelfService: Bool
    /// The team members.
    public var members: [ZendeskMember]
    /// The subscription.
    public var subscription: ZendeskSubscription
    /// The day the account was cancelled, if it was (rule 17).
    public var cancelledOn: CalendarDate?
    /// Change requests sent by admins without billing rights (rule 16).
    public var changeRequests: [ZendeskChangeRequest]

    /// Creates an account.
    public init(
        id: String, name: String, isSelfService: Bool, members: [ZendeskMember],
        subscription: ZendeskSubscription, cancelledOn: CalendarDate? = nil,
        changeRequests: [ZendeskChangeRequest] = []
    ) {
        self.id = id
        self.name = name
        self.isSelfService = isSelfService
        self.members = members
        self.subscription = subscription
        self.cancelledOn = cancelledOn
        self.changeRequests = changeRequests
    }

    /// Whether the account was cancelled.
    public var isCancelled: Bool {
        cancelledOn != nil
    }

    /// The member with this email (case-insensitive), if any.
    func member(_ email: String) -> ZendeskMember? {
        members.first { $0.email.lowercased() == email.lowercased() }
    }

    /// Checks the account is not cancelled and the actor exists; returns the actor.
    func authorize(_ actor: String) throws(ModelError) -> ZendeskMember {
        guard !isCancelled else { throw .accountCancelled }
        guard let member = member(actor) else { throw .unknownUser(actor) }
        return member
    }

    /// Checks the actor may change the subscription directly (owner or billing admin, rule 16).
    func authorizeChange(_ actor: String) throws(ModelError) {
        switch try authorize(actor).role {
        case .owner, .billingAdmin: return
        case .admin: throw .billingRightsRequired
        case .agent: throw .notAnAdmin
        }
    }

    // MARK: Queries and commands

    /// The subscription summary for the owner, billing admins and admins (rule 15).
    public func subscriptionSummary(for actor: String) throws(ModelError) -> SubscriptionSummary {
        guard try authorize(actor).role != .agent else { throw .notAnAdmin }
        let products = subscription.products
        var costs: [String: Money]?
        var total: Money?
        if isSelfService {
            let currency = products.first?.cost.currency ?? subscription.discount?.currency ?? "USD"
            costs = Dictionary(products.map { ($0.name, $0.cost) }, uniquingKeysWith: { $1 })
            let sum = products.reduce(0) { $0 + $1.cost.cents } - (subscription.discount?.cents ?? 0)
            total = Money(cents: sum, currency: currency)
        }
        return SubscriptionSummary(
            products: products.map(\.name),
            editions: Dictionary(products.map { ($0.name, $0.edition) }, uniquingKeysWith: { $1 }),
            fullAgentSeats: subscription.fullAgentSeats,
            billingCycle: subscription.billingCycle,
            paymentDetails: subscription.paymentDetails,
            costs: costs,
            totalCost: total
        )
    }

    /// Adds full agent seats (owner or billing admin, rule 16).
    public mutating func addAgentSeats(_ count: Int, by actor: String) throws(ModelError) {
        try authorizeChange(actor)
        guard count >= 1, count <= Limits.seats - subscription.fullAgentSeats else { throw .invalidCount(count) }
        subscription.fullAgentSeats += count
    }

    /// Buys a product; a product of the same name is replaced (new edition) (rule 16).
    public mutating func addProduct(_ product: ZendeskProduct, by actor: String) throws(ModelError) {
        try authorizeChange(actor)
        if let currency = subscription.products.first?.cost.currency ?? subscription.discount?.currency, product.cost.currency != currency {
            throw .currencyMismatch(expected: currency, got: product.cost.currency)
        }
        if let index = subscription.products.firstIndex(where: { $0.name == product.name }) {
            subscription.products[index] = product
        } else {
            subscription.products.append(product)
        }
    }

    /// Extends the subscription to a billing cycle, e.g. monthly to annual (rule 16).
    public mutating func extendSubscription(cycle: BillingCycle, by actor: String) throws(ModelError) {
        try authorizeChange(actor)
        subscription.billingCycle = cycle
    }

    /// Sends a change request: for admins without billing rights (rule 16).
    public mutating func requestChange(summary: String, by actor: String, on date: CalendarDate) throws(ModelError) {
        let member = try authorize(actor)
        switch member.role {
        case .owner, .billingAdmin: throw .canChangeDirectly
        case .agent: throw .notAnAdmin
        case .admin:
            changeRequests.append(ZendeskChangeRequest(requestedBy: member.email, summary: summary, on: date))
        }
    }

    /// Cancels the account at once; afterwards every command and query fails (rule 17, owner only).
    public mutating func cancelAccount(by actor: String, on date: CalendarDate) throws(ModelError) {
        guard try authorize(actor).role == .owner else { throw .ownerOnly }
        cancelledOn = date
    }

    /// Developer descriptions of every broken invariant; empty when the account is consistent.
    public func invariantViolations() -> [String] {
        var violations: [String] = []
        let owners = members.filter { $0.role == .owner }.count
        if owners != 1 { violations.append("\(owners) owners; exactly one is required.") }
        if subscription.fullAgentSeats < 1 {
            violations.append("\(subscription.fullAgentSeats) full agent seats; at least one is required.")
        }
        let currencies = Set(
            (subscription.products + subscription.offers).map(\.cost.currency) + (subscription.discount.map { [$0.currency] } ?? []))
        if currencies.count > 1 {
            violations.append("Costs are in several currencies (\(currencies.sorted().joined(separator: ", "))); one is required.")
        }
        if subscription.fullAgentSeats > Limits.seats {
            violations.append("\(subscription.fullAgentSeats) full agent seats; at most \(Limits.seats) are allowed.")
        }
        for amount in (subscription.products + subscription.offers).map(\.cost) + (subscription.discount.map { [$0] } ?? [])
        where abs(amount.cents) > Limits.cents {
            violations.append("An amount of \(amount.cents) cents is beyond the limit of \(Limits.cents).")
        }
        var seen: Set<String> = []
        for member in members {
            let key = member.email.lowercased()
            if seen.contains(key) { violations.append("Duplicate member email '\(member.email)'.") }
            seen.insert(key)
        }
        return violations
    }
}

extension ZendeskAccount {
    /// Checks that `actor` may view the subscription: the owner or an admin (rule 15).
    public func checkAdmin(_ actor: String) throws(ModelError) {
        guard try authorize(actor).role != .agent else { throw .notAnAdmin }
    }

    /// Checks that `actor` is the account owner (rule 17).
    public func checkOwner(_ actor: String) throws(ModelError) {
        guard try authorize(actor).role == .owner else { throw .ownerOnly }
    }
}
