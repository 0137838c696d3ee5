import DocentWorkflow

/// For each step, the nearest step every way forward passes through: where a fork's branches meet again.
struct PostDominators: Sendable {
    /// The meeting step of each step's branches; absent when they only meet at the procedure's ends.
    let meeting: [String: String]

    /// Computes the post-dominators of `definition`'s steps (iteratively, so loops are allowed).
    init(_ definition: Definition) {
        let ids = definition.steps.map(\.id)
        let known = Set(ids)
        let successors = Dictionary(
            definition.steps.map { ($0.id, $0.successors.filter { known.contains($0) }) }, uniquingKeysWith: { a, _ in a })
        let exit = "\u{0}exit"
        var sets: [String: Set<String>] = [:]
        let everything = Set(ids + [exit])
        for id in ids { sets[id] = everything }
        sets[exit] = [exit]
        var changed = true
        var rounds = 0
        while changed, rounds < 10_000 {
            changed = false
            rounds += 1
            for id in ids.reversed() {
                let next = successors[id] ?? []
                var set: Set<String>
                if next.isEmpty {
                    set = [exit]
                } else {
                    set = next.reduce(everything) { $0.intersection(sets[$1] ?? everything) }
                }
                set.insert(id)
                if set != sets[id] {
                    sets[id] = set
                    changed = true
                }
            }
        }
        var meeting: [String: String] = [:]
        for id in ids {
            let strict = (sets[id] ?? []).subtracting([id])
            // Post-dominators form a chain: the nearest is the one with the most post-dominators of its own.
            if let nearest = strict.max(by: { (sets[$0]?.count ?? 0, $1) < (sets[$1]?.count ?? 0, $0) }), nearest != exit {
                meeting[id] = nearest
            }
        }
        self.meeting = meeting
    }
}
