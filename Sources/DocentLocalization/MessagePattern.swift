/// A parsed ICU MessageFormat pattern (a subset: text, `{name}`, `{name, number}`,
/// `{name, plural, …}` with `offset:`/`=n`/`#`, `{name, select, …}`, nesting, apostrophe quoting).
public struct MessagePattern: Sendable, Equatable {
    /// The pattern text as written.
    public let text: String
    /// The parsed pieces.
    let nodes: [MessageNode]

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
    var pluralKeywordSets: [(argument: String, categories: Set<PluralCategory>)] {
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

    /// Calls `body` for every node, depth first.
    private static func visit(_ nodes: [MessageNode], _ body: (MessageNode) -> Void) {
        for node in nodes {
            body(node)
            switch node {
            case let .plural(_, _, cases):
                for pluralCase in cases { visit(pluralCase.message, body) }
            case let .select(_, cases):
                for selectCase in cases { visit(selectCase.message, body) }
            case .text, .argument, .number, .date, .pound:
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
