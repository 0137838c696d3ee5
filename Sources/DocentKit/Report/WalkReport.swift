import DocentLocalization
import DocentModel
import DocentWorkflow
import Foundation

/// What `docent walk --json` prints: the transcript, the outcome and the account's changes.
public struct WalkReport: Sendable, Codable, Equatable {
    /// One transcript line.
    public struct Entry: Sendable, Codable, Equatable {
        public var step: String
        public var kind: String
        public var text: String?
        public var answer: String?
        public var next: String?
        public var effect: String?
        public var refusal: Refusal?
    }

    /// A model refusal: its stable code, the rule it enforces (null for plain validation), its words.
    public struct Refusal: Sendable, Codable, Equatable {
        public var code: String
        public var rule: Int?
        public var message: String

        private enum CodingKeys: String, CodingKey { case code, rule, message }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(rule, forKey: .rule)
            try c.encode(message, forKey: .message)
        }
    }

    public var procedure: String
    public var definitionHash: String
    public var language: String
    public var account: String
    public var actor: String
    public var today: String
    public var outcome: String
    public var endStep: String
    public var message: String?
    public var refusal: Refusal?
    public var transcript: [Entry]
    /// Whether the walk's effects are kept (completed, escalated) or discarded (refused, cancelled).
    public var effectsKept: Bool
    /// What changed from the account as read (renewals due by `today` included), path by path.
    public var changes: [AccountChange]
    /// The same changes as sentences in the report's language.
    public var summary: [String]

    /// Builds the report of an ended (or interrupted) walk on an account that read `original`
    /// before renewals due by the walk's day were applied.
    public init(walk: Walk<Situation>, account: String, original: Account, narrator: Narrator) throws {
        func refusal(_ failure: EffectFailure?) throws -> Refusal? {
            guard let failure else { return nil }
            let message = ErrorMessage(for: failure.error)
            return Refusal(code: message.code, rule: message.rule, message: try narrator.refusal(failure.error).plainText)
        }
        procedure = walk.definition.id
        definitionHash = walk.definition.contentHash
        language = narrator.language.rawValue
        self.account = account
        actor = walk.state.actor
        today = walk.state.today.description
        let ending = walk.ending
        outcome = ending?.outcome.rawValue ?? "interrupted"
        endStep = ending?.step ?? walk.prompt?.step ?? ""
        message = try ending?.message.map { try narrator.text($0).plainText }
        self.refusal = try refusal(ending?.failure)
        transcript = try walk.transcript.map { entry in
            Entry(
                step: entry.step, kind: entry.kind, text: try entry.message.map { try narrator.text($0).plainText },
                answer: entry.answer, next: entry.next, effect: entry.effect, refusal: try refusal(entry.failure))
        }
        effectsKept = ending?.keepsEffects ?? false
        changes = effectsKept ? try AccountChange.between(original, walk.state.account) : []
        summary = WalkStory(walk, original: original, narrator: narrator).changes.map(\.plainText)
    }
}
