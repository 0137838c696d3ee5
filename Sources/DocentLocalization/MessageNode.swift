/// One piece of a parsed ICU message.
public indirect enum MessageNode: Sendable, Equatable {
    /// Literal text (quoting already resolved).
    case text(String)
    /// `{name}`.
    case argument(String)
    /// `{name, number}`.
    case number(String)
    /// `{name, date}`: an ISO `YYYY-MM-DD` value written as the language's long date.
    case date(String)
    /// `{name, currency, code}`: amount `name` in the ISO 4217 currency held by argument `code`.
    case currency(String, code: String)
    /// `{name, plural, offset:n …}`.
    case plural(name: String, offset: Int, cases: [PluralCase])
    /// `{name, select, …}`.
    case select(name: String, cases: [SelectCase])
    /// `#` inside a plural sub-message: the (offset) number.
    case pound

    /// A plural selector: `=n` or a CLDR category.
    public enum PluralSelector: Sendable, Equatable {
        case exact(PluralOperand)
        case category(PluralCategory)
    }

    /// One `selector {message}` of a plural.
    public struct PluralCase: Sendable, Equatable {
        public let selector: PluralSelector
        public let message: [MessageNode]
    }

    /// One `keyword {message}` of a select.
    public struct SelectCase: Sendable, Equatable {
        public let keyword: String
        public let message: [MessageNode]
    }
}
