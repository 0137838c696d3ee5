/// A message pattern that does not parse, or arguments that do not fit it.
public enum MessageFormatError: Error, Sendable, Equatable {
    /// The pattern is malformed at `offset` (Unicode scalars from the start; `line`/`column` are 1-based).
    case syntax(SyntaxProblem, offset: Int, line: Int, column: Int)
    /// No value for argument `name` (or, for `ui.<id>`, no such label; for the code of a
    /// `{amount, currency, code}`, no ISO 4217 code such as `EUR`).
    case missingArgument(String)
    /// Argument `name` is used as a number but its value is not one.
    case invalidNumber(String, value: String)
    /// A `{name, date}` argument that is not an ISO `YYYY-MM-DD` date.
    case invalidDate(String, value: String)

    /// What is wrong with a malformed pattern.
    public enum SyntaxProblem: Sendable, Equatable {
        /// A `{` (at the error's offset) has no matching `}`.
        case unclosedBrace
        /// A `}` with no `{` before it (quote it as `'}'`).
        case unmatchedClosingBrace
        /// `{}` or `{, number}`: the argument has no name.
        case emptyName
        /// A character that may not appear in an argument name (`[A-Za-z0-9_.:-]`).
        case invalidNameCharacter(Character)
        /// `{name,}`: a comma with no argument type after it.
        case missingArgumentType
        /// A type other than `number`, `date`, `currency`, `plural` or `select`.
        case unknownArgumentType(String)
        /// A style after `number` (`{n, number, percent}`), which is not supported.
        case unsupportedNumberStyle(String)
        /// A plural or select argument without the mandatory `other` case.
        case missingOther(String)
        /// A plural keyword that is not a CLDR category.
        case unknownPluralCategory(String)
        /// `=x` where `x` is not a number.
        case invalidExactValue(String)
        /// `offset:` not followed by a non-negative integer.
        case invalidOffset(String)
        /// The same selector twice in one plural or select.
        case duplicateSelector(String)
        /// A selector not followed by `{`.
        case missingSubmessage(String)
        /// Something else where `expected` was required.
        case unexpected(found: String, expected: String)
        /// A quoted literal (`'{…`) without its closing apostrophe.
        case unterminatedQuote
    }
}
