/// Parses the ICU MessageFormat subset into ``MessageNode``s.
///
/// Apostrophes follow ICU's `DOUBLE_OPTIONAL` mode: `''` is one apostrophe; an apostrophe before
/// `{`, `}` (or `#` inside a plural) starts a quoted literal ending at the next single apostrophe;
/// any other apostrophe is literal (`l'utilisateur`).
struct MessageParser {
    /// The pattern as Unicode scalars; offsets index this array.
    private let scalars: [Unicode.Scalar]
    /// The read position.
    private var position = 0

    /// Prepares to parse `text`.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Parses the whole pattern.
    mutating func parse() throws(MessageFormatError) -> [MessageNode] {
        let nodes = try parseMessage(nested: false, inPlural: false)
        return nodes
    }

    // MARK: - Messages

    /// Parses text and arguments until end of input or, when `nested`, an unconsumed `}`.
    private mutating func parseMessage(nested: Bool, inPlural: Bool) throws(MessageFormatError) -> [MessageNode] {
        var nodes: [MessageNode] = []
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty {
                nodes.append(.text(String(text)))
                text = String.UnicodeScalarView()
            }
        }
        while position < scalars.count {
            let scalar = scalars[position]
            switch scalar {
            case "'":
                let next = peek(1)
                if next == "'" {
                    text.append("'")
                    position += 2
                } else if next == "{" || next == "}" || (next == "#" && inPlural) {
                    let start = position
                    position += 1
                    var closed = false
                    while position < scalars.count {
                        if scalars[position] == "'" {
                            if peek(1) == "'" {
                                text.append("'")
                                position += 2
                            } else {
                                position += 1
                                closed = true
                                break
                            }
                        } else {
                            text.append(scalars[position])
                            position += 1
                        }
                    }
                    if !closed { throw error(.unterminatedQuote, at: start) }
                } else {
                    text.append("'")
                    position += 1
                }
            case "{":
                flush()
                nodes.append(try parseArgument(inPlural: inPlural))
            case "}":
                if nested {
                    flush()
                    return nodes
                }
                throw error(.unmatchedClosingBrace, at: position)
            case "#" where inPlural:
                flush()
                nodes.append(.pound)
                position += 1
            default:
                text.append(scalar)
                position += 1
            }
        }
        flush()
        return nodes
    }

    // MARK: - Arguments

    /// Parses `{name}`, `{name, number}`, `{name, date}`, `{name, currency, code}`, `{name, plural, …}` or `{name, select, …}` at `{`.
    private mutating func parseArgument(inPlural: Bool) throws(MessageFormatError) -> MessageNode {
        let open = position
        position += 1
        skipWhitespace()
        let nameStart = position
        let name = scan(while: Self.isNameScalar)
        if name.isEmpty {
            guard let scalar = current else { throw error(.unclosedBrace, at: open) }
            if scalar == "}" || scalar == "," || Self.isWhitespace(scalar) { throw error(.emptyName, at: nameStart) }
            throw error(.invalidNameCharacter(Character(scalar)), at: position)
        }
        skipWhitespace()
        guard let scalar = current else { throw error(.unclosedBrace, at: open) }
        if scalar == "}" {
            position += 1
            return .argument(name)
        }
        guard scalar == "," else {
            if Self.isWhitespace(scalars[position - 1]) {
                throw error(.unexpected(found: describe(scalar), expected: "',' or '}'"), at: position)
            }
            throw error(.invalidNameCharacter(Character(scalar)), at: position)
        }
        position += 1
        skipWhitespace()
        let typeStart = position
        let type = scan(while: Self.isNameScalar)
        skipWhitespace()
        if type.isEmpty {
            guard current != nil else { throw error(.unclosedBrace, at: open) }
            throw error(.missingArgumentType, at: typeStart)
        }
        switch type {
        case "date":
            guard let next = current else { throw error(.unclosedBrace, at: open) }
            guard next == "}" else { throw error(.unexpected(found: describe(next), expected: "'}' (dates take no style)"), at: position) }
            position += 1
            return .date(name)
        case "currency":
            try expectComma(open: open)
            skipWhitespace()
            let codeStart = position
            let code = scan(while: Self.isNameScalar)
            guard !code.isEmpty else {
                guard current != nil else { throw error(.unclosedBrace, at: open) }
                throw error(.unexpected(found: describe(current ?? " "), expected: "the name of the argument holding the currency code"), at: codeStart)
            }
            skipWhitespace()
            guard let next = current else { throw error(.unclosedBrace, at: open) }
            guard next == "}" else { throw error(.unexpected(found: describe(next), expected: "'}'"), at: position) }
            position += 1
            return .currency(name, code: code)
        case "number":
            guard let next = current else { throw error(.unclosedBrace, at: open) }
            if next == "}" {
                position += 1
                return .number(name)
            }
            if next == "," {
                position += 1
                skipWhitespace()
                let styleStart = position
                let style = scan(while: { $0 != "}" })
                throw error(.unsupportedNumberStyle(style.trimmingWhitespace()), at: styleStart)
            }
            throw error(.unexpected(found: describe(next), expected: "',' or '}'"), at: position)
        case "plural":
            try expectComma(open: open)
            return try parsePlural(name: name, open: open)
        case "select":
            try expectComma(open: open)
            return try parseSelect(name: name, open: open, inPlural: inPlural)
        default:
            throw error(.unknownArgumentType(type), at: typeStart)
        }
    }

    /// Consumes the `,` after `plural`/`select`/`currency`.
    private mutating func expectComma(open: Int) throws(MessageFormatError) {
        guard let scalar = current else { throw error(.unclosedBrace, at: open) }
        guard scalar == "," else { throw error(.unexpected(found: describe(scalar), expected: "','"), at: position) }
        position += 1
    }

    /// Skips white space and reports whether the cases of a plural or select end here, consuming
    /// the closing `}`; running out of text first is an unclosed brace opened at `open`.
    private mutating func endOfCases(open: Int) throws(MessageFormatError) -> Bool {
        skipWhitespace()
        guard let scalar = current else { throw error(.unclosedBrace, at: open) }
        guard scalar == "}" else { return false }
        position += 1
        return true
    }

    /// Parses `[offset:n] selector {message} … }` after `plural,`.
    private mutating func parsePlural(name: String, open: Int) throws(MessageFormatError) -> MessageNode {
        var offset = 0
        var cases: [MessageNode.PluralCase] = []
        var seen: Set<String> = []
        var hasOther = false
        while try !endOfCases(open: open), let scalar = current {
            let selectorStart = position
            let selector: MessageNode.PluralSelector
            let selectorText: String
            if scalar == "=" {
                position += 1
                let valueText = scan(while: { Self.isNameScalar($0) && $0 != ":" })
                guard let value = PluralOperand(valueText) else {
                    throw error(.invalidExactValue(valueText), at: selectorStart)
                }
                selector = .exact(value)
                selectorText = "=" + valueText
            } else {
                let word = scan(while: Self.isLetter)
                if word == "offset", cases.isEmpty, current == ":" {
                    position += 1
                    skipWhitespace()
                    let valueStart = position
                    let valueText = scan(while: Self.isNameScalar)
                    guard let value = Int(valueText), value >= 0,
                          valueText.unicodeScalars.allSatisfy({ $0.properties.numericType != nil })
                    else { throw error(.invalidOffset(valueText), at: valueStart) }
                    offset = value
                    continue
                }
                if word.isEmpty {
                    throw error(.unexpected(found: describe(scalar), expected: "a plural selector"), at: position)
                }
                guard let category = PluralCategory(rawValue: word) else {
                    throw error(.unknownPluralCategory(word + scan(while: Self.isNameScalar)), at: selectorStart)
                }
                selector = .category(category)
                selectorText = word
                if category == .other { hasOther = true }
            }
            let key: String
            if case let .exact(value) = selector {
                key = "=" + value.valueKey
            } else {
                key = selectorText
            }
            guard seen.insert(key).inserted else { throw error(.duplicateSelector(selectorText), at: selectorStart) }
            let message = try parseSubmessage(selector: selectorText, inPlural: true)
            cases.append(MessageNode.PluralCase(selector: selector, message: message))
        }
        guard hasOther else { throw error(.missingOther(name), at: open) }
        return .plural(name: name, offset: offset, cases: cases)
    }

    /// Parses `keyword {message} … }` after `select,`.
    private mutating func parseSelect(name: String, open: Int, inPlural: Bool) throws(MessageFormatError) -> MessageNode {
        var cases: [MessageNode.SelectCase] = []
        var seen: Set<String> = []
        while try !endOfCases(open: open), let scalar = current {
            let keywordStart = position
            let keyword = scan(while: Self.isNameScalar)
            if keyword.isEmpty {
                throw error(.unexpected(found: describe(scalar), expected: "a select keyword"), at: position)
            }
            guard seen.insert(keyword).inserted else { throw error(.duplicateSelector(keyword), at: keywordStart) }
            let message = try parseSubmessage(selector: keyword, inPlural: inPlural)
            cases.append(MessageNode.SelectCase(keyword: keyword, message: message))
        }
        guard seen.contains("other") else { throw error(.missingOther(name), at: open) }
        return .select(name: name, cases: cases)
    }

    /// Parses `{message}` after a selector.
    private mutating func parseSubmessage(selector: String, inPlural: Bool) throws(MessageFormatError) -> [MessageNode] {
        skipWhitespace()
        guard current == "{" else { throw error(.missingSubmessage(selector), at: position) }
        let open = position
        position += 1
        let message = try parseMessage(nested: true, inPlural: inPlural)
        guard current == "}" else { throw error(.unclosedBrace, at: open) }
        position += 1
        return message
    }

    // MARK: - Scanning

    /// The scalar at the read position, if any.
    private var current: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    /// The scalar `distance` after the read position, if any.
    private func peek(_ distance: Int) -> Unicode.Scalar? {
        let index = position + distance
        return index < scalars.count ? scalars[index] : nil
    }

    /// Consumes and returns scalars while `predicate` holds.
    private mutating func scan(while predicate: (Unicode.Scalar) -> Bool) -> String {
        var result = String.UnicodeScalarView()
        while let scalar = current, predicate(scalar) {
            result.append(scalar)
            position += 1
        }
        return String(result)
    }

    /// Skips pattern whitespace.
    private mutating func skipWhitespace() {
        while let scalar = current, Self.isWhitespace(scalar) { position += 1 }
    }

    /// A scalar for messages: `"x"` or `end of message`.
    private func describe(_ scalar: Unicode.Scalar) -> String {
        "\"\(Character(scalar))\""
    }

    /// Builds a syntax error at `offset`, computing its line and column.
    private func error(_ problem: MessageFormatError.SyntaxProblem, at offset: Int) -> MessageFormatError {
        var line = 1
        var column = 1
        var index = 0
        while index < offset, index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || (scalar == "\r" && (index + 1 >= scalars.count || scalars[index + 1] != "\n")) {
                line += 1
                column = 1
            } else if scalar != "\r" {
                column += 1
            }
            index += 1
        }
        return .syntax(problem, offset: offset, line: line, column: column)
    }

    /// `[A-Za-z0-9_.:-]`.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39)
            || scalar == "_" || scalar == "." || scalar == ":" || scalar == "-"
    }

    /// `[A-Za-z]`.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
    }

    /// Pattern whitespace: space, tab, line feed, carriage return.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
