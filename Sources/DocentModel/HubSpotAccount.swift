/// A HubSpot account: users, seat subscriptions and billing terms, with seat and billing commands.
public struct HubSpotAccount: Hashable, Sendable {
    /// The account (portal) id.
    public var id: String
    /// The account name.
    public var name: String
    /// The pricing model (legacy paid seats or seat-based).
    public var pricingModel: PricingModel
    /// The edition.
    public var edition: Edition
    /// The day the account was created.
    public var createdOn: CalendarDate
    /// The users.
    public var users: [HubSpotUser]
    /// The seat subscriptions, at most one per seat type.
    public var subscriptions: [SeatSubscription]
    /// The billing terms.
    public var billing: BillingTerms
    /// Whether the account has a legacy Sales Hub subscription (rule 8).
    public var hasLegacySalesHubSubscription: Bool
    /// Whether the account has a post-dated quote (rule 8).
    public var hasPostDatedQuote: Bool
    /// The number of free-tools seats (0 once paid).
    public var freeSeats: Int

    /// Creates an account.
    public init(
        id: String, name: String, pricingModel: PricingModel, edition: Edition, createdOn: CalendarDate,
        users: [HubSpotUser] = [], subscriptions: [SeatSubscription] = [], billing: BillingTerms,
        hasLegacySalesHubSubscription: Bool = false, hasPostDatedQuote: Bool = false, freeSeats: Int = 0
    ) {
        self.id = id
        self.name = name
        self.pricingModel = pricingModel
        self.edition = edition
        self.createdOn = createdOn
        self.users = users
        self.subscriptions = subscriptions
        self.billing = billing
        self.hasLegacySalesHubSubscription = hasLegacySalesHubSubscription
        self.hasPostDatedQuote = hasPostDatedQuote
        self.freeSeats = freeSeats
    }

    // MARK: Queries

    /// The user with this email (case-insensitive), if any.
    public func user(_ email: String) -> HubSpotUser? {
        userIndex(email).map { users[$0] }
    }

    /// The subscription of a seat type, if any.
    public func subscription(for type: SeatType) -> SeatSubscription? {
        subscriptionIndex(type).map { subscriptions[$0] }
    }

    /// The number of purchased seats of a type (0 without a subscription).
    public func purchasedSeats(_ type: SeatType) -> Int {
        subscription(for: type)?.purchased ?? 0
    }

    /// The number of users holding a seat of a type, deactivated users included.
    public func assignedSeats(_ type: SeatType) -> Int {
        users.filter { $0.seats.contains(type) }.count
    }

    /// Purchased minus assigned seats of a type (Partner seats are unlimited: never below 0).
    public func availableSeats(_ type: SeatType) -> Int {
        let available = purchasedSeats(type) - assignedSeats(type)
        return type == .partner ? max(0, available) : available
    }

    /// The number of seats of a type scheduled for removal.
    public func pendingRemoval(_ type: SeatType) -> Int {
        subscription(for: type)?.scheduledRemoval?.count ?? 0
    }

    /// The purchased seats of a type after pending removals take effect.
    public func seatsAfterRenewal(_ type: SeatType) -> Int {
        purchasedSeats(type) - pendingRemoval(type)
    }

    /// The cost per billing month of a seat type now (purchased × price).
    public func cost(of type: SeatType) -> Money {
        guard let subscription = subscription(for: type) else { return .zero(billing.currency) }
        return subscription.pricePerSeat * subscription.purchased
    }

    /// The cost per billing month of a seat type after pending removals take effect.
    public func costAfterRenewal(of type: SeatType) -> Money {
        guard let subscription = subscription(for: type) else { return .zero(billing.currency) }
        return subscription.pricePerSeat * seatsAfterRenewal(type)
    }

    /// The cost per billing month of all seats now, in the account currency.
    public var totalCost: Money {
        Money.sum(subscriptions.map { cost(of: $0.seatType) }, currency: billing.currency)
    }

    /// The cost per billing month of all seats after pending removals take effect.
    public var totalCostAfterRenewal: Money {
        Money.sum(subscriptions.map { costAfterRenewal(of: $0.seatType) }, currency: billing.currency)
    }

    /// The number of purchased Core seats.
    public var coreSeatCount: Int {
        purchasedSeats(.core)
    }

    // MARK: Internal helpers

    /// The index of the user with this email (case-insensitive).
    func userIndex(_ email: String) -> Int? {
        users.firstIndex { $0.matches(email) }
    }

    /// The index of the subscription of a seat type.
    func subscriptionIndex(_ type: SeatType) -> Int? {
        subscriptions.firstIndex { $0.seatType == type }
    }

    /// Checks the acting user (exists, active, not View-only) and permissions in order; returns the actor.
    func authorize(_ actor: String, _ required: [Permission]) throws(ModelError) -> HubSpotUser {
        guard let user = user(actor) else { throw .unknownUser(actor) }
        guard !user.isDeactivated else { throw .actorDeactivated(user.email) }
        guard !user.seats.contains(.viewOnly) else { throw .viewOnlyCannotChange(user.email) }
        for permission in required where !user.has(permission) {
            throw .missingPermission(permission)
        }
        return user
    }

    /// Returns the index of an existing user, or throws `.unknownUser`.
    func requireUser(_ email: String) throws(ModelError) -> Int {
        guard let index = userIndex(email) else { throw .unknownUser(email) }
        return index
    }

    /// Throws unless the seat type exists in the pricing model.
    func requireSeatType(_ type: SeatType) throws(ModelError) {
        guard pricingModel.seatTypes.contains(type) else { throw .seatTypeNotInPricingModel(type) }
    }

    /// Throws unless the account uses the given pricing model.
    func requirePricingModel(_ model: PricingModel) throws(ModelError) {
        guard pricingModel == model else { throw .wrongPricingModel(expected: model) }
    }

    /// Cancels a scheduled removal of a type when it exceeds the unassigned seats (rules 9, 12).
    mutating func cancelRemovalIfReassigned(_ type: SeatType) {
        guard let index = subscriptionIndex(type), let removal = subscriptions[index].scheduledRemoval,
              removal.count > availableSeats(type) else { return }
        subscriptions[index].scheduledRemoval = nil
    }
}
