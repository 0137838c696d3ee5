import DocentKit
import DocentWorkflow

/// Asks the bound guards, queries and effects about one situation, through the walk engine.
///
/// Each question runs a one-step walk whose initial variables are the ones known so far, so the
/// engine's own evaluation is used: a guard that reads an unknown variable has no answer.
struct Probe: Sendable {
    /// The definition probed (its id names the walks).
    let definition: Definition
    /// The library's bindings.
    let bindings: Bindings<Situation>

    private static let waiting = "docent-script.probe"
    private static let failed = "docent-script.probe-failed"

    /// A walk waiting on a placeholder step, with `variables` set, over `state`.
    private func walk(_ variables: [String: Value], _ state: Situation, effect: Call? = nil) -> Walk<Situation>? {
        var steps = [
            Step(id: Self.waiting, kind: .instruction(MessageReference(id: Self.waiting), next: Self.waiting)),
            Step(id: Self.failed, kind: .instruction(MessageReference(id: Self.failed), next: Self.failed)),
        ]
        var start = Self.waiting
        if let effect {
            steps.append(Step(id: "docent-script.effect", kind: .effect(effect, next: Self.waiting, onError: Self.failed)))
            start = "docent-script.effect"
        }
        let probe = Definition(
            id: definition.id, title: definition.title, summary: definition.summary, variables: variables, start: start, steps: steps)
        return try? Walk(definition: probe, bindings: bindings, state: state)
    }

    /// Whether the guard call holds; nil when it cannot be told (an unknown variable, a failing binding).
    func holds(_ call: Call, variables: [String: Value], state: Situation) -> Bool? {
        guard let walk = walk(variables, state) else { return nil }
        return try? walk.holds(.call(call), at: Self.waiting)
    }

    /// The expression's value; nil when it cannot be told.
    func value(_ expression: Expression, variables: [String: Value], state: Situation) -> Value? {
        guard let walk = walk(variables, state) else { return nil }
        return try? walk.evaluate(expression, at: Self.waiting)
    }

    /// What an effect does: the new state, the refusal, or nil when it cannot be told.
    func apply(_ call: Call, variables: [String: Value], state: Situation) -> EffectResult? {
        guard let walk = walk(variables, state, effect: call) else { return nil }
        if walk.prompt?.step == Self.waiting { return .applied(walk.state) }
        if walk.prompt?.step == Self.failed, let failure = walk.lastFailure {
            // An unknown variable is not the product refusing: the effect's outcome is unknown.
            if case .bindingFailed = failure.error as? WorkflowError { return nil }
            return .refused(failure)
        }
        return nil
    }
}

