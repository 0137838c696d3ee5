import DocentWorkflow

/// A procedure as a support agent's script: who may do it, the numbered steps with every fork,
/// the expected results and the hand-offs. Built once, worded in any language.
public struct Script: Sendable, Hashable {
    /// The account a narrowed script was built for.
    public struct Narrowing: Sendable, Hashable {
        /// The account's name.
        public var account: String
        /// Who acts.
        public var actor: String
        /// The day the account was read on (ISO).
        public var today: String

        /// Creates a narrowing note.
        public init(account: String, actor: String, today: String) {
            self.account = account
            self.actor = actor
            self.today = today
        }
    }

    /// The procedure's id.
    public var procedure: String
    /// The procedure's title message.
    public var title: Phrase
    /// The procedure's summary message.
    public var summary: Phrase
    /// The conditions checked before anything else.
    public var requirements: [Requirement]
    /// The steps.
    public var items: [ScriptItem]
    /// Set when the script was narrowed to one account.
    public var narrowing: Narrowing?

    /// Creates a script.
    public init(procedure: String, title: Phrase, summary: Phrase, requirements: [Requirement], items: [ScriptItem], narrowing: Narrowing?) {
        self.procedure = procedure
        self.title = title
        self.summary = summary
        self.requirements = requirements
        self.items = items
        self.narrowing = narrowing
    }

    /// Every end the script can reach, in reading order (each step once).
    public var ends: [(step: String, outcome: Outcome, message: Phrase)] {
        var seen: Set<String> = []
        var found: [(step: String, outcome: Outcome, message: Phrase)] = []
        func visit(_ items: [ScriptItem]) {
            for item in items {
                switch item {
                case .end(let step, let outcome, let message):
                    if seen.insert(step).inserted { found.append((step, outcome, message)) }
                case .fork(let fork):
                    fork.branches.forEach { visit($0.items) }
                default:
                    break
                }
            }
        }
        visit(items)
        return found
    }

    /// The completed ends: what the customer should see when it worked.
    public var expectedResults: [Phrase] { ends.filter { $0.outcome == .completed }.map(\.message) }

    /// The escalated ends: where the script hands the case to someone else.
    public var handoffs: [Phrase] { ends.filter { $0.outcome == .escalated }.map(\.message) }
}
