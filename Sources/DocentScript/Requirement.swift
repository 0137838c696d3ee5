/// A condition a procedure checks before anything else, with the refusal given when it fails:
/// who may do it (permissions, role, platform).
public struct Requirement: Sendable, Hashable {
    /// The step that checks it.
    public var step: String
    /// The question asked of the account.
    public var condition: ConditionWords
    /// The answer the procedure needs (`true`: yes).
    public var needs: Bool
    /// What the customer is told when the answer is otherwise.
    public var refusal: Phrase
    /// On a narrowed script, whether the account meets it; nil when not checked.
    public var met: Bool?
    /// On a narrowed script, the guard answers that decided it.
    public var facts: [Fact]

    /// Creates a requirement.
    public init(step: String, condition: ConditionWords, needs: Bool, refusal: Phrase, met: Bool? = nil, facts: [Fact] = []) {
        self.step = step
        self.condition = condition
        self.needs = needs
        self.refusal = refusal
        self.met = met
        self.facts = facts
    }
}
