import DocentLocalization
import DocentWorkflow

/// Puts a walk's messages, choices, outcomes and refusals into words in one language.
public struct Narrator: Sendable {
    /// The language spoken.
    public let language: Language
    let localizer: Localizer

    /// The texts of labels that name things (seat types, permissions) rather than controls.
    let terms: Set<String>

    /// Creates a narrator for `language` over `catalogs`.
    public init(catalogs: CatalogSet, language: Language) {
        self.language = language
        let localizer = Localizer(catalogs: catalogs, language: language)
        self.localizer = localizer
        self.terms = Self.terms(in: catalogs, language: language)
    }

    /// The texts of the labels that name things (seat types, permissions) rather than controls,
    /// which read as words in a sentence and are not set apart like a button.
    public static func terms(in catalogs: CatalogSet, language: Language) -> Set<String> {
        let localizer = Localizer(catalogs: catalogs, language: language)
        return Set(
            catalogs.catalog(language).units.map(\.id)
                .filter { $0.hasPrefix("ui.seat.") || $0.hasPrefix("ui.seats.") || $0.hasPrefix("ui.perm.") }
                .compactMap { localizer.label($0) })
    }

    /// Whether a label names a thing (a seat type, a permission) used as a word in a sentence,
    /// rather than a control to find on the screen; only controls are set apart in plain text.
    public func isTerm(_ label: String) -> Bool {
        terms.contains(label)
    }

    /// A catalog message with arguments.
    public func message(_ id: String, _ arguments: [String: Argument] = [:]) throws -> FormattedMessage {
        try localizer.message(id, arguments)
    }

    /// A resolved workflow message.
    public func text(_ message: ResolvedMessage) throws -> FormattedMessage {
        try localizer.message(message.id, message.arguments.mapValues(Self.argument))
    }

    /// The words for a refusal.
    public func refusal(_ error: any Error) throws -> FormattedMessage {
        let message = ErrorMessage(for: error)
        return try localizer.message(message.id, message.arguments)
    }

    /// The name of an outcome.
    public func outcome(_ outcome: Outcome) throws -> FormattedMessage {
        try localizer.message("walk.outcome." + outcome.rawValue)
    }

    /// The words for why an answer was not accepted.
    public func answerProblem(_ problem: AnswerProblem) throws -> FormattedMessage {
        switch problem {
        case .empty: return try message("answer.empty")
        case .notAChoice(let offered), .notAnOption(let offered):
            return try message("answer.not-a-choice", ["choices": .string(offered.joined(separator: ", "))])
        case .notYesOrNo: return try message("answer.not-yes-no")
        case .notAnInteger: return try message("answer.not-a-number")
        case .outOfRange(let minimum?, nil):
            return try message("answer.at-least", ["minimum": .int(minimum)])
        case .outOfRange(let minimum, let maximum):
            return try message("answer.out-of-range", ["minimum": .int(minimum ?? 0), "maximum": .int(maximum ?? Int.max)])
        case .notAnEmail: return try message("answer.not-an-email")
        case .notADate: return try message("answer.not-a-date")
        case .tooLarge(let maximum?): return try message("answer.out-of-range", ["minimum": .int(0), "maximum": .int(maximum)])
        case .tooLarge(nil): return try message("answer.too-large")
        case .refused(let failure): return try refusal(failure.error)
        }
    }

    /// A catalog message as plain text; the id itself if the catalog cannot format it.
    public func string(_ id: String, _ arguments: [String: Argument] = [:]) -> String {
        (try? message(id, arguments).plainText) ?? id
    }

    /// A resolved message, or its id when it cannot be formatted (never expected: validated at load).
    public func formatted(_ message: ResolvedMessage) -> FormattedMessage {
        (try? text(message)) ?? FormattedMessage(segments: [.text(message.id)])
    }

    /// A UI label set apart with the language's quotation marks, for output that cannot be bold.
    public func quoted(_ label: String) -> String {
        isTerm(label) ? label : string("cli.label", ["label": .string(label)])
    }

    /// The words for a rejected answer.
    public func answerProblemText(_ problem: AnswerProblem) -> String {
        (try? answerProblem(problem).plainText) ?? problem.description
    }

    /// The words of a `|`-separated list message (`oui|o|yes|y`), lowercased.
    public func words(_ id: String) -> Set<String> {
        Set(string(id).lowercased().split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

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
