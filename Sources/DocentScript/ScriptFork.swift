import DocentWorkflow

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
