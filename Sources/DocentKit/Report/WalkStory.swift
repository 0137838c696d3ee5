import DocentLocalization
import DocentModel
import DocentWorkflow

/// A finished walk told in the person's language: the steps with their answers, the outcome,
/// the final message or refusal, and what changed in the account, as sentences.
public struct WalkStory: Sendable {
    /// One step the person went through.
    public struct Line: Sendable {
        /// Its number in the walk, from 1.
        public var number: Int
        /// The question or instruction.
        public var message: FormattedMessage
        /// The answer as the person would say it; nil for an instruction.
        public var answer: String?
        /// Whether the answer was the only one possible and was taken without asking.
        public var decided: Bool
    }

    /// The procedure's title.
    public var title: String
    /// The steps, in order.
    public var lines: [Line]
    /// The outcome's name (`Done`, `Not possible`…).
    public var outcome: String
    /// The end step's message.
    public var message: FormattedMessage?
    /// The refusal's words, when the walk was refused and the end step did not say it already.
    public var refusal: FormattedMessage?
    /// What changed, one sentence each; empty when nothing was kept.
    public var changes: [FormattedMessage]
    /// Whether the walk's effects are kept.
    public var keepsEffects: Bool

    /// Tells `walk`, whose account was `original` before renewals applied.
    public init(_ walk: Walk<Situation>, original: Account, narrator: Narrator) {
        title = narrator.string(walk.definition.title.id)
        var lines: [Line] = []
        for entry in walk.transcript {
            guard let message = entry.message, let step = walk.definition.step(entry.step), step.isPrompt else { continue }
            let answer = entry.kind == "instruction" ? nil : entry.answer.map { Self.answerText($0, entry: entry, step: step, walk: walk, narrator: narrator) }
            lines.append(Line(number: lines.count + 1, message: narrator.formatted(message), answer: answer, decided: entry.decided != nil))
        }
        self.lines = lines
        let ending = walk.ending
        outcome = narrator.string("walk.outcome." + (ending?.outcome.rawValue ?? "cancelled"))
        message = ending?.message.map { narrator.formatted($0) }
        refusal = nil
        if let failure = ending?.failure, ending?.outcome == .refused || ending?.message == nil,
            let words = try? narrator.refusal(failure.error), ending?.message == nil
        {
            refusal = words
        }
        keepsEffects = ending?.keepsEffects ?? false
        changes = keepsEffects
            ? ChangeSentence.between(original, walk.state.account).map { sentence in
                (try? narrator.message(sentence.id, sentence.arguments)) ?? FormattedMessage(segments: [.text(sentence.id)])
            }
            : []
    }

    /// An answer as the person would say it: a choice's label, yes or no in the language, a user's name and address.
    static func answerText(_ answer: String, entry: TranscriptEntry, step: Step, walk: Walk<Situation>, narrator: Narrator) -> String {
        if let decided = entry.decided { return narrator.formatted(decided).plainText }
        switch step.kind {
        case .question(_, _, let choices):
            if let choice = choices.first(where: { $0.value == answer }), choice.label.arguments.isEmpty {
                return narrator.string(choice.label.id)
            }
        case .confirm:
            return narrator.string(answer == "yes" ? "common.yes" : "common.no")
        case .input(let input) where input.options != nil:
            return walk.state.label(forOption: .string(answer))
        case .input(let input):
            if case .integer = input.type, let number = Int(answer) { return PluralOperand(number).formatted(for: narrator.language) }
        default:
            break
        }
        return answer
    }
}
