/// A value passed to a message: text, an integer, or a decimal written as a string (`"1.5"`).
public enum Argument: Sendable, Equatable, Hashable {
    /// Text, inserted as is (and the key for `select`).
    case string(String)
    /// An integer.
    case int(Int)
    /// A decimal in plain notation (`"1.50"`, visible fraction digits are kept).
    case decimal(String)
}
