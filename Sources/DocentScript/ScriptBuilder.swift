import DocentKit
import DocentModel
import DocentWorkflow

/// Builds a procedure's script: the requirements checked first, then every step and fork in
/// reading order, each fork's branches up to where they meet again.
///
/// Without an account every branch is kept and values the account would give are described.
/// With an account (a situation), guards the account answers decide their forks: only the
/// branch taken is kept, with the facts that decided it, and values are read from the account.
public struct ScriptBuilder: Sendable {
    let definition: Definition
    let probe: Probe
    let situation: Situation?
    let meeting: [String: String]
    let steps: [String: Step]

    /// The most items a script may have before its branches are taken to repeat without end.
    static let itemLimit = 5_000

    /// Creates a builder for `definition`; with a `situation`, the script is narrowed to it.
    public init(definition: Definition, bindings: Bindings<Situation>, situation: Situation? = nil) {
        self.definition = definition
        self.probe = Probe(definition: definition, bindings: bindings)
        self.situation = situation
        self.meeting = PostDominators(definition).meeting
        self.steps = Dictionary(definition.steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Builds the script of a library procedure, narrowed to `account` as `actor` when an account is given.
    public static func script(
        _ procedure: String, in library: DocentLibrary, account: LoadedAccount? = nil, actor: String? = nil, today: CalendarDate
    ) throws -> Script {
        let definition = try library.definition(procedure)
        guard let account else {
            return try ScriptBuilder(definition: definition, bindings: library.bindings).build()
        }
        // Starting a walk checks the account and the actor exactly as `walk` does.
        let walk = try library.startWalk(procedure, on: account, as: actor, today: today)
        let builder = ScriptBuilder(definition: definition, bindings: library.bindings, situation: walk.initialState)
        return try builder.build(narrowing: Script.Narrowing(
            account: account.account.name, actor: walk.initialState.actor, today: today.description))
    }

    /// What the script knows at one point: answered variables and, when narrowed, the account.
    struct Knowledge {
        var variables: [String: Value]
        var state: Situation?
    }

    /// A run of items and what it changed in the knowledge.
    struct Region {
        var items: [ScriptItem] = []
        var assigned: Set<String> = []
        var changedState = false
    }

    /// Builds the script.
    public func build(narrowing: Script.Narrowing? = nil) throws(ScriptError) -> Script {
        var knowledge = Knowledge(variables: definition.variables, state: situation)
        var requirements: [Requirement] = []
        var current = definition.start
        var items: [ScriptItem] = []
        var counter = 0
        // Requirements: the checks before the first prompt whose one side refuses at once.
        gates: while let step = steps[current], case .decide(let branches, let otherwise) = step.kind, branches.count == 1,
            let branch = branches.first
        {
            let refusedOnYes = isRefusal(branch.next)
            let refusedOnNo = isRefusal(otherwise)
            guard refusedOnYes != refusedOnNo else { break gates }
            let refusalStep = refusedOnYes ? branch.next : otherwise
            guard case .end(_, let message, _)? = steps[refusalStep]?.kind else { break gates }
            let (truth, facts) = evaluate(branch.when, knowledge)
            let needs = !refusedOnYes
            requirements.append(Requirement(
                step: step.id, condition: words(branch.when, knowledge), needs: needs,
                refusal: phrase(message, knowledge), met: truth.map { $0 == needs }, facts: facts))
            if let truth, truth != needs {
                let region = try render(from: refusalStep, until: nil, knowledge: &knowledge, visiting: [], counter: &counter)
                items = region.items
                return Script(
                    procedure: definition.id, title: Phrase(definition.title.id), summary: Phrase(definition.summary.id),
                    requirements: requirements, items: items, narrowing: narrowing)
            }
            current = refusedOnYes ? otherwise : branch.next
        }
        items = try render(from: current, until: nil, knowledge: &knowledge, visiting: [], counter: &counter).items
        return Script(
            procedure: definition.id, title: Phrase(definition.title.id), summary: Phrase(definition.summary.id),
            requirements: requirements, items: items, narrowing: narrowing)
    }

    private func isRefusal(_ id: String) -> Bool {
        if case .end(.refused, _, _)? = steps[id]?.kind { return true }
        return false
    }

    /// The items from `start` up to (not including) `until`, or to the ends.
    private func render(
        from start: String, until join: String?, knowledge: inout Knowledge, visiting: Set<String>, counter: inout Int
    ) throws(ScriptError) -> Region {
        var region = Region()
        var visiting = visiting
        var current: String? = start
        func add(_ item: ScriptItem) throws(ScriptError) {
            counter += 1
            if counter > Self.itemLimit { throw ScriptError.tooLarge(procedure: definition.id, limit: Self.itemLimit) }
            region.items.append(item)
        }
        while let id = current, id != join {
            guard let step = steps[id] else { throw ScriptError.unknownStep(procedure: definition.id, step: id) }
            if visiting.contains(id) {
                try add(.goBack(step: id, to: id, title: step.message.map { phrase($0, knowledge) }))
                return region
            }
            visiting.insert(id)
            switch step.kind {
            case .instruction(let message, let next):
                try add(.instruction(step: id, phrase(message, knowledge)))
                current = next
            case .input(let input):
                try add(.input(step: id, phrase(input.message, knowledge), accepts: accepted(input, knowledge)))
                knowledge.variables[input.variable] = nil
                region.assigned.insert(input.variable)
                current = input.next
            case .end(let outcome, let message, _):
                try add(.end(step: id, outcome, phrase(message, knowledge)))
                current = nil
            case .effect(let call, let next, let onError):
                let result = knowledge.state.flatMap { probe.apply(call, variables: knowledge.variables, state: $0) }
                switch result {
                case .applied(let state)?:
                    knowledge.state = state
                    region.changedState = true
                    current = next
                case .refused(let failure)?:
                    if let onError {
                        current = onError
                    } else {
                        let message = ErrorMessage(for: failure.error)
                        try add(.refused(step: id, Phrase(message.id, message.arguments.mapValues { .argument($0) })))
                        current = nil
                    }
                case nil:
                    if knowledge.state != nil {
                        knowledge.state = nil
                    }
                    region.changedState = true
                    guard let onError else {
                        current = next
                        continue
                    }
                    let targets = [("accepted", BranchLabel.accepted, next), ("rejected", BranchLabel.rejected, onError)]
                        let forked = try fork(
                        step: id, kind: .change(effect: call.name), targets: targets.map { ($0.0, $0.1, nil, $0.2, nil) },
                        facts: [], knowledge: &knowledge, region: &region, visiting: visiting, counter: &counter)
                try add(forked.item)
                current = forked.join
                }
            case .decide(let branches, let otherwise):
                var facts: [Fact] = []
                var open: [(key: String, label: BranchLabel, next: String)] = []
                var decided: (label: BranchLabel, next: String)?
                var certain = false
                for (index, branch) in branches.enumerated() {
                    let (truth, found) = evaluate(branch.when, knowledge)
                    facts += found
                    if truth == false { continue }
                    let label: BranchLabel = branches.count == 1 ? .yes : .when(words(branch.when, knowledge))
                    if truth == true, open.isEmpty {
                        decided = (label, branch.next)
                    } else {
                        open.append((branches.count == 1 ? "yes" : String(index + 1), label, branch.next))
                    }
                    if truth == true {
                        certain = true
                        break
                    }
                }
                if decided == nil, !certain {
                    let label: BranchLabel = branches.count == 1 ? .no : .otherwise
                    if open.isEmpty {
                        decided = (label, otherwise)
                    } else {
                        open.append((branches.count == 1 ? "no" : "otherwise", label, otherwise))
                    }
                }
                if let decided {
                    // Without an account only earlier answers decide: the path already says so.
                    if situation != nil { try add(.checked(step: id, facts: facts, taken: decided.label)) }
                    current = decided.next
                    continue
                }
                let questions = branches.map { words($0.when, knowledge) }
                let forked = try fork(
                    step: id, kind: .check(questions), targets: open.map { ($0.key, $0.label, nil, $0.next, nil) },
                    facts: facts, knowledge: &knowledge, region: &region, visiting: visiting, counter: &counter)
                try add(forked.item)
                current = forked.join
            case .confirm(let message, let yes, let no):
                let forked = try fork(
                    step: id, kind: .ask(phrase(message, knowledge)),
                    targets: [("yes", .yes, nil, yes, nil), ("no", .no, nil, no, nil)],
                    facts: [], knowledge: &knowledge, region: &region, visiting: visiting, counter: &counter)
                try add(forked.item)
                current = forked.join
            case .question(let message, let variable, let choices):
                var facts: [Fact] = []
                var offered: [(choice: Choice, onlyWhen: ConditionWords?)] = []
                for choice in choices {
                    guard let condition = choice.when else {
                        offered.append((choice, nil))
                        continue
                    }
                    let (truth, found) = evaluate(condition, knowledge)
                    facts += found
                    if truth == false { continue }
                    offered.append((choice, truth == true ? nil : words(condition, knowledge)))
                }
                if offered.count == 1, let only = offered.first, only.onlyWhen == nil, knowledge.state != nil {
                    try add(.answered(step: id, question: phrase(message, knowledge), answer: phrase(only.choice.label, knowledge)))
                    if let variable {
                        knowledge.variables[variable] = .string(only.choice.value)
                        region.assigned.insert(variable)
                    }
                    current = only.choice.next
                    continue
                }
                let targets = offered.map { item in
                    (item.choice.value, BranchLabel.choice(phrase(item.choice.label, knowledge)), item.onlyWhen, item.choice.next,
                     variable.map { ($0, Value.string(item.choice.value)) })
                }
                // A question whose answers all lead to the same step only sets a value the rest reads:
                // the rest is shown once per answer (up to the enclosing meeting point), worded for it.
                let sameNext = Set(offered.map(\.choice.next)).count == 1 && variable != nil && offered.count > 1
                let forked = try fork(
                    step: id, kind: .ask(phrase(message, knowledge)), targets: targets,
                    facts: facts, knowledge: &knowledge, region: &region, visiting: visiting, counter: &counter,
                    until: sameNext ? .some(join) : nil)
                try add(forked.item)
                current = forked.join
                if let variable {
                    knowledge.variables[variable] = nil
                    region.assigned.insert(variable)
                }
            }
        }
        return region
    }

    /// Adds a fork whose branches run to where they meet again; returns that meeting step.
    private func fork(
        step id: String, kind: ScriptFork.Kind,
        targets: [(key: String, label: BranchLabel, onlyWhen: ConditionWords?, next: String, sets: (String, Value)?)],
        facts: [Fact], knowledge: inout Knowledge, region: inout Region, visiting: Set<String>, counter: inout Int,
        until: String?? = nil
    ) throws(ScriptError) -> (item: ScriptItem, join: String?) {
        let join = until ?? meeting[id]
        var branches: [ScriptFork.Branch] = []
        var assigned: Set<String> = []
        var changed = false
        for target in targets {
            var inner = knowledge
            if let (name, value) = target.sets { inner.variables[name] = value }
            let sub = try render(from: target.next, until: join, knowledge: &inner, visiting: visiting, counter: &counter)
            assigned.formUnion(sub.assigned)
            changed = changed || sub.changedState
            branches.append(ScriptFork.Branch(key: target.key, label: target.label, onlyWhen: target.onlyWhen, items: sub.items))
        }
        for name in assigned { knowledge.variables[name] = nil }
        region.assigned.formUnion(assigned)
        if changed {
            knowledge.state = nil
            region.changedState = true
        }
        return (.fork(ScriptFork(step: id, kind: kind, branches: branches, facts: facts)), join)
    }

    // MARK: Evaluation

    /// Whether a condition holds (nil: not known before the call), with the guard answers found.
    func evaluate(_ condition: Condition, _ knowledge: Knowledge) -> (Bool?, [Fact]) {
        switch condition {
        case .call(let call):
            let truth = holds(call, knowledge)
            return (truth, truth.map { [Fact(question: question(call, knowledge), holds: $0)] } ?? [])
        case .all(let items):
            var facts: [Fact] = []
            var unknown = false
            for item in items {
                let (truth, found) = evaluate(item, knowledge)
                facts += found
                if truth == false { return (false, facts) }
                if truth == nil { unknown = true }
            }
            return (unknown ? nil : true, facts)
        case .any(let items):
            var facts: [Fact] = []
            var unknown = false
            for item in items {
                let (truth, found) = evaluate(item, knowledge)
                facts += found
                if truth == true { return (true, facts) }
                if truth == nil { unknown = true }
            }
            return (unknown ? nil : false, facts)
        case .not(let item):
            let (truth, facts) = evaluate(item, knowledge)
            return (truth.map { !$0 }, facts)
        }
    }

    private func holds(_ call: Call, _ knowledge: Knowledge) -> Bool? {
        // `equals` compares answers: known from the path even without an account.
        if call.name == "equals", let left = call.arguments["left"].flatMap({ known($0, knowledge) }),
            let right = call.arguments["right"].flatMap({ known($0, knowledge) })
        {
            return left.text == right.text
        }
        guard let state = knowledge.state else { return nil }
        return probe.holds(call, variables: knowledge.variables, state: state)
    }

    /// An expression's value when known now.
    private func known(_ expression: Expression, _ knowledge: Knowledge) -> Value? {
        switch expression {
        case .literal(let value): return value
        case .variable(let name): return knowledge.variables[name]
        case .query:
            guard let state = knowledge.state else { return nil }
            return probe.value(expression, variables: knowledge.variables, state: state)
        }
    }

    /// What the account accepts for an input, when the account is known: its options, or its bounds.
    private func accepted(_ input: Input, _ knowledge: Knowledge) -> Phrase? {
        guard let state = knowledge.state else { return nil }
        if let options = input.options, let value = probe.value(options, variables: knowledge.variables, state: state) {
            let list = (value.listValue ?? [value]).map { state.label(forOption: $0) }
            guard !list.isEmpty else { return nil }
            return Phrase("script.options", ["options": .known(.string(list.joined(separator: ", ")))])
        }
        if let low = input.minimum.flatMap({ probe.value($0, variables: knowledge.variables, state: state)?.intValue }),
            let high = input.maximum.flatMap({ probe.value($0, variables: knowledge.variables, state: state)?.intValue })
        {
            return Phrase("script.range", ["minimum": .known(.int(low)), "maximum": .known(.int(high))])
        }
        return nil
    }

    // MARK: Words

    /// A workflow message as a phrase: each placeholder known now or described.
    func phrase(_ message: MessageReference, _ knowledge: Knowledge) -> Phrase {
        Phrase(message.id, message.arguments.mapValues { filler($0, knowledge) })
    }

    private func filler(_ expression: Expression, _ knowledge: Knowledge) -> Phrase.Filler {
        if let value = known(expression, knowledge) { return .known(value) }
        switch expression {
        case .literal(let value): return .known(value)
        case .variable(let name): return .unknown(name)
        case .query(let call): return .unknown(call.name)
        }
    }

    /// The condition as questions.
    func words(_ condition: Condition, _ knowledge: Knowledge) -> ConditionWords {
        switch condition {
        case .call(let call): return .question(question(call, knowledge))
        case .all(let items): return .all(items.map { words($0, knowledge) })
        case .any(let items): return .any(items.map { words($0, knowledge) })
        case .not(let item): return .not(words(item, knowledge))
        }
    }

    /// One guard call as a yes-or-no question (`script.guard.<name>`).
    func question(_ call: Call, _ knowledge: Knowledge) -> Phrase {
        if call.name == "equals", case .variable(let variable)? = call.arguments["left"],
            case .literal(let right)? = call.arguments["right"], let label = choiceLabel(variable: variable, value: right.text)
        {
            return Phrase("script.guard.equals", ["answer": .message(label)])
        }
        if call.name == "equals", let right = call.arguments["right"] {
            return Phrase("script.guard.equals", ["answer": filler(right, knowledge)])
        }
        if call.name == "isEmpty", case .query(let list)? = call.arguments["value"] {
            // The list itself is described, even when the account would give its members.
            return Phrase("script.guard.isEmpty", ["value": .unknown(list.name)])
        }
        return Phrase("script.guard." + call.name, call.arguments.mapValues { filler($0, knowledge) })
    }

    /// The label of the choice that sets `variable` to `value`, if a question does.
    private func choiceLabel(variable: String, value: String) -> String? {
        for step in definition.steps {
            guard case .question(_, variable?, let choices) = step.kind,
                let choice = choices.first(where: { $0.value == value })
            else { continue }
            return choice.label.arguments.isEmpty ? choice.label.id : nil
        }
        return nil
    }
}
