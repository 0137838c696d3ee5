/// The purchased seats of one seat type.
public struct SeatSubscription: Hashable, Codable, Sendable {
    /// The seat type.
    public var seatType: SeatType
    /// The hub tier (legacy Sales/Service Hub subscriptions); nil otherwise.
    public var tier: Tier?
    /// How many seats are purchased (assigned or not).
    public var purchased: Int
    /// The price of one seat per billing month.
    public var pricePerSeat: Money
    /// A pending removal of unassigned seats, if any.
    public var scheduledRemoval: ScheduledRemoval?

    /// Creates a subscription.
    public init(
        seatType: SeatType, tier: Tier? = nil, purchased: Int, pricePerSeat: Money,
        scheduledRemoval: ScheduledRemoval? = nil
    ) {
        self.seatType = seatType
        self.tier = tier
        self.purchased = purchased
        self.pricePerSeat = pricePerSeat
        self.scheduledRemoval = scheduledRemoval
    }
}
