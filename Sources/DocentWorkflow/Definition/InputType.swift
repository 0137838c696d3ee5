/// What an input step accepts.
public enum InputType: Sendable, Hashable {
    /// Any non-empty text.
    case text
    /// An e-mail address shaped `local@domain.tld`.
    case email
    /// A whole number within bounds.
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
}
