/// Why a walk could not go on.
public enum WorkflowError: Error, Sendable, CustomStringConvertible {
    /// The answer does not fit the prompt; the walk is unchanged.
    case invalidAnswer(step: String, answer: String, problem: AnswerProblem)
    /// An answer was given after the walk ended.
    case alreadyEnded
    /// A step leads to a step that does not exist (the definition was not validated).
    case unknownStep(String, from: String)
    /// A name the definition uses is not bound.
    case unbound(kind: String, name: String, step: String)
    /// A guard or query threw.
    case bindingFailed(step: String, name: String, error: any Error & Sendable)
    /// A question's guards hide every choice, so no answer is possible: a gap in the definition.
    case noChoiceOffered(step: String)
    /// More automatic steps than the limit ran without a prompt: a loop.
    case stepLimitExceeded(step: String)
    /// A refused end step's check did not refuse: the definition's guards and the host disagree.
    case refusalDidNotHold(step: String, check: String)

    public var description: String {
        switch self {
        case .invalidAnswer(let step, let answer, let problem): return "step '\(step)': '\(answer)' is not a valid answer: \(problem)"
        case .alreadyEnded: return "the walk has already ended"
        case .unknownStep(let id, let from): return "step '\(from)' leads to unknown step '\(id)'"
        case .unbound(let kind, let name, let step): return "step '\(step)': \(kind) '\(name)' is not bound"
        case .bindingFailed(let step, let name, let error): return "step '\(step)': '\(name)' failed: \(error)"
        case .noChoiceOffered(let step): return "step '\(step)': every choice is hidden by its guard, so the question cannot be answered"
        case .stepLimitExceeded(let step): return "step '\(step)': too many automatic steps in a row (a loop?)"
        case .refusalDidNotHold(let step, let check): return "step '\(step)': the refusal '\(check)' does not apply here, so the walk cannot end refused"
        }
    }
}

/// What is wrong with an answer.
public enum AnswerProblem: Sendable, Hashable, CustomStringConvertible {
    case empty
    case notAChoice(offered: [String])
    case notYesOrNo
    case notAnInteger
    case outOfRange(minimum: Int?, maximum: Int?)
    case notAnEmail
    case notADate
    case notAnOption(offered: [String])
    /// A whole number past what can be counted (or below the smallest), whatever the bounds.
    case tooLarge(maximum: Int?)
    /// The host refused the answer (an input's check threw); a different answer may do.
    case refused(EffectFailure)

    public var description: String {
        switch self {
        case .empty: return "an answer is required"
        case .notAChoice(let offered): return "expected one of \(offered.joined(separator: ", "))"
        case .notYesOrNo: return "expected yes or no"
        case .notAnInteger: return "expected a whole number"
        case .outOfRange(let minimum, let maximum):
            return "expected a number" + (minimum.map { " from \($0)" } ?? "") + (maximum.map { " up to \($0)" } ?? "")
        case .notAnEmail: return "expected an e-mail address like name@example.com"
        case .notADate: return "expected a date like 2026-01-31"
        case .notAnOption(let offered): return "expected one of \(offered.joined(separator: ", "))"
        case .tooLarge(let maximum): return "the number is too large" + (maximum.map { " (at most \($0))" } ?? "")
        case .refused(let failure): return "refused: \(failure.error)"
        }
    }
}
