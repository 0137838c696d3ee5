import DocentWorkflow

/// How many questions are left in a walk, for a "step n of m" header.
///
/// It counts the prompts from the one waited on to an end along the most likely path: a decision
/// that can already be taken (its guard reads the account and answers as they are now) follows
/// that branch, a yes/no question is assumed answered yes (the way forward), and elsewhere — a
/// choice, a decision that needs answers not given yet — the longest branch counts, so the figure
/// rather falls than grows as the walk goes. It is estimated again at every step.
enum PathEstimate {
    /// The prompts left, the one waited on included; 0 once ended.
    static func remainingPrompts<State>(_ walk: Walk<State>) -> Int {
        guard let prompt = walk.prompt else { return 0 }
        var memo: [String: Int] = [:]
        return count(prompt.step, in: walk, visiting: [], memo: &memo)
    }

    private static func count<State>(_ id: String, in walk: Walk<State>, visiting: Set<String>, memo: inout [String: Int]) -> Int {
        if let known = memo[id] { return known }
        guard !visiting.contains(id), let step = walk.definition.step(id) else { return 0 }
        let inside = visiting.union([id])
        func longest(_ targets: [String]) -> Int {
            targets.map { count($0, in: walk, visiting: inside, memo: &memo) }.max() ?? 0
        }
        let result: Int
        switch step.kind {
        case .instruction(_, let next): result = 1 + count(next, in: walk, visiting: inside, memo: &memo)
        case .input(let input): result = 1 + count(input.next, in: walk, visiting: inside, memo: &memo)
        case .question(_, _, let choices): result = 1 + longest(choices.map(\.next))
        case .confirm(_, let yes, _): result = 1 + count(yes, in: walk, visiting: inside, memo: &memo)
        case .effect(_, let next, _): result = count(next, in: walk, visiting: inside, memo: &memo)
        case .end: result = 0
        case .decide(let branches, let otherwise):
            var taken: String? = otherwise
            for branch in branches {
                guard let holds = try? walk.holds(branch.when, at: id) else { taken = nil; break }
                if holds { taken = branch.next; break }
            }
            result = taken.map { count($0, in: walk, visiting: inside, memo: &memo) } ?? longest(branches.map(\.next) + [otherwise])
        }
        memo[id] = result
        return result
    }
}
