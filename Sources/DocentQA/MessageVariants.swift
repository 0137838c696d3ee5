import DocentLocalization

/// Flattens a parsed message into plain strings for text checks: every argument, label and `#` becomes
/// U+FFFC (the object replacement character), and each plural or select case gives a variant.
enum MessageVariants {
    /// What an argument, a label or `#` becomes.
    static let slot: Character = "\u{FFFC}"

    /// Every variant of `nodes` (all combinations of cases, at most `limit`).
    static func expand(_ nodes: [MessageNode], limit: Int = 32) -> [String] {
        var results = [""]
        for node in nodes {
            let pieces: [String]
            switch node {
            case let .text(text): pieces = [text]
            case .argument, .number, .date, .currency, .pound: pieces = [String(slot)]
            case let .plural(_, _, cases): pieces = cases.flatMap { expand($0.message, limit: limit) }
            case let .select(_, cases): pieces = cases.flatMap { expand($0.message, limit: limit) }
            }
            var next: [String] = []
            outer: for prefix in results {
                for piece in pieces {
                    next.append(prefix + piece)
                    if next.count >= limit { break outer }
                }
            }
            results = next
        }
        return results
    }

    /// The variant that takes every `other` case: the message as most people see it.
    static func representative(_ nodes: [MessageNode]) -> String {
        var result = ""
        for node in nodes {
            switch node {
            case let .text(text): result += text
            case .argument, .number, .date, .currency, .pound: result.append(slot)
            case let .plural(_, _, cases):
                let chosen = cases.first { $0.selector == .category(.other) } ?? cases.last
                result += chosen.map { representative($0.message) } ?? ""
            case let .select(_, cases):
                let chosen = cases.first { $0.keyword == "other" } ?? cases.last
                result += chosen.map { representative($0.message) } ?? ""
            }
        }
        return result
    }

    /// `text` without slots, for lengths and comparisons.
    static func withoutSlots(_ text: String) -> String {
        String(text.filter { $0 != slot })
    }
}
