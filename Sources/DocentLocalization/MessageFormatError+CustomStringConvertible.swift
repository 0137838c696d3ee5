extension MessageFormatError: CustomStringConvertible {
    /// `LINE:COL: error: PROBLEM (offset N)` for syntax errors, `error: PROBLEM` otherwise.
    public var description: String {
        switch self {
        case let .syntax(_, offset, line, column):
            "\(line):\(column): error: \(problemDescription) (offset \(offset))"
        default:
            "error: \(problemDescription)"
        }
    }

    /// The problem alone, without position, for embedding in other diagnostics.
    public var problemDescription: String {
        switch self {
        case let .syntax(problem, _, _, _): problem.description
        case let .missingArgument(name): "missing argument \"\(name)\""
        case let .invalidNumber(name, value): "argument \"\(name)\" is not a number: \"\(value)\""
        case let .invalidDate(name, value): "argument \"\(name)\" is not a date like 2026-01-31: \"\(value)\""
        }
    }

    /// Where the problem is, for embedding: `line 1, column 5 (offset 4)`, or `nil` when not positional.
    var positionDescription: String? {
        guard case let .syntax(_, offset, line, column) = self else { return nil }
        return "line \(line), column \(column) (offset \(offset))"
    }
}

extension MessageFormatError.SyntaxProblem: CustomStringConvertible {
    /// A plain English description of the problem.
    public var description: String {
        switch self {
        case .unclosedBrace: "unclosed brace: '{' has no matching '}'"
        case .unmatchedClosingBrace: "unmatched '}' (write '}' as a quoted literal: \"'}'\")"
        case .emptyName: "empty argument name"
        case let .invalidNameCharacter(character): "invalid character \"\(character)\" in argument name"
        case .missingArgumentType: "missing argument type after ','"
        case let .unknownArgumentType(type): "unknown argument type \"\(type)\" (expected number, date, currency, plural or select)"
        case let .unsupportedNumberStyle(style): "unsupported number style \"\(style)\""
        case let .missingOther(name): "argument \"\(name)\" has no 'other' case"
        case let .unknownPluralCategory(word): "unknown plural category \"\(word)\" (expected zero, one, two, few, many, other or =n)"
        case let .invalidExactValue(text): "invalid exact value \"=\(text)\""
        case let .invalidOffset(text): "invalid plural offset \"\(text)\""
        case let .duplicateSelector(selector): "duplicate selector \"\(selector)\""
        case let .missingSubmessage(selector): "selector \"\(selector)\" is not followed by '{'"
        case let .unexpected(found, expected): "expected \(expected), found \(found)"
        case .unterminatedQuote: "unterminated quoted literal: apostrophe has no closing apostrophe"
        }
    }
}
