/// What an input step accepts.
public enum InputType: Sendable, Hashable {
    /// Any non-empty text.
    case text
    /// An e-mail address shaped `local@domain.tld`.
    case email
    /// A whole number within bounds (evaluated when the question is asked; nil: unbounded).
    case integer(minimum: Int?, maximum: Int?)
    /// One of the values an options query returns.
    case option
    /// A calendar date, `YYYY-MM-DD`.
    case date

    /// The name used in definitions.
    public var name: String {
        switch self {
        case .text: return "text"
        case .email: return "email"
        case .integer: return "integer"
        case .option: return "option"
        case .date: return "date"
        }
    }

    /// The type named `name` in definitions (integers unbounded), or nil.
    public init?(name: String) {
        switch name {
        case "text": self = .text
        case "email": self = .email
        case "integer": self = .integer(minimum: nil, maximum: nil)
        case "option": self = .option
        case "date": self = .date
        default: return nil
        }
    }
}
