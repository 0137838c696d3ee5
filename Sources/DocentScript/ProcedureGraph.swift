import DocentWorkflow

/// A procedure's state machine as nodes and edges with words in one language: step titles on
/// nodes, guards and answers on edges. The source of every diagram format.
public struct ProcedureGraph: Sendable {
    /// One state.
    public struct Node: Sendable, Hashable {
        /// The step id.
        public var id: String
        /// The step's kind (`instruction`, `decide`, `end`…).
        public var kind: String
        /// The localized title.
        public var title: String
        /// For ends, the outcome.
        public var outcome: Outcome?
    }

    /// One transition.
    public struct Edge: Sendable, Hashable {
        /// The step it leaves.
        public var from: String
        /// The step it enters.
        public var to: String
        /// The localized words on it: an answer, or a guard and its value; may be empty.
        public var label: String
        /// The event that fires it (`done`, `choice.<value>`, `yes`, `no`, `error`), or nil when automatic.
        public var event: String?
        /// The guard as an expression (`actorHas(permission: 'edit-billing')`), or nil.
        public var condition: String?
        /// The words for a small drawing: the answer alone where the node asks the question.
        public var short: String

        /// Creates an edge; `short` defaults to the label.
        public init(from: String, to: String, label: String, event: String?, condition: String?, short: String? = nil) {
            self.from = from
            self.to = to
            self.label = label
            self.event = event
            self.condition = condition
            self.short = short ?? label
        }
    }

    /// The procedure's id.
    public let procedure: String
    /// The localized title of the procedure.
    public let title: String
    /// The first step.
    public let start: String
    /// The language of the words.
    public let language: String
    /// The states, in definition order.
    public let nodes: [Node]
    /// The transitions, in order of their source's successors.
    public let edges: [Edge]

    /// Builds the graph of `definition` worded by `wording`.
    public init(definition: Definition, wording: Wording) {
        let builder = ScriptBuilder(definition: definition, bindings: Bindings())
        let knowledge = ScriptBuilder.Knowledge(variables: [:], state: nil)
        func plain(_ segments: [ScriptSegment]) -> String {
            segments.map { segment in
                switch segment {
                case .text(let t), .value(let t): return t
                case .label(let l): return segments.count == 1 ? l : wording.quoted(l)
                case .unknown(let u): return "[" + u + "]"
                }
            }.joined()
        }
        func condition(_ c: Condition) -> String { plain(wording.segments(builder.words(c, knowledge))) }
        var nodes: [Node] = []
        var edges: [Edge] = []
        for step in definition.steps {
            var title = step.message.map { plain(wording.segments(builder.phrase($0, knowledge))) } ?? ""
            var outcome: Outcome?
            switch step.kind {
            case .instruction(_, let next):
                edges.append(Edge(from: step.id, to: next, label: "", event: "done", condition: nil))
            case .input(let input):
                edges.append(Edge(from: step.id, to: input.next, label: "", event: "answer", condition: nil))
            case .question(_, _, let choices):
                for choice in choices {
                    var label = plain(wording.segments(builder.phrase(choice.label, knowledge)))
                    if let when = choice.when { label += " (" + wording.string("script.only-when") + " " + condition(when) + ")" }
                    edges.append(Edge(
                        from: step.id, to: choice.next, label: label, event: "choice." + choice.value,
                        condition: choice.when.map(Self.expression)))
                }
            case .confirm(_, let yes, let no):
                edges.append(Edge(from: step.id, to: yes, label: wording.string("common.yes"), event: "yes", condition: nil))
                edges.append(Edge(from: step.id, to: no, label: wording.string("common.no"), event: "no", condition: nil))
            case .effect(let call, let next, let onError):
                title = wording.string("script.effect", ["effect": .string(call.name)])
                edges.append(Edge(from: step.id, to: next, label: "", event: nil, condition: nil))
                if let onError {
                    edges.append(Edge(from: step.id, to: onError, label: wording.string("script.change-rejected"), event: "error", condition: nil))
                }
            case .decide(let branches, let otherwise):
                title = wording.string("script.check").trimmingCharacters(in: [":", " ", "\u{A0}"])
                if branches.count == 1, let only = branches.first {
                    // One question: the node asks it, the edges answer it.
                    title += wording.colon + condition(only.when)
                }
                for branch in branches {
                    edges.append(Edge(
                        from: step.id, to: branch.next, label: condition(branch.when) + " — " + wording.string("common.yes"),
                        event: nil, condition: Self.expression(branch.when),
                        short: branches.count == 1 ? wording.string("common.yes") : condition(branch.when)))
                }
                let label = branches.count == 1
                    ? condition(branches[0].when) + " — " + wording.string("common.no") : wording.string("script.otherwise")
                edges.append(Edge(
                    from: step.id, to: otherwise, label: label, event: nil, condition: nil,
                    short: branches.count == 1 ? wording.string("common.no") : label))
            case .end(let how, _, _):
                outcome = how
                title = wording.string("walk.outcome." + how.rawValue) + wording.colon + title
            }
            nodes.append(Node(id: step.id, kind: step.kindName, title: title, outcome: outcome))
        }
        self.procedure = definition.id
        self.title = wording.plain(Phrase(definition.title.id))
        self.start = definition.start
        self.language = wording.language.rawValue
        self.nodes = nodes
        self.edges = edges
    }

    /// A guard as an expression: `actorHas(permission: 'edit-billing')`, `any(a, b)`, `not(a)`.
    static func expression(_ condition: Condition) -> String {
        switch condition {
        case .call(let call):
            let arguments = call.arguments.sorted { $0.key < $1.key }.map { "\($0.key): \(expression($0.value))" }
            return arguments.isEmpty ? call.name : call.name + "(" + arguments.joined(separator: ", ") + ")"
        case .all(let items): return "all(" + items.map(expression).joined(separator: ", ") + ")"
        case .any(let items): return "any(" + items.map(expression).joined(separator: ", ") + ")"
        case .not(let item): return "not(" + expression(item) + ")"
        }
    }

    private static func expression(_ value: Expression) -> String {
        switch value {
        case .literal(let literal): return "'" + literal.text + "'"
        case .variable(let name): return "$" + name
        case .query(let call):
            let arguments = call.arguments.sorted { $0.key < $1.key }.map { "\($0.key): \(expression($0.value))" }
            return call.name + "(" + arguments.joined(separator: ", ") + ")"
        }
    }
}
