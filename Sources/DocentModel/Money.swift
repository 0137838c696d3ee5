/// An amount of money in minor units (cents) of an ISO 4217 currency.
public struct Money: Hashable, Codable, Sendable {
    /// The amount in minor units.
    public var cents: Int
    /// The ISO 4217 currency code, e.g. "EUR".
    public var currency: String

    /// Creates an amount.
    public init(cents: Int, currency: String) {
        self.cents = cents
        self.currency = currency
    }

    /// Zero in a currency.
    static func zero(_ currency: String) -> Money {
        Money(cents: 0, currency: currency)
    }

    /// The sum of two amounts, or nil when their currencies differ or the sum overflows.
    public func adding(_ other: Money) -> Money? {
        guard currency == other.currency else { return nil }
        let (cents, overflow) = self.cents.addingReportingOverflow(other.cents)
        return overflow ? nil : Money(cents: cents, currency: currency)
    }

    /// Multiplies an amount by a count.
    public static func * (lhs: Money, rhs: Int) -> Money {
        Money(cents: lhs.cents * rhs, currency: lhs.currency)
    }

    /// Multiplies an amount by a count.
    public static func * (lhs: Int, rhs: Money) -> Money {
        rhs * lhs
    }

    /// Sums the cents of amounts, labelled with `currency` (never traps on mixed currencies).
    static func sum(_ amounts: [Money], currency: String) -> Money {
        Money(cents: amounts.reduce(0) { $0 + $1.cents }, currency: currency)
    }
}
