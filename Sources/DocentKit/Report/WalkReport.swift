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

    /// A model refusal.
    public struct Refusal: Sendable, Codable, Equatable {
        public var code: String
        public var rule: Int?
        public var message: String
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
    public var changes: [AccountChange]

    /// Builds the report of an ended (or interrupted) walk.
    public init(walk: Walk<Situation>, account: String, narrator: Narrator) throws {
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
        changes = try AccountChange.between(walk.initialState.account, walk.state.account)
    }
}
