/// One piece of a parsed ICU message.
indirect enum MessageNode: Sendable, Equatable {
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
    enum PluralSelector: Sendable, Equatable {
        case exact(PluralOperand)
        case category(PluralCategory)
    }

    /// One `selector {message}` of a plural.
    struct PluralCase: Sendable, Equatable {
        let selector: PluralSelector
        let message: [MessageNode]
    }

    /// One `keyword {message}` of a select.
    struct SelectCase: Sendable, Equatable {
        let keyword: String
        let message: [MessageNode]
    }
}
