import Foundation

/// One person's way through a definition: the state, the answers so far and what comes next.
///
/// A walk is a value. Answering returns a new walk; going back replays every answer but the
/// last from the initial state, so effects are undone exactly and no inverse is needed.
public struct Walk<State: Sendable>: Sendable {
    /// Where the walk is.
    public enum Position: Sendable {
        /// Waiting for an answer.
        case awaiting(Prompt)
        /// Finished.
        case ended(Ending)
    }

    /// The definition walked.
    public let definition: Definition
    /// The host's guards, effects and queries.
    public let bindings: Bindings<State>
    /// The state the walk started from.
    public let initialState: State
    /// The state now.
    public private(set) var state: State
    /// The answered variables.
    public private(set) var variables: [String: Value] = [:]
    /// The answers given, in order (instructions acknowledged as `ok`).
    public private(set) var answers: [String] = []
    /// Every step passed, with its answer or effect.
    public private(set) var transcript: [TranscriptEntry] = []
    /// Where the walk is.
    public private(set) var position: Position
    /// The most recent effect failure, kept for the step an effect's `onError` leads to.
    public private(set) var lastFailure: EffectFailure?

    private let index: [String: Step]

    /// How many automatic steps may run in a row before the walk is taken to loop.
    public static var automaticStepLimit: Int { 10_000 }

    /// Starts a walk at the definition's start step, running automatic steps up to the first prompt.
    public init(definition: Definition, bindings: Bindings<State>, state: State) throws(WorkflowError) {
        self.definition = definition
        self.bindings = bindings
        self.initialState = state
        self.state = state
        self.variables = definition.variables
        self.index = Dictionary(definition.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.position = .ended(Ending(step: definition.start, outcome: .refused, message: nil, failure: nil))
        try advance(to: definition.start, from: "start")
    }

    /// Replays `answers` from `state`.
    public static func replay(
        definition: Definition, bindings: Bindings<State>, state: State, answers: [String]
    ) throws(WorkflowError) -> Walk {
        var walk = try Walk(definition: definition, bindings: bindings, state: state)
        for answer in answers { walk = try walk.answering(answer) }
        return walk
    }

    /// The prompt waited on, or nil once ended.
    public var prompt: Prompt? {
        if case .awaiting(let prompt) = position { return prompt }
        return nil
    }

    /// The ending, or nil while waiting.
    public var ending: Ending? {
        if case .ended(let ending) = position { return ending }
        return nil
    }

    /// Whether there is an answer to take back.
    public var canGoBack: Bool { !answers.isEmpty }

    /// The walk one answer earlier, effects undone; nil at the first prompt.
    public func back() throws(WorkflowError) -> Walk? {
        guard canGoBack else { return nil }
        return try Walk.replay(definition: definition, bindings: bindings, state: initialState, answers: Array(answers.dropLast()))
    }

    /// The walk after `raw` answers the current prompt.
    ///
    /// Canonical answers: any text for an instruction; a choice's value; `yes` or `no`; an input's
    /// value. A wrong answer throws `.invalidAnswer` and leaves this walk as it was.
    public func answering(_ raw: String) throws(WorkflowError) -> Walk {
        guard case .awaiting(let prompt) = position, let step = index[prompt.step] else { throw .alreadyEnded }
        let answer = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var next = self
        let target: String
        var canonical = answer
        switch (step.kind, prompt.kind) {
        case (.instruction(_, let to), _):
            target = to
            canonical = "ok"
        case (.question(_, let variable, let choices), .choose(let offered)):
            guard let choice = offered.first(where: { $0.value == answer }),
                let chosen = choices.first(where: { $0.value == choice.value })
            else {
                throw .invalidAnswer(step: step.id, answer: raw, problem: answer.isEmpty ? .empty : .notAChoice(offered: offered.map(\.value)))
            }
            if let variable { next.variables[variable] = .string(chosen.value) }
            if let check = chosen.check { try next.run(check, at: step.id, answer: raw) }
            target = chosen.next
        case (.input(let input), .input(let type, let options)):
            let value = try Self.parse(answer, raw: raw, as: type, options: options, step: step.id)
            next.variables[input.variable] = value
            if let check = input.check {
                try next.run(check, at: step.id, answer: raw)
            }
            canonical = value.text
            target = input.next
        case (.confirm(_, let yes, let no), .confirm):
            switch answer.lowercased() {
            case "yes", "y", "true": target = yes; canonical = "yes"
            case "no", "n", "false": target = no; canonical = "no"
            default: throw .invalidAnswer(step: step.id, answer: raw, problem: answer.isEmpty ? .empty : .notYesOrNo)
            }
        default:
            throw .alreadyEnded
        }
        next.answers.append(canonical)
        next.transcript.append(
            TranscriptEntry(step: step.id, kind: step.kindName, message: prompt.message, answer: canonical, effect: nil, failure: nil))
        try next.advance(to: target, from: step.id)
        return next
    }

    private static func parse(_ answer: String, raw: String, as type: InputType, options: [Value]?, step: String) throws(WorkflowError) -> Value {
        func fail(_ problem: AnswerProblem) -> WorkflowError { .invalidAnswer(step: step, answer: raw, problem: problem) }
        guard !answer.isEmpty else { throw fail(.empty) }
        switch type {
        case .text:
            return .string(answer)
        case .email:
            guard EmailShape.matches(answer) else { throw fail(.notAnEmail) }
            return .string(answer.lowercased())
        case .integer(let minimum, let maximum):
            guard let number = Int(answer) else {
                let digits = answer.hasPrefix("-") || answer.hasPrefix("+") ? answer.dropFirst() : Substring(answer)
                if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    // A number past what can be counted is out of range when there are bounds, else too large.
                    if minimum != nil || maximum != nil { throw fail(.outOfRange(minimum: minimum, maximum: maximum)) }
                    throw fail(.tooLarge(maximum: nil))
                }
                throw fail(.notAnInteger)
            }
            if let minimum, number < minimum { throw fail(.outOfRange(minimum: minimum, maximum: maximum)) }
            if let maximum, number > maximum { throw fail(.outOfRange(minimum: minimum, maximum: maximum)) }
            return .int(number)
        case .date:
            guard DateShape.matches(answer) else { throw fail(.notADate) }
            return .string(answer)
        case .option:
            let offered = options ?? []
            guard let match = offered.first(where: { $0.text == answer || $0.text.lowercased() == answer.lowercased() }) else {
                throw fail(.notAnOption(offered: offered.map(\.text)))
            }
            return match
        }
    }

    /// Runs automatic steps from `id` until a prompt or an end.
    private mutating func advance(to id: String, from origin: String) throws(WorkflowError) {
        var current = id
        var previous = origin
        for _ in 0..<Self.automaticStepLimit {
            guard let step = index[current] else { throw .unknownStep(current, from: previous) }
            previous = current
            switch step.kind {
            case .decide(let branches, let otherwise):
                var taken = otherwise
                for branch in branches where try holds(branch.when, at: step.id) {
                    taken = branch.next
                    break
                }
                transcript.append(TranscriptEntry(step: step.id, kind: step.kindName, message: nil, answer: nil, next: taken, effect: nil, failure: nil))
                current = taken
            case .effect(let call, let next, let onError):
                guard let bound = bindings.effects[call.name] else { throw .unbound(kind: "effect", name: call.name, step: step.id) }
                let arguments = try resolve(call.arguments, at: step.id)
                do {
                    state = try bound.body(arguments, state)
                    lastFailure = nil
                    transcript.append(TranscriptEntry(step: step.id, kind: step.kindName, message: nil, answer: nil, effect: call.name, failure: nil))
                    current = next
                } catch {
                    let failure = EffectFailure(step: step.id, effect: call.name, error: error)
                    lastFailure = failure
                    transcript.append(TranscriptEntry(step: step.id, kind: step.kindName, message: nil, answer: nil, effect: call.name, failure: failure))
                    guard let onError else {
                        end(Ending(step: step.id, outcome: .refused, message: nil, failure: failure))
                        return
                    }
                    current = onError
                }
            case .end(let outcome, let message, let refusal):
                var failure = lastFailure
                if let refusal {
                    guard let refused = try refusalFailure(refusal, at: step.id) else {
                        throw .refusalDidNotHold(step: step.id, check: refusal.name)
                    }
                    failure = refused
                }
                let resolved = try resolve(message, at: step.id)
                transcript.append(TranscriptEntry(step: step.id, kind: step.kindName, message: resolved, answer: nil, effect: nil, failure: failure))
                end(Ending(step: step.id, outcome: outcome, message: resolved, failure: failure))
                return
            case .instruction(let message, _):
                position = .awaiting(Prompt(step: step.id, variable: nil, message: try resolve(message, at: step.id), kind: .acknowledge))
                return
            case .question(let message, let variable, let choices):
                var offered: [(choice: Choice, label: ResolvedMessage)] = []
                for choice in choices {
                    if let condition = choice.when, try !holds(condition, at: step.id) { continue }
                    offered.append((choice, try resolve(choice.label, at: step.id)))
                }
                if offered.isEmpty { throw .noChoiceOffered(step: step.id) }
                let resolved = try resolve(message, at: step.id)
                if offered.count == 1, let only = offered.first, try passes(only.choice, variable: variable, at: step.id) {
                    // A question with one possible answer is not asked: it is shown as decided.
                    if let variable { variables[variable] = .string(only.choice.value) }
                    var entry = TranscriptEntry(step: step.id, kind: step.kindName, message: resolved, answer: only.choice.value, effect: nil, failure: nil)
                    entry.next = only.choice.next
                    entry.decided = only.label
                    transcript.append(entry)
                    current = only.choice.next
                    continue
                }
                let kind = Prompt.Kind.choose(offered.map { OfferedChoice(value: $0.choice.value, label: $0.label) })
                position = .awaiting(Prompt(step: step.id, variable: variable, message: resolved, kind: kind))
                return
            case .input(let input):
                var list: [Value]?
                if let options = input.options {
                    let value = try evaluate(options, at: step.id)
                    list = value.listValue ?? [value]
                }
                var type = input.type
                if case .integer = type {
                    type = .integer(minimum: try bound(input.minimum, at: step.id), maximum: try bound(input.maximum, at: step.id))
                }
                position = .awaiting(Prompt(
                    step: step.id, variable: input.variable, message: try resolve(input.message, at: step.id), kind: .input(type, options: list)))
                return
            case .confirm(let message, _, _):
                position = .awaiting(Prompt(step: step.id, variable: nil, message: try resolve(message, at: step.id), kind: .confirm))
                return
            }
        }
        throw .stepLimitExceeded(step: current)
    }

    /// Ends the walk; an ending that does not keep effects puts the state back as it was.
    private mutating func end(_ ending: Ending) {
        if !ending.keepsEffects { state = initialState }
        position = .ended(ending)
    }

    /// An integer bound, evaluated now.
    private func bound(_ expression: Expression?, at step: String) throws(WorkflowError) -> Int? {
        guard let expression else { return nil }
        let value = try evaluate(expression, at: step)
        guard let number = value.intValue else {
            throw .bindingFailed(step: step, name: "bound", error: BindingError.wrongType("bound", expected: "integer", got: value))
        }
        return number
    }

    /// Whether a choice's check (if any) allows it now, its variable set.
    private func passes(_ choice: Choice, variable: String?, at step: String) throws(WorkflowError) -> Bool {
        guard let check = choice.check else { return true }
        var trial = self
        if let variable { trial.variables[variable] = .string(choice.value) }
        return try trial.refusalFailure(check, at: step) == nil
    }

    /// The refusal a host check gives now, or nil when it allows.
    private func refusalFailure(_ call: Call, at step: String) throws(WorkflowError) -> EffectFailure? {
        do {
            try run(call, at: step, answer: nil)
            return nil
        } catch {
            if case .invalidAnswer(_, _, .refused(let failure)) = error { return failure }
            throw error
        }
    }

    /// Runs a host check; a refusal is thrown as an invalid answer carrying the host's error.
    private func run(_ call: Call, at step: String, answer: String?) throws(WorkflowError) {
        guard let bound = bindings.checks[call.name] else { throw .unbound(kind: "check", name: call.name, step: step) }
        let arguments = try resolve(call.arguments, at: step)
        do {
            try bound.body(arguments, state)
        } catch {
            throw .invalidAnswer(step: step, answer: answer ?? "", problem: .refused(EffectFailure(step: step, effect: call.name, error: error)))
        }
    }

    /// Whether a condition holds now.
    public func holds(_ condition: Condition, at step: String) throws(WorkflowError) -> Bool {
        switch condition {
        case .call(let call):
            return try evaluate(call, at: step)
        case .all(let items):
            for item in items where try !holds(item, at: step) { return false }
            return true
        case .any(let items):
            for item in items where try holds(item, at: step) { return true }
            return false
        case .not(let item):
            return try !holds(item, at: step)
        }
    }

    private func evaluate(_ call: Call, at step: String) throws(WorkflowError) -> Bool {
        guard let bound = bindings.guards[call.name] else { throw .unbound(kind: "guard", name: call.name, step: step) }
        let arguments = try resolve(call.arguments, at: step)
        do {
            return try bound.body(arguments, state)
        } catch {
            throw .bindingFailed(step: step, name: call.name, error: error)
        }
    }

    /// Evaluates an expression against the variables and the state.
    public func evaluate(_ expression: Expression, at step: String) throws(WorkflowError) -> Value {
        switch expression {
        case .literal(let value):
            return value
        case .variable(let name):
            guard let value = variables[name] else {
                throw .bindingFailed(step: step, name: "$" + name, error: BindingError.missingArgument(name))
            }
            return value
        case .query(let call):
            guard let bound = bindings.queries[call.name] else { throw .unbound(kind: "query", name: call.name, step: step) }
            let arguments = try resolve(call.arguments, at: step)
            do {
                return try bound.body(arguments, state)
            } catch {
                throw .bindingFailed(step: step, name: call.name, error: error)
            }
        }
    }

    private func resolve(_ expressions: [String: Expression], at step: String) throws(WorkflowError) -> Arguments {
        var values: [String: Value] = [:]
        for (name, expression) in expressions { values[name] = try evaluate(expression, at: step) }
        return Arguments(values)
    }

    /// Evaluates a message's placeholder values.
    public func resolve(_ message: MessageReference, at step: String) throws(WorkflowError) -> ResolvedMessage {
        ResolvedMessage(id: message.id, arguments: try resolve(message.arguments, at: step).values)
    }
}
