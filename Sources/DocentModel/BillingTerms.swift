/// The billing cycle, renewal date and currency of a HubSpot account.
public struct BillingTerms: Hashable, Codable, Sendable {
    /// The billing cycle.
    public var cycle: BillingCycle
    /// The next renewal date (= start of the next subscription term).
    public var renewalDate: CalendarDate
    /// The ISO 4217 currency of the account.
    public var currency: String

    /// Creates billing terms.
    public init(cycle: BillingCycle, renewalDate: CalendarDate, currency: String) {
        self.cycle = cycle
        self.renewalDate = renewalDate
        self.currency = currency
    }
}
