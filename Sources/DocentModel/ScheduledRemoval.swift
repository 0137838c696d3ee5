/// A pending removal of unassigned seats, effective at the start of the next term.
public struct ScheduledRemoval: Hashable, Codable, Sendable {
    /// How many seats will be removed.
    public var count: Int
    /// The day the removal takes effect (a renewal date).
    public var effectiveOn: CalendarDate
    /// The email of the user who scheduled it.
    public var requestedBy: String

    /// Creates a scheduled removal.
    public init(count: Int, effectiveOn: CalendarDate, requestedBy: String) {
        self.count = count
        self.effectiveOn = effectiveOn
        self.requestedBy = requestedBy
    }
}
