/// A parsed ICU MessageFormat pattern (a subset: text, `{name}`, `{name, number}`, `{name, date}`, `{name, currency, code}`,
/// `{name, plural, …}` with `offset:`/`=n`/`#`, `{name, select, …}`, nesting, apostrophe quoting).
public struct MessagePattern: Sendable, Equatable {
    /// The pattern text as written.
    public let text: String
    /// The parsed pieces.
    public let nodes: [MessageNode]

    /// Parses `text`; throws a ``MessageFormatError/syntax(_:offset:line:column:)`` error when malformed.
    public init(parsing text: String) throws(MessageFormatError) {
        var parser = MessageParser(text)
        self.text = text
        self.nodes = try parser.parse()
    }

    /// Every argument name used anywhere in the pattern, including `ui.*` labels and selectors' arguments.
    public var argumentNames: Set<String> {
        var names: Set<String> = []
        Self.visit(nodes) { node in
            switch node {
            case let .argument(name), let .number(name), let .date(name), let .plural(name, _, _), let .select(name, _):
                names.insert(name)
            case let .currency(name, code):
                names.insert(name)
                names.insert(code)
            case .text, .pound:
                break
            }
        }
        return names
    }

    /// The names of the arguments used as plural selectors.
    public var pluralArguments: Set<String> {
        Set(pluralKeywordSets.map(\.argument))
    }

    /// For each plural argument occurrence, its name and the CLDR categories it has cases for (`=n` excluded).
    public var pluralKeywordSets: [(argument: String, categories: Set<PluralCategory>)] {
        var result: [(argument: String, categories: Set<PluralCategory>)] = []
        Self.visit(nodes) { node in
            guard case let .plural(name, _, cases) = node else { return }
            var categories: Set<PluralCategory> = []
            for pluralCase in cases {
                if case let .category(category) = pluralCase.selector { categories.insert(category) }
            }
            result.append((name, categories))
        }
        return result
    }

    /// The label references followed directly by letters (`{ui.seat.core}s`), each written as
    /// `{ui.seat.core}s`; a select or plural counts as a label reference when one of its cases ends with one.
    public var labelSuffixes: [String] {
        var found: [String] = []
        Self.collectLabelSuffixes(nodes, into: &found)
        return found
    }

    /// For each plural with a `many` case equal to its `other` case where `#` is followed by a word
    /// or a label (French needs « de » there): the plural's argument name.
    public var manyCasesEqualToOtherBeforeNoun: [String] {
        var result: [String] = []
        Self.visit(nodes) { node in
            guard case let .plural(name, _, cases) = node else { return }
            let many = cases.first { $0.selector == .category(.many) }
            let other = cases.first { $0.selector == .category(.other) }
            guard let many, let other, many.message == other.message, Self.hasWordAfterPound(other.message) else { return }
            result.append(name)
        }
        return result
    }

    /// Whether `#` in `nodes` is followed by white space and then a letter or a label.
    private static func hasWordAfterPound(_ nodes: [MessageNode]) -> Bool {
        for (index, node) in nodes.enumerated() where node == .pound {
            guard index + 1 < nodes.count, case let .text(text) = nodes[index + 1],
                  let first = text.first, first.isWhitespace
            else { continue }
            let rest = text.drop { $0.isWhitespace }
            if let letter = rest.first {
                if letter.isLetter { return true }
            } else if index + 2 < nodes.count, endsWithLabel(nodes[index + 2]) || startsWithLabel(nodes[index + 2]) {
                return true
            }
        }
        return false
    }

    /// Appends every label reference in `nodes` that is followed directly by a letter.
    private static func collectLabelSuffixes(_ nodes: [MessageNode], into found: inout [String]) {
        for (index, node) in nodes.enumerated() {
            if index + 1 < nodes.count, case let .text(text) = nodes[index + 1], let first = text.first, first.isLetter,
               let label = lastLabel(node) {
                found.append("{\(label)}" + text.prefix { $0.isLetter })
            }
            switch node {
            case let .plural(_, _, cases):
                for pluralCase in cases { collectLabelSuffixes(pluralCase.message, into: &found) }
            case let .select(_, cases):
                for selectCase in cases { collectLabelSuffixes(selectCase.message, into: &found) }
            case .text, .argument, .number, .date, .currency, .pound:
                break
            }
        }
    }

    /// The label `node` ends with: itself if a label, or the first label ending one of its cases.
    private static func lastLabel(_ node: MessageNode) -> String? {
        switch node {
        case let .argument(name):
            return name.hasPrefix(MessageFormatter.labelPrefix) ? name : nil
        case let .plural(_, _, cases):
            return cases.lazy.compactMap { $0.message.last.flatMap(lastLabel) }.first
        case let .select(_, cases):
            return cases.lazy.compactMap { $0.message.last.flatMap(lastLabel) }.first
        case .text, .number, .date, .currency, .pound:
            return nil
        }
    }

    /// Whether `node` is a label or a select or plural ending with one.
    private static func endsWithLabel(_ node: MessageNode) -> Bool {
        lastLabel(node) != nil
    }

    /// Whether `node` is a select or plural one of whose cases starts with a label.
    private static func startsWithLabel(_ node: MessageNode) -> Bool {
        switch node {
        case let .plural(_, _, cases):
            return cases.contains { $0.message.first.map(endsWithLabel) ?? false }
        case let .select(_, cases):
            return cases.contains { $0.message.first.map(endsWithLabel) ?? false }
        case .text, .argument, .number, .date, .currency, .pound:
            return false
        }
    }

    /// Calls `body` for every node, depth first.
    private static func visit(_ nodes: [MessageNode], _ body: (MessageNode) -> Void) {
        for node in nodes {
            body(node)
            switch node {
            case let .plural(_, _, cases):
                for pluralCase in cases { visit(pluralCase.message, body) }
            case let .select(_, cases):
                for selectCase in cases { visit(selectCase.message, body) }
            case .text, .argument, .number, .date, .currency, .pound:
                break
            }
        }
    }

    /// Formats the message for `language`.
    ///
    /// Arguments named `ui.<id>` are labels resolved by `labels` (given the full name); all others come
    /// from `arguments`. Plural selection tries `=n` (against the number before `offset:`), then the CLDR
    /// category of the number minus the offset, then `other`.
    /// - Throws: ``MessageFormatError/missingArgument(_:)`` for a missing argument or label,
    ///   ``MessageFormatError/invalidNumber(_:value:)`` for a non-numeric plural or number value.
    public func format(
        _ arguments: [String: Argument],
        language: Language,
        labels: (String) -> String? = { (_: String) -> String? in nil }
    ) throws(MessageFormatError) -> FormattedMessage {
        var formatter = MessageFormatter(arguments: arguments, language: language)
        try formatter.append(nodes, pluralNumber: nil, labels: labels)
        return FormattedMessage(segments: formatter.segments)
    }
}
