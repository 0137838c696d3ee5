/// What the account said when a fork was decided before the call: a guard's question and its answer.
public struct Fact: Sendable, Hashable {
    /// The guard's question.
    public var question: Phrase
    /// Whether the guard holds on the account.
    public var holds: Bool

    /// Creates a fact.
    public init(question: Phrase, holds: Bool) {
        self.question = question
        self.holds = holds
    }
}
