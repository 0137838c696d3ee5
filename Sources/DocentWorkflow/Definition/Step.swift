/// One state of a procedure's state machine.
public struct Step: Sendable, Hashable {
    /// What the step does and where it leads.
    public enum Kind: Sendable, Hashable {
        /// Tells the person what to do in the product; acknowledged to go on.
        case instruction(MessageReference, next: String)
        /// Asks a question with fixed choices; the chosen value is stored in `variable` if named.
        case question(MessageReference, variable: String?, choices: [Choice])
        /// Asks for a value, checked when it is given (see `Input`).
        case input(Input)
        /// Asks for a yes or no.
        case confirm(MessageReference, yes: String, no: String)
        /// Applies a bound effect to the state; on failure goes to `onError`, or ends refused.
        case effect(Call, next: String, onError: String?)
        /// Takes the first branch whose guard holds, else `otherwise`. Needs no answer.
        case decide([Branch], otherwise: String)
        /// Ends the procedure. A refused end names the host's check whose refusal it reports:
        /// the check is run and must throw, so the refusal's code and rule come from the host.
        case end(Outcome, MessageReference, refusal: Call?)
    }

    /// The id, unique within its definition.
    public var id: String
    /// What the step does.
    public var kind: Kind

    /// Creates a step.
    public init(id: String, kind: Kind) {
        self.id = id
        self.kind = kind
    }

    /// The ids of the steps this one can lead to, in order.
    public var successors: [String] {
        switch kind {
        case .instruction(_, let next): return [next]
        case .input(let input): return [input.next]
        case .question(_, _, let choices): return choices.map(\.next)
        case .confirm(_, let yes, let no): return [yes, no]
        case .effect(_, let next, let onError): return [next] + (onError.map { [$0] } ?? [])
        case .decide(let branches, let otherwise): return branches.map(\.next) + [otherwise]
        case .end: return []
        }
    }

    /// The kind's name as written in definitions.
    public var kindName: String {
        switch kind {
        case .instruction: return "instruction"
        case .question: return "question"
        case .input: return "input"
        case .confirm: return "confirm"
        case .effect: return "effect"
        case .decide: return "decide"
        case .end: return "end"
        }
    }

    /// The message the step shows, if any.
    public var message: MessageReference? {
        switch kind {
        case .instruction(let m, _), .question(let m, _, _), .confirm(let m, _, _), .end(_, let m, _):
            return m
        case .input(let input):
            return input.message
        case .effect, .decide:
            return nil
        }
    }

    /// Whether the step waits for an answer.
    public var isPrompt: Bool {
        switch kind {
        case .instruction, .question, .input, .confirm: return true
        case .effect, .decide, .end: return false
        }
    }
}

extension Step {
    /// The step with every step it leads to renamed by `transform`.
    func mapTargets(_ transform: (String) -> String) -> Step {
        var copy = self
        switch kind {
        case .instruction(let m, let next): copy.kind = .instruction(m, next: transform(next))
        case .question(let m, let v, let choices):
            copy.kind = .question(m, variable: v, choices: choices.map { var c = $0; c.next = transform(c.next); return c })
        case .input(var input):
            input.next = transform(input.next)
            copy.kind = .input(input)
        case .confirm(let m, let yes, let no): copy.kind = .confirm(m, yes: transform(yes), no: transform(no))
        case .effect(let call, let next, let onError): copy.kind = .effect(call, next: transform(next), onError: onError.map(transform))
        case .decide(let branches, let otherwise):
            copy.kind = .decide(branches.map { var b = $0; b.next = transform(b.next); return b }, otherwise: transform(otherwise))
        case .end: break
        }
        return copy
    }
}
