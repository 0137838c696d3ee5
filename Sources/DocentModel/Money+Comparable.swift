extension Money: Comparable {
    /// Orders by amount, then by currency code (amounts of different currencies are not converted).
    public static func < (lhs: Money, rhs: Money) -> Bool {
        (lhs.cents, lhs.currency) < (rhs.cents, rhs.currency)
    }
}
