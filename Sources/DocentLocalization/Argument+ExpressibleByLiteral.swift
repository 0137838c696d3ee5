extension Argument: ExpressibleByStringLiteral {
    /// A string literal is a ``Argument/string(_:)``.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension Argument: ExpressibleByIntegerLiteral {
    /// An integer literal is an ``Argument/int(_:)``.
    public init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension Argument: ExpressibleByFloatLiteral {
    /// A float literal is a ``Argument/decimal(_:)`` with its shortest decimal spelling (`1.5` → `"1.5"`).
    public init(floatLiteral value: Double) {
        self = .decimal(String(value))
    }
}
