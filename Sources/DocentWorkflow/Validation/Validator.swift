/// Checks a definition against the host's bindings and messages before it is ever walked.
public struct Validator: Sendable {
    /// The names the host binds.
    public var signatures: BindingSignatures
    /// The host's message check; nil to skip message checks.
    public var messages: (any MessageCheck)?
    /// Step lines for diagnostics, by step id (see `DefinitionLoader.line(ofStep:in:)`).
    public var lines: [String: Int]

    /// Creates a validator.
    public init(signatures: BindingSignatures, messages: (any MessageCheck)? = nil, lines: [String: Int] = [:]) {
        self.signatures = signatures
        self.messages = messages
        self.lines = lines
    }

    /// Every problem found, in step order; empty when the definition is sound.
    public func validate(_ definition: Definition) -> [DefinitionError] {
        var issues: [DefinitionError] = []
        let file = definition.file
        func issue(_ kind: DefinitionError.Kind, _ step: String?, _ field: String?, _ message: String) {
            issues.append(DefinitionError(kind, file: file, line: step.flatMap { lines[$0] }, step: step, field: field, message: message))
        }
        let ids = Set(definition.steps.map(\.id))

        if !ids.contains(definition.start) { issue(.unknownStep, nil, "start", "start step '\(definition.start)' does not exist") }
        checkMessage(definition.title, step: nil, field: "title", issue)
        checkMessage(definition.summary, step: nil, field: "summary", issue)

        for step in definition.steps {
            for (field, target) in Self.targets(of: step) where !ids.contains(target) {
                issue(.unknownStep, step.id, field, "leads to unknown step '\(target)'")
            }
            if let message = step.message { checkMessage(message, step: step.id, field: "message", issue) }
            switch step.kind {
            case .question(_, _, let choices):
                if choices.isEmpty { issue(.deadEnd, step.id, "choices", "a question needs at least one choice") }
                var values: Set<String> = []
                for (i, choice) in choices.enumerated() {
                    if !values.insert(choice.value).inserted { issue(.duplicateStep, step.id, "choices[\(i)].value", "choice value '\(choice.value)' appears twice") }
                    checkMessage(choice.label, step: step.id, field: "choices[\(i)].label", issue)
                    if let when = choice.when { checkCall(when, kind: "guard", in: signatures.guards, step: step.id, field: "choices[\(i)].when", issue) }
                }
            case .input(_, _, let type, let options, let samples, _):
                if let options { checkExpression(options, step: step.id, field: "options", issue) }
                if case .option = type, options == nil { issue(.badArguments, step.id, "options", "an option input needs an options query") }
                if options == nil, samples.isEmpty {
                    issue(.noSamples, step.id, "samples", "a free input needs sample answers for path exploration")
                }
            case .effect(let call, _, _):
                checkCall(call, kind: "effect", in: signatures.effects, step: step.id, field: "effect", issue)
            case .decide(let branches, _):
                for (i, branch) in branches.enumerated() {
                    checkCall(branch.when, kind: "guard", in: signatures.guards, step: step.id, field: "branches[\(i)].when", issue)
                }
            case .instruction, .confirm, .end:
                break
            }
        }

        let graph = Dictionary(definition.steps.map { ($0.id, $0.successors.filter(ids.contains)) }, uniquingKeysWith: { a, _ in a })
        let reachable = Self.closure(from: [definition.start].filter(ids.contains), edges: graph)
        for step in definition.steps where !reachable.contains(step.id) {
            issue(.unreachableStep, step.id, nil, "no path from '\(definition.start)' reaches this step")
        }
        var reverse: [String: [String]] = [:]
        for (from, tos) in graph { for to in tos { reverse[to, default: []].append(from) } }
        let ends = definition.steps.filter { if case .end = $0.kind { return true } else { return false } }.map(\.id)
        let finishing = Self.closure(from: ends, edges: reverse)
        for step in definition.steps where reachable.contains(step.id) && !finishing.contains(step.id) {
            issue(.deadEnd, step.id, nil, "no path from this step reaches an end step")
        }
        issues += variableIssues(definition, graph: graph, reachable: reachable, file: file)
        return issues
    }

    private func checkMessage(
        _ message: MessageReference, step: String?, field: String,
        _ issue: (DefinitionError.Kind, String?, String?, String) -> Void
    ) {
        for (name, expression) in message.arguments.sorted(by: { $0.key < $1.key }) {
            checkExpression(expression, step: step, field: "\(field).args.\(name)", issue)
        }
        guard let messages else { return }
        for problem in messages.problems(message: message.id, provided: Set(message.arguments.keys)) {
            issue(problem.kind, step, field, problem.message)
        }
    }

    private func checkExpression(
        _ expression: Expression, step: String?, field: String,
        _ issue: (DefinitionError.Kind, String?, String?, String) -> Void
    ) {
        if case .query(let call) = expression {
            checkCall(call, kind: "query", in: signatures.queries, step: step, field: field, issue)
        }
    }

    private func checkCall(
        _ call: Call, kind: String, in table: [String: Signature], step: String?, field: String,
        _ issue: (DefinitionError.Kind, String?, String?, String) -> Void
    ) {
        guard let signature = table[call.name] else {
            let known = table.keys.sorted().joined(separator: ", ")
            issue(.unknownBinding, step, field, "unknown \(kind) '\(call.name)' (known: \(known))")
            return
        }
        for problem in signature.problems(given: Set(call.arguments.keys)) {
            issue(.badArguments, step, field, "\(kind) '\(call.name)': \(problem)")
        }
        for (name, expression) in call.arguments.sorted(by: { $0.key < $1.key }) {
            checkExpression(expression, step: step, field: "\(field).args.\(name)", issue)
        }
    }

    /// Variables read where some path from the start has not set them.
    private func variableIssues(_ definition: Definition, graph: [String: [String]], reachable: Set<String>, file: String) -> [DefinitionError] {
        let steps = Dictionary(definition.steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func defines(_ step: Step) -> Set<String> {
            switch step.kind {
            case .question(_, let variable?, _): return [variable]
            case .input(_, let variable, _, _, _, _): return [variable]
            default: return []
            }
        }
        let all = Set(definition.steps.flatMap(defines)).union(definition.variables.keys)
        // Must-analysis: the variables surely set on entry to each step.
        var entry: [String: Set<String>] = [:]
        for id in reachable { entry[id] = all }
        entry[definition.start] = Set(definition.variables.keys)
        var changed = true
        while changed {
            changed = false
            for id in reachable.sorted() {
                guard let step = steps[id] else { continue }
                let out = (entry[id] ?? []).union(defines(step))
                for next in graph[id] ?? [] where reachable.contains(next) {
                    let narrowed = (entry[next] ?? all).intersection(out)
                    if narrowed != entry[next] { entry[next] = narrowed; changed = true }
                }
            }
        }
        var issues: [DefinitionError] = []
        for step in definition.steps where reachable.contains(step.id) {
            let known = entry[step.id] ?? []
            var reads = Self.reads(of: step)
            // An input's options are evaluated before its own answer exists; a question's or
            // input's own variable is set only by its answer, so reading it there is an error too.
            reads.subtract(known)
            for name in reads.sorted() {
                let why = all.contains(name) ? "is not set on every path to this step" : "is never set by any question or input"
                issues.append(DefinitionError(.unknownVariable, file: file, line: lines[step.id], step: step.id, message: "variable '$\(name)' \(why)"))
            }
        }
        return issues
    }

    private static func reads(of step: Step) -> Set<String> {
        var reads: Set<String> = step.message.map { messageReads($0) } ?? []
        switch step.kind {
        case .question(_, _, let choices):
            for choice in choices {
                reads.formUnion(messageReads(choice.label))
                if let when = choice.when { reads.formUnion(when.variables) }
            }
        case .input(_, _, _, let options, _, _):
            if let options { reads.formUnion(options.variables) }
        case .effect(let call, _, _):
            reads.formUnion(call.variables)
        case .decide(let branches, _):
            for branch in branches { reads.formUnion(branch.when.variables) }
        case .instruction, .confirm, .end:
            break
        }
        return reads
    }

    private static func messageReads(_ message: MessageReference) -> Set<String> {
        message.arguments.values.reduce(into: []) { $0.formUnion($1.variables) }
    }

    /// The fields of a step that name other steps, with the names.
    static func targets(of step: Step) -> [(String, String)] {
        switch step.kind {
        case .instruction(_, let next), .input(_, _, _, _, _, let next): return [("next", next)]
        case .question(_, _, let choices): return choices.enumerated().map { ("choices[\($0.offset)].next", $0.element.next) }
        case .confirm(_, let yes, let no): return [("yes", yes), ("no", no)]
        case .effect(_, let next, let onError): return [("next", next)] + (onError.map { [("onError", $0)] } ?? [])
        case .decide(let branches, let otherwise):
            return branches.enumerated().map { ("branches[\($0.offset)].next", $0.element.next) } + [("otherwise", otherwise)]
        case .end: return []
        }
    }

    private static func closure(from roots: [String], edges: [String: [String]]) -> Set<String> {
        var seen = Set(roots)
        var stack = roots
        while let id = stack.popLast() {
            for next in edges[id] ?? [] where seen.insert(next).inserted { stack.append(next) }
        }
        return seen
    }
}
