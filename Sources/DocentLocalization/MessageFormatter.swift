/// Walks parsed nodes and produces segments.
struct MessageFormatter {
    /// Named argument values.
    let arguments: [String: Argument]
    /// The language for plural rules and decimal separators.
    let language: Language
    /// The output so far.
    private(set) var segments: [FormattedMessage.Segment] = []

    /// Creates a formatter.
    init(arguments: [String: Argument], language: Language) {
        self.arguments = arguments
        self.language = language
    }

    /// The prefix of argument names that denote UI labels.
    static let labelPrefix = "ui."

    /// Appends the output for `nodes`; `pluralNumber` is what `#` shows, `labels` resolves `ui.<id>` labels.
    mutating func append(
        _ nodes: [MessageNode],
        pluralNumber: PluralOperand?,
        labels: (String) -> String?
    ) throws(MessageFormatError) {
        for node in nodes {
            switch node {
            case let .text(text):
                appendText(text)
            case let .argument(name):
                if name.hasPrefix(Self.labelPrefix) {
                    guard let label = labels(name) else { throw .missingArgument(name) }
                    segments.append(.label(label))
                } else {
                    segments.append(.value(try plainValue(name)))
                }
            case let .number(name):
                segments.append(.value(try number(name).formatted(for: language)))
            case let .date(name):
                let text = try plainValue(name)
                guard let long = LongDate(iso: text)?.formatted(for: language) else { throw .invalidDate(name, value: text) }
                segments.append(.value(long))
            case let .currency(name, code):
                let amount = try number(name)
                let codeText = try plainValue(code)
                guard let money = CurrencyAmount(amount: amount, code: codeText) else {
                    throw .missingArgument(code)
                }
                guard let text = money.formatted(for: language) else {
                    throw .invalidNumber(name, value: amount.plainText)
                }
                segments.append(.value(text))
            case .pound:
                if let pluralNumber {
                    segments.append(.value(pluralNumber.formatted(for: language)))
                } else {
                    appendText("#")
                }
            case let .plural(name, offset, cases):
                let value = try number(name)
                guard let shown = value.subtracting(offset) else {
                    throw .invalidNumber(name, value: value.formatted(for: .en))
                }
                let category = PluralRules.category(for: shown, in: language)
                let chosen = cases.first { pluralCase in
                    if case let .exact(exact) = pluralCase.selector { return exact.hasSameValue(as: value) }
                    return false
                } ?? cases.first { $0.selector == .category(category) }
                    ?? cases.first { $0.selector == .category(.other) }
                if let chosen { try append(chosen.message, pluralNumber: shown, labels: labels) }
            case let .select(name, cases):
                let key = try selectKey(name)
                let chosen = cases.first { $0.keyword == key } ?? cases.first { $0.keyword == "other" }
                if let chosen { try append(chosen.message, pluralNumber: pluralNumber, labels: labels) }
            }
        }
    }

    /// Appends literal text, merging with a preceding text segment.
    private mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        if case let .text(previous) = segments.last {
            segments[segments.count - 1] = .text(previous + text)
        } else {
            segments.append(.text(text))
        }
    }

    /// The value of `name` for `{name}`.
    private func plainValue(_ name: String) throws(MessageFormatError) -> String {
        guard let argument = arguments[name] else { throw .missingArgument(name) }
        switch argument {
        case let .string(text): return text
        // A count a person reads is grouped the language's way (1,000,000 / 1 000 000).
        case let .int(value): return PluralOperand(value).formatted(for: language)
        case let .decimal(text):
            guard let operand = PluralOperand(text) else { throw .invalidNumber(name, value: text) }
            return operand.formatted(for: language)
        }
    }

    /// The numeric value of `name` for `number` and `plural`.
    private func number(_ name: String) throws(MessageFormatError) -> PluralOperand {
        guard let argument = arguments[name] else { throw .missingArgument(name) }
        switch argument {
        case let .int(value): return PluralOperand(value)
        case let .decimal(text), let .string(text):
            guard let operand = PluralOperand(text) else { throw .invalidNumber(name, value: text) }
            return operand
        }
    }

    /// The key of `name` for `select`.
    private func selectKey(_ name: String) throws(MessageFormatError) -> String {
        guard let argument = arguments[name] else { throw .missingArgument(name) }
        switch argument {
        case let .string(text), let .decimal(text): return text
        case let .int(value): return String(value)
        }
    }
}
