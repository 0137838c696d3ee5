/// Walks every path of a definition from a state, trying every answer each prompt allows.
///
/// Choices are the offered ones, confirmations yes and no, option inputs every option, free
/// inputs their definition's samples. Answers a prompt rejects are counted, not followed.
public struct Explorer<State: Sendable>: Sendable {
    /// Paths longer than this many answers are reported as errors (a loop).
    public var maximumDepth: Int
    /// Exploration stops with an error past this many paths.
    public var maximumPaths: Int

    /// Creates an explorer.
    public init(maximumDepth: Int = 200, maximumPaths: Int = 100_000) {
        self.maximumDepth = maximumDepth
        self.maximumPaths = maximumPaths
    }

    /// Explores every path, calling `visit` on every walk reached (the start, and after each answer).
    public func explore(
        _ definition: Definition, bindings: Bindings<State>, from state: State,
        visit: (Walk<State>) throws -> Void = { _ in }
    ) throws -> Exploration {
        var result = Exploration(paths: [], rejectedAnswers: 0)
        let start = try Walk(definition: definition, bindings: bindings, state: state)
        try visit(start)
        var stack = [start]
        while let walk = stack.popLast() {
            guard let prompt = walk.prompt else {
                if let ending = walk.ending {
                    result.paths.append(ExploredPath(answers: walk.answers, outcome: ending.outcome, endStep: ending.step))
                    if result.paths.count > maximumPaths { throw ExplorationError.tooManyPaths(definition.id, maximumPaths) }
                }
                continue
            }
            if walk.answers.count >= maximumDepth {
                throw ExplorationError.tooDeep(definition.id, answers: walk.answers)
            }
            let candidates = Self.candidates(for: prompt, in: definition)
            if candidates.isEmpty { throw ExplorationError.noAnswers(definition.id, step: prompt.step, answers: walk.answers) }
            var accepted = 0
            for answer in candidates.reversed() {
                do {
                    let next = try walk.answering(answer)
                    try visit(next)
                    stack.append(next)
                    accepted += 1
                } catch WorkflowError.invalidAnswer {
                    result.rejectedAnswers += 1
                }
            }
            if accepted == 0 { throw ExplorationError.noAnswers(definition.id, step: prompt.step, answers: walk.answers) }
        }
        return result
    }

    /// The answers exploration tries at a prompt.
    public static func candidates(for prompt: Prompt, in definition: Definition) -> [String] {
        switch prompt.kind {
        case .acknowledge: return ["ok"]
        case .confirm: return ["yes", "no"]
        case .choose(let offered): return offered.map(\.value)
        case .input(_, let options?): return options.map(\.text)
        case .input(_, nil):
            if case .input(let input)? = definition.step(prompt.step)?.kind { return input.samples }
            return []
        }
    }
}

/// What an exploration found.
public struct Exploration: Sendable {
    /// Every complete path, in depth-first order.
    public var paths: [ExploredPath]
    /// Sample answers the prompts rejected.
    public var rejectedAnswers: Int
}

/// One complete path: the answers and how it ended.
public struct ExploredPath: Sendable, Hashable {
    /// The answers, in order.
    public var answers: [String]
    /// The outcome.
    public var outcome: Outcome
    /// The step it ended at.
    public var endStep: String
}

/// Why an exploration stopped.
public enum ExplorationError: Error, Sendable, CustomStringConvertible {
    case tooDeep(String, answers: [String])
    case tooManyPaths(String, Int)
    case noAnswers(String, step: String, answers: [String])

    public var description: String {
        switch self {
        case .tooDeep(let id, let answers): return "\(id): a path ran past \(answers.count) answers without ending: \(answers.joined(separator: " → "))"
        case .tooManyPaths(let id, let n): return "\(id): more than \(n) paths"
        case .noAnswers(let id, let step, let answers): return "\(id): step '\(step)' accepts none of the answers tried (after \(answers.joined(separator: " → ")))"
        }
    }
}
