import DocentLocalization
import DocentModel
import DocentWorkflow

/// What a procedure asks, step by step, in one language: found by walking every path on accounts,
/// so texts are the real ones and the valid values are those the account offers.
public struct ProcedureDescription: Sendable, Codable {
    /// One step a person (or a script) answers.
    public struct StepInfo: Sendable, Codable {
        /// The step's id, the `STEP` of `--answer STEP=VALUE`.
        public var id: String
        /// `instruction`, `question`, `input` or `confirm`.
        public var kind: String
        /// The question or instruction as first seen.
        public var text: String
        /// The answers it takes, as values with their labels.
        public var values: [Value]
        /// For an input: `text`, `email`, `integer`, `option` or `date`.
        public var type: String?
        /// For an integer input, the bounds seen (over every path).
        public var minimum: Int?
        /// For an integer input, the bounds seen (over every path).
        public var maximum: Int?
        /// Whether a scripted run needs `--answer` for it (instructions need none).
        public var needsAnswer: Bool
    }

    /// One accepted answer.
    public struct Value: Sendable, Codable, Equatable {
        /// The value given with `--answer`.
        public var value: String
        /// How the screen shows it.
        public var label: String
    }

    /// The procedure's id.
    public var procedure: String
    /// Its title.
    public var title: String
    /// Its summary.
    public var summary: String
    /// The language.
    public var language: String
    /// The accounts walked to find the steps.
    public var accounts: [String]
    /// The steps a person can meet, in the definition's order.
    public var steps: [StepInfo]

    /// Describes `definition` by exploring every path on `accounts` (as each account's default actor, or `actor`).
    public init(
        _ definition: Definition, library: DocentLibrary, accounts: [LoadedAccount], actor: String?, today: CalendarDate,
        narrator: Narrator
    ) throws {
        procedure = definition.id
        title = narrator.string(definition.title.id)
        summary = narrator.string(definition.summary.id)
        language = narrator.language.rawValue
        self.accounts = accounts.map(\.name)
        var seen: [String: StepInfo] = [:]
        let yes = narrator.string("common.yes"), no = narrator.string("common.no")
        for account in accounts {
            let start = try library.startWalk(definition, on: account, as: actor, today: today)
            _ = try Explorer<Situation>().explore(definition, bindings: library.bindings, from: start.state) { walk in
                guard let prompt = walk.prompt else { return }
                var info = seen[prompt.step] ?? StepInfo(
                    id: prompt.step, kind: definition.step(prompt.step)?.kindName ?? "", text: narrator.formatted(prompt.message).plainText,
                    values: [], type: nil, minimum: nil, maximum: nil, needsAnswer: true)
                func add(_ value: String, _ label: String) {
                    if !info.values.contains(where: { $0.value == value }) { info.values.append(Value(value: value, label: label)) }
                }
                switch prompt.kind {
                case .acknowledge:
                    info.needsAnswer = false
                case .confirm:
                    add("yes", yes)
                    add("no", no)
                case .choose(let offered):
                    for choice in offered { add(choice.value, narrator.formatted(choice.label).plainText) }
                case .input(let type, let options):
                    info.type = type.name
                    if case .integer(let minimum, let maximum) = type {
                        if let minimum { info.minimum = min(info.minimum ?? minimum, minimum) }
                        if let maximum { info.maximum = max(info.maximum ?? maximum, maximum) }
                    }
                    for option in options ?? [] { add(option.text, walk.state.label(forOption: option)) }
                }
                seen[prompt.step] = info
            }
        }
        steps = definition.steps.compactMap { seen[$0.id] }
    }
}
