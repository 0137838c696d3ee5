import DocentWorkflow

/// One entry of a script, in reading order.
public indirect enum ScriptItem: Sendable, Hashable {
    /// Something the customer does on screen.
    case instruction(step: String, Phrase)
    /// A value to ask the customer for (an email, a number).
    case input(step: String, Phrase)
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
        case .instruction(let s, _), .input(let s, _), .checked(let s, _, _), .answered(let s, _, _), .refused(let s, _),
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

/// How a branch is introduced.
public enum BranchLabel: Sendable, Hashable {
    /// A choice of a question, worded by its label message.
    case choice(Phrase)
    /// Yes (a confirmation, or a check whose guard holds).
    case yes
    /// No.
    case no
    /// A check's branch among several, taken when its condition holds.
    case when(ConditionWords)
    /// The check's last branch, taken when no condition holds.
    case otherwise
    /// The product accepts the change.
    case accepted
    /// The product refuses the change.
    case rejected
}

/// A fork of the script.
public struct ScriptFork: Sendable, Hashable {
    /// What decides the fork.
    public enum Kind: Sendable, Hashable {
        /// The customer answers (a question or a confirmation).
        case ask(Phrase)
        /// A check of the account the agent makes (a decision step).
        case check([ConditionWords])
        /// Whether the product accepts a change.
        case change(effect: String)
    }

    /// One way out of the fork.
    public struct Branch: Sendable, Hashable {
        /// The value in a guide's path (`yes`, a choice's value, `1`, `otherwise`).
        public var key: String
        /// How the branch is introduced.
        public var label: BranchLabel
        /// When a choice is offered only under a condition not known before the call.
        public var onlyWhen: ConditionWords?
        /// The branch's items, up to where the branches meet again.
        public var items: [ScriptItem]

        /// Creates a branch.
        public init(key: String, label: BranchLabel, onlyWhen: ConditionWords? = nil, items: [ScriptItem]) {
            self.key = key
            self.label = label
            self.onlyWhen = onlyWhen
            self.items = items
        }
    }

    /// The step id.
    public var step: String
    /// What decides it.
    public var kind: Kind
    /// The branches in order.
    public var branches: [Branch]
    /// On a narrowed script, guard answers already known (branches they rule out are gone).
    public var facts: [Fact]

    /// Creates a fork.
    public init(step: String, kind: Kind, branches: [Branch], facts: [Fact] = []) {
        self.step = step
        self.kind = kind
        self.branches = branches
        self.facts = facts
    }
}
