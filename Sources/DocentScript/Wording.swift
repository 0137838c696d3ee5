import DocentKit
import DocentLocalization
import DocentWorkflow

/// Puts a script's phrases into words in one language, describing what is not known before the call.
///
/// A placeholder whose value only the call will tell is formatted with a stand-in of the right
/// kind (text, number, date), so plurals and selects still read naturally, and the stand-in is
/// then replaced by its description from `script.value` (“the new user's email address”).
public struct Wording: Sendable {
    /// The language.
    public let language: Language
    let localizer: Localizer
    /// The texts of labels that name things (seat types, permissions) rather than controls.
    let terms: Set<String>

    /// Creates a wording for `language`.
    public init(catalogs: CatalogSet, language: Language) {
        self.language = language
        let localizer = Localizer(catalogs: catalogs, language: language)
        self.localizer = localizer
        self.terms = Narrator.terms(in: catalogs, language: language)
    }

    /// One of the script's own messages as plain text.
    public func string(_ id: String, _ arguments: [String: Argument] = [:]) -> String {
        localizer.string(id, arguments)
    }

    /// A UI label between the language's quotation marks.
    public func quoted(_ label: String) -> String {
        string("cli.label", ["label": .string(label)])
    }

    /// What an unknown value is, in words.
    public func describe(_ key: String) -> String {
        string("script.value", ["name": .string(key)])
    }

    private enum Kind { case text, number, date }

    /// A phrase as segments.
    public func segments(_ phrase: Phrase) -> [ScriptSegment] {
        var arguments: [String: Argument] = [:]
        var unknown: [String: (key: String, kind: Kind, index: Int)] = [:]
        for (index, (name, filler)) in phrase.arguments.sorted(by: { $0.key < $1.key }).enumerated() {
            switch filler {
            case .known(let value): arguments[name] = Self.argument(value)
            case .argument(let argument): arguments[name] = argument
            case .message(let id): arguments[name] = .string(plain(Phrase(id)))
            case .unknown(let key):
                unknown[name] = (key, .text, index)
                arguments[name] = .string(Self.textStandIn(index))
            }
        }
        var message: FormattedMessage?
        for _ in 0...(3 * unknown.count + 1) {
            do {
                let formatted = try localizer.message(phrase.id, arguments)
                // A label formatted with the message's arguments falls back to its raw text when a
                // stand-in has the wrong kind (a count in “Remove {count} seats”): try a number.
                let raw = formatted.segments.compactMap { segment -> String? in
                    if case .label(let l) = segment { return l } else { return nil }
                }.joined()
                if let (name, entry) = unknown.first(where: { $0.value.kind == .text && raw.contains("{" + $0.key) }) {
                    unknown[name] = (entry.key, .number, entry.index)
                    arguments[name] = .int(Self.numberStandIn(entry.index))
                    continue
                }
                message = formatted
                break
            } catch {
                guard case .formatting(_, _, _, _, let problem) = error else { break }
                switch problem {
                case .invalidNumber(let name, _), .invalidDate(let name, _):
                    guard let entry = unknown[name] else { return [.text(phrase.id)] }
                    if entry.kind == .text, case .invalidNumber = problem {
                        unknown[name] = (entry.key, .number, entry.index)
                        arguments[name] = .int(Self.numberStandIn(entry.index))
                    } else if entry.kind != .date {
                        unknown[name] = (entry.key, .date, entry.index)
                        arguments[name] = .string(Self.dateStandIn(entry.index))
                    } else {
                        return [.text(phrase.id)]
                    }
                case .missingArgument(let name):
                    // A currency whose code is unknown: any code will do, the amount is described whole.
                    guard unknown[name] != nil, arguments[name] != .string("EUR") else { return [.text(phrase.id)] }
                    arguments[name] = .string("EUR")
                default:
                    return [.text(phrase.id)]
                }
            }
        }
        guard let message else { return [.text(phrase.id)] }
        var segments = message.segments.map { segment -> ScriptSegment in
            switch segment {
            case .text(let t): return .text(t)
            case .label(let l): return terms.contains(l) ? .text(l) : .label(l)
            case .value(let v): return .value(v)
            }
        }
        // Replace the stand-ins, longest written forms first (a currency amount contains its number).
        let codes = arguments.values.compactMap { argument -> String? in
            if case .string(let s) = argument, s.count == 3, s.allSatisfy({ $0.isUppercase && $0.isASCII }) { return s }
            return nil
        }
        var forms: [(written: String, description: String)] = []
        for (name, entry) in unknown {
            guard let argument = arguments[name] else { continue }
            let description = describe(entry.key)
            switch entry.kind {
            case .text:
                forms.append((Self.textStandIn(entry.index), description))
            case .number:
                for code in Set(codes + ["EUR"]) {
                    if let money = try? MessagePattern(parsing: "{x, currency, c}").format(["x": argument, "c": .string(code)], language: language) {
                        forms.append((money.plainText, description))
                    }
                }
                if let number = try? MessagePattern(parsing: "{x, number}").format(["x": argument], language: language) {
                    forms.append((number.plainText, description))
                }
            case .date:
                if let date = try? MessagePattern(parsing: "{x, date}").format(["x": argument], language: language) {
                    forms.append((date.plainText, description))
                }
            }
        }
        forms.sort { $0.written.count > $1.written.count }
        for form in forms where !form.written.isEmpty {
            segments = segments.flatMap { segment -> [ScriptSegment] in
                switch segment {
                case .label(let l): return [.label(l.replacingOccurrences(of: form.written, with: "[" + form.description + "]"))]
                case .unknown: return [segment]
                case .text(let t), .value(let t):
                    guard t.contains(form.written) else { return [segment] }
                    let parts = t.components(separatedBy: form.written)
                    var out: [ScriptSegment] = []
                    for (index, part) in parts.enumerated() {
                        if index > 0 { out.append(.unknown(form.description)) }
                        if !part.isEmpty {
                            if case .value = segment { out.append(.value(part)) } else { out.append(.text(part)) }
                        }
                    }
                    return out
                }
            }
        }
        return Self.merged(segments)
    }

    /// A phrase as plain text (labels unquoted, unknowns by their description).
    public func plain(_ phrase: Phrase) -> String {
        segments(phrase).map(\.text).joined()
    }

    /// A condition as segments: its questions joined by the language's “or” and “and”.
    public func segments(_ condition: ConditionWords) -> [ScriptSegment] {
        switch condition {
        case .question(let phrase):
            return segments(phrase)
        case .all(let items), .any(let items):
            let joiner: String
            if case .all = condition { joiner = "script.and" } else { joiner = "script.or" }
            var result: [ScriptSegment] = []
            for (index, item) in items.enumerated() {
                var part = segments(item)
                if index > 0 {
                    result.append(.text(" " + string(joiner) + " "))
                    // The next question continues the sentence: “…? or does …?”.
                    if case .text(let first)? = part.first, let letter = first.first, letter.isUppercase,
                        first.dropFirst().first?.isLowercase == true
                    {
                        part[0] = .text(letter.lowercased() + first.dropFirst())
                    }
                }
                result += part
            }
            return Self.merged(result)
        case .not(let item):
            return Self.merged([.text(string("script.not") + " ")] + segments(item))
        }
    }

    /// How a branch is introduced.
    public func segments(_ label: BranchLabel) -> [ScriptSegment] {
        switch label {
        case .choice(let phrase): return segments(phrase)
        case .yes: return [.text(string("common.yes"))]
        case .no: return [.text(string("common.no"))]
        case .when(let condition): return segments(condition)
        case .otherwise: return [.text(string("script.otherwise"))]
        case .accepted: return [.text(string("script.change-accepted"))]
        case .rejected: return [.text(string("script.change-rejected"))]
        }
    }

    /// A fact: the question and the account's answer.
    public func segments(_ fact: Fact) -> [ScriptSegment] {
        Self.merged(segments(fact.question) + [.text(" — " + string(fact.holds ? "common.yes" : "common.no"))])
    }

    /// Several facts, separated by semicolons.
    public func facts(_ facts: [Fact]) -> [ScriptSegment] {
        var out: [ScriptSegment] = []
        for (index, fact) in facts.enumerated() {
            if index > 0 { out.append(.text(language == .fr ? "\u{202F}; " : "; ")) }
            out += segments(fact)
        }
        return Self.merged(out)
    }

    /// A colon before a following text, as the language writes it (French: a no-break space before).
    public var colon: String { language == .fr ? "\u{A0}: " : ": " }

    /// Adjacent plain text joined.
    static func merged(_ segments: [ScriptSegment]) -> [ScriptSegment] {
        var out: [ScriptSegment] = []
        for segment in segments {
            if case .text(let t) = segment, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + t)
            } else if case .text(let t) = segment, t.isEmpty {
                continue
            } else {
                out.append(segment)
            }
        }
        return out
    }

    private static func textStandIn(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }
    private static func numberStandIn(_ index: Int) -> Int { 900_001 + 2 * index }
    private static func dateStandIn(_ index: Int) -> String { "\(2900 + index)-07-19" }

    /// A workflow value as a message argument.
    static func argument(_ value: Value) -> Argument {
        switch value {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .decimal(let d): return .decimal(d)
        case .bool(let b): return .string(b ? "yes" : "no")
        case .list(let l): return .string(l.map(\.text).joined(separator: ", "))
        }
    }
}
