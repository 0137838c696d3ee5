/// Checks a definition against the host's bindings and messages before it is ever walked.
public struct Validator: Sendable {
    /// The names the host binds.
    public var signatures: BindingSignatures
    /// The host's message check; nil to skip message checks.
    public var messages: (any MessageCheck)?
    /// Step lines for diagnostics, by step id (see `DefinitionLoader.line(ofStep:in:)`).
    public var lines: [String: Int]
    /// Whether every refused end must name the host's refusal (`refusal`).
    public var requiresRefusals: Bool

    /// Creates a validator.
    public init(
        signatures: BindingSignatures, messages: (any MessageCheck)? = nil, lines: [String: Int] = [:], requiresRefusals: Bool = false
    ) {
        self.signatures = signatures
        self.messages = messages
        self.lines = lines
        self.requiresRefusals = requiresRefusals
    }

    /// Every problem found, in step order; empty when the definition is sound.
    public func validate(_ definition: Definition) -> [DefinitionError] {
        var issues: [DefinitionError] = []
        let file = definition.file
        func issue(_ kind: DefinitionError.Kind, _ step: String?, _ field: String?, _ message: String) {
            issues.append(DefinitionError(kind, file: file, line: step.flatMap { lines[$0] }, step: step, field: field, message: message))
        }
        let ids = Set(definition.steps.map(\.id))
        let global = Self.variableTypes(of: definition, signatures: signatures)
        let values = Self.possibleValues(in: definition)
        /// Variables' types at a step: a question's variable holds only the values of the choices that lead there.
        func types(at step: String?) -> [String: ParameterType] {
            guard let step, let known = values[step] else { return global }
            var types = global
            for (name, set) in known {
                if let set, case .oneOf? = global[name] { types[name] = .oneOf(set.sorted()) }
            }
            return types
        }
        func checkCall(_ call: Call, kind: String, in table: [String: Signature], step: String?, field: String) {
            self.checkCall(call, kind: kind, in: table, types: types(at: step), step: step, field: field, issue)
        }
        func checkCondition(_ condition: Condition, step: String, field: String) {
            switch condition {
            case .call(let call): checkCall(call, kind: "guard", in: signatures.guards, step: step, field: field)
            case .all(let items), .any(let items):
                let name = if case .all = condition { "all" } else { "any" }
                if items.isEmpty { issue(.badArguments, step, field, "'\(name)' needs at least one condition") }
                for (i, item) in items.enumerated() { checkCondition(item, step: step, field: "\(field).\(name)[\(i)]") }
            case .not(let item): checkCondition(item, step: step, field: field + ".not")
            }
        }
        func checkExpression(_ expression: Expression, expecting type: ParameterType, step: String, field: String) {
            self.checkExpression(expression, step: step, field: field, types: types(at: step), issue)
            if let problem = self.problem(expression, expecting: type, types: types(at: step)) {
                issue(.badArguments, step, field, problem)
            }
        }

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
                    if let when = choice.when { checkCondition(when, step: step.id, field: "choices[\(i)].when") }
                    if let check = choice.check { checkCall(check, kind: "check", in: signatures.checks, step: step.id, field: "choices[\(i)].check") }
                }
            case .input(let input):
                if let options = input.options { checkExpression(options, expecting: .list(.any), step: step.id, field: "options") }
                if let minimum = input.minimum { checkExpression(minimum, expecting: .integer, step: step.id, field: "minimum") }
                if let maximum = input.maximum { checkExpression(maximum, expecting: .integer, step: step.id, field: "maximum") }
                if case .option = input.type, input.options == nil { issue(.badArguments, step.id, "options", "an option input needs an options query") }
                if input.options == nil, input.samples.isEmpty {
                    issue(.noSamples, step.id, "samples", "a free input needs sample answers for path exploration")
                }
                if let check = input.check { checkCall(check, kind: "check", in: signatures.checks, step: step.id, field: "check") }
            case .effect(let call, _, _):
                checkCall(call, kind: "effect", in: signatures.effects, step: step.id, field: "effect")
            case .decide(let branches, _):
                for (i, branch) in branches.enumerated() {
                    checkCondition(branch.when, step: step.id, field: "branches[\(i)].when")
                }
            case .end(let outcome, _, let refusal):
                if let refusal {
                    checkCall(refusal, kind: "check", in: signatures.checks, step: step.id, field: "refusal")
                    if outcome != .refused { issue(.badArguments, step.id, "refusal", "only a refused end names a refusal") }
                } else if outcome == .refused, requiresRefusals {
                    issue(.badArguments, step.id, "refusal", "a refused end must name the host's refusal (a check that refuses here)")
                }
            case .instruction, .confirm:
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
            checkExpression(expression, step: step, field: "\(field).args.\(name)", types: [:], issue)
        }
        guard let messages else { return }
        for problem in messages.problems(message: message.id, provided: Set(message.arguments.keys)) {
            issue(problem.kind, step, field, problem.message)
        }
    }

    private func checkExpression(
        _ expression: Expression, step: String?, field: String, types: [String: ParameterType],
        _ issue: (DefinitionError.Kind, String?, String?, String) -> Void
    ) {
        if case .query(let call) = expression {
            checkCall(call, kind: "query", in: signatures.queries, types: types, step: step, field: field, issue)
        }
    }

    private func checkCall(
        _ call: Call, kind: String, in table: [String: Signature], types: [String: ParameterType], step: String?, field: String,
        _ issue: (DefinitionError.Kind, String?, String?, String) -> Void
    ) {
        guard let signature = table[call.name] else {
            let known = table.keys.sorted().joined(separator: ", ")
            let hint = Suggestion.closest(to: call.name, among: table.keys).map { "did you mean '\($0)'? " } ?? ""
            issue(.unknownBinding, step, field, "unknown \(kind) '\(call.name)' (\(hint)known: \(known))")
            return
        }
        for problem in signature.problems(given: Set(call.arguments.keys)) {
            issue(.badArguments, step, field, "\(kind) '\(call.name)': \(problem)")
        }
        for (name, expression) in call.arguments.sorted(by: { $0.key < $1.key }) {
            checkExpression(expression, step: step, field: "\(field).args.\(name)", types: types, issue)
            guard let parameter = signature.parameters[name] else { continue }
            if let problem = problem(expression, expecting: parameter.type, types: types) {
                issue(.badArguments, step, "\(field).args.\(name)", "\(kind) '\(call.name)': \(problem)")
            }
        }
    }

    /// Why `expression` may not give a value of `type`, or nil when it always does.
    private func problem(_ expression: Expression, expecting type: ParameterType, types: [String: ParameterType]) -> String? {
        switch expression {
        case .literal(let value):
            return type.problem(with: value)
        case .variable(let name):
            guard let known = types[name] else { return nil }
            return type.problem(accepting: known).map { "'$\(name)' may not fit: \($0)" }
        case .query(let call):
            guard let result = signatures.queries[call.name]?.result else { return nil }
            return type.problem(accepting: result).map { "query '\(call.name)' may not fit: \($0)" }
        }
    }

    /// For each reachable step, the values each question-set variable may hold on entry (nil: any value).
    ///
    /// A may-analysis along the graph: a question's choice sets its variable to that choice's value
    /// on the edge it leads along, so a step reached only through some choices sees only their values.
    static func possibleValues(in definition: Definition) -> [String: [String: Set<String>?]] {
        let steps = Dictionary(definition.steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var initial: [String: Set<String>?] = [:]
        for (name, value) in definition.variables { initial[name] = value.stringValue.map { [$0] } ?? .some(nil) }
        var entry: [String: [String: Set<String>?]] = [definition.start: initial]
        var work = [definition.start]
        func join(_ a: [String: Set<String>?], _ b: [String: Set<String>?]) -> [String: Set<String>?] {
            var out = a
            for (name, values) in b {
                if let existing = out[name] {
                    if let existing, let values { out[name] = existing.union(values) } else { out[name] = .some(nil) }
                } else {
                    out[name] = values
                }
            }
            return out
        }
        var rounds = 0
        while let id = work.popLast(), rounds < 100_000 {
            rounds += 1
            guard let step = steps[id], let state = entry[id] else { continue }
            var edges: [(String, [String: Set<String>?])] = []
            switch step.kind {
            case .question(_, let variable, let choices):
                for choice in choices {
                    var out = state
                    if let variable { out[variable] = .some([choice.value]) }
                    edges.append((choice.next, out))
                }
            case .input(let input):
                var out = state
                out[input.variable] = .some(nil)
                edges.append((input.next, out))
            default:
                edges = step.successors.map { ($0, state) }
            }
            for (target, out) in edges where steps[target] != nil {
                let merged = entry[target].map { join($0, out) } ?? out
                if entry[target] != merged {
                    entry[target] = merged
                    work.append(target)
                }
            }
        }
        return entry
    }

    /// The type of each variable: the values its questions offer, its input's type, its initial value.
    static func variableTypes(of definition: Definition, signatures: BindingSignatures) -> [String: ParameterType] {
        var types: [String: ParameterType] = [:]
        func merge(_ name: String, _ type: ParameterType) {
            switch (types[name], type) {
            case (nil, _): types[name] = type
            case (.oneOf(let a)?, .oneOf(let b)): types[name] = .oneOf(a + b.filter { !a.contains($0) })
            case (let old?, _) where old == type: break
            case (let old?, _): types[name] = old.problem(accepting: type) == nil ? old : (type.problem(accepting: old) == nil ? type : .any)
            }
        }
        for (name, value) in definition.variables.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .string(let s): merge(name, .oneOf([s]))
            case .int: merge(name, .integer)
            case .bool: merge(name, .bool)
            case .decimal: merge(name, .decimal)
            case .list: merge(name, .list(.any))
            }
        }
        for step in definition.steps {
            switch step.kind {
            case .question(_, let variable?, let choices):
                merge(variable, .oneOf(choices.map(\.value)))
            case .input(let input):
                switch input.type {
                case .text: merge(input.variable, .string)
                case .email: merge(input.variable, .email)
                case .integer: merge(input.variable, .integer)
                case .date: merge(input.variable, .date)
                case .option:
                    if case .query(let call)? = input.options, case .list(let element)? = signatures.queries[call.name]?.result {
                        merge(input.variable, element)
                    } else {
                        merge(input.variable, .any)
                    }
                }
            default:
                break
            }
        }
        return types
    }

    /// Variables read where some path from the start has not set them.
    private func variableIssues(_ definition: Definition, graph: [String: [String]], reachable: Set<String>, file: String) -> [DefinitionError] {
        let steps = Dictionary(definition.steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func defines(_ step: Step) -> Set<String> {
            switch step.kind {
            case .question(_, let variable?, _): return [variable]
            case .input(let input): return [input.variable]
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
            // A choice's check runs with the question's variable set.
            if case .question(_, let variable, _) = step.kind {
                for check in choices.compactMap(\.check) { reads.formUnion(check.variables.subtracting(variable.map { [$0] } ?? [])) }
            }
        case .input(let input):
            for (_, expression) in input.expressions { reads.formUnion(expression.variables) }
            // The check runs with the answer set, so its own variable is known there.
            if let check = input.check { reads.formUnion(check.variables.subtracting([input.variable])) }
        case .effect(let call, _, _):
            reads.formUnion(call.variables)
        case .decide(let branches, _):
            for branch in branches { reads.formUnion(branch.when.variables) }
        case .end(_, _, let refusal?):
            reads.formUnion(refusal.variables)
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
        case .instruction(_, let next): return [("next", next)]
        case .input(let input): return [("next", input.next)]
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
