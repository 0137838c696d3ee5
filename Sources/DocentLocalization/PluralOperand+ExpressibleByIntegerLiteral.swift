extension PluralOperand: ExpressibleByIntegerLiteral {
    /// Creates the operand for an integer literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
