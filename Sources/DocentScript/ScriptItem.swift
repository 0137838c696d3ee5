import DocentWorkflow

/// One entry of a script, in reading order.
public indirect enum ScriptItem: Sendable, Hashable {
    /// Something the customer does on screen.
    case instruction(step: String, Phrase)
    /// A value to ask the customer for (an email, a number), with what the account accepts when known.
    case input(step: String, Phrase, accepts: Phrase?)
    /// A question, a confirmation or a check, with the steps of each branch.
    case fork(ScriptFork)
    /// A fork the account decided before the call: the facts and the branch taken.
    case checked(step: String, facts: [Fact], taken: BranchLabel)
    /// A question with one possible answer on this account: not asked.
    case answered(step: String, question: Phrase, answer: Phrase)
    /// The product refuses a change on this account (an effect failed with no way around it).
    case refused(step: String, Phrase)
    /// Where the procedure ends, how, and what the customer is told.
    case end(step: String, Outcome, Phrase)
    /// The procedure goes back to an earlier step.
    case goBack(step: String, to: String, title: Phrase?)

    /// The step id the item shows.
    public var step: String {
        switch self {
        case .instruction(let s, _), .input(let s, _, _), .checked(let s, _, _), .answered(let s, _, _), .refused(let s, _),
            .end(let s, _, _), .goBack(let s, _, _):
            return s
        case .fork(let fork): return fork.step
        }
    }

    /// Whether the customer acts on it (it gets a number).
    public var isNumbered: Bool {
        switch self {
        case .instruction, .input: return true
        case .fork(let fork):
            if case .ask = fork.kind { return true }
            return false
        case .checked, .answered, .refused, .end, .goBack: return false
        }
    }
}
