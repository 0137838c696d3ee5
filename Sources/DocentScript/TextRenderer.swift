import DocentLocalization
import DocentWorkflow

/// A script as plain text for an 80-column terminal, in one language or side by side.
public struct TextRenderer: Sendable {
    /// The languages, the first one leading.
    let wordings: [Wording]
    /// The line width.
    let width: Int
    /// Whether labels are bold (ANSI) instead of quoted.
    let styled: Bool

    /// Creates a renderer.
    public init(wordings: [Wording], width: Int = 80, styled: Bool = false) {
        self.wordings = wordings
        self.width = max(width, 40)
        self.styled = styled
    }

    /// The whole script.
    public func render(_ script: Script) -> String {
        var lines: [String] = []
        let rule = String(repeating: "=", count: width)
        lines += block(indent: 0, prefix: "", wordings.map { [.text($0.plain(script.title))] }, style: { styled ? "\u{1B}[1m" + $0 + "\u{1B}[22m" : $0 })
        lines.append(rule)
        lines += block(indent: 0, prefix: "", wordings.map { $0.segments(script.summary) })
        lines.append("")
        lines += block(indent: 0, prefix: "", wordings.map { note(script, $0) })
        if !script.requirements.isEmpty {
            lines += heading("script.who")
            for requirement in script.requirements {
                lines += block(indent: 2, prefix: "- ", wordings.map { w in requirementText(requirement, w) })
            }
        }
        lines += heading("script.steps")
        var number = 0
        lines += items(script.items, indent: 0, number: &number)
        let results = script.expectedResults
        if !results.isEmpty {
            lines += heading("script.expected")
            for result in results { lines += block(indent: 2, prefix: "- ", wordings.map { $0.segments(result) }) }
        }
        let handoffs = script.handoffs
        if !handoffs.isEmpty {
            lines += heading("script.handoffs")
            for handoff in handoffs { lines += block(indent: 2, prefix: "- ", wordings.map { $0.segments(handoff) }) }
        }
        return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    func note(_ script: Script, _ w: Wording) -> [ScriptSegment] {
        guard let narrowing = script.narrowing else { return [.text(w.string("script.every-branch"))] }
        return [.text(w.string("script.narrowed", [
            "account": .string(narrowing.account), "actor": .string(narrowing.actor), "date": .string(narrowing.today)]))]
    }

    func requirementText(_ requirement: Requirement, _ w: Wording) -> [ScriptSegment] {
        var out = w.segments(requirement.condition)
        out.append(.text(" " + w.string("script.needs", ["answer": .string(w.string(requirement.needs ? "common.yes" : "common.no"))]) + ". "))
        if let met = requirement.met {
            out.append(.text(w.string(met ? "script.met" : "script.not-met") + " "))
        }
        out.append(.text(w.string("script.if-not") + " "))
        out += w.segments(requirement.refusal)
        return Wording.merged(out)
    }

    private func heading(_ id: String) -> [String] {
        let text = wordings.map { $0.string(id).uppercased(with: nil) }.joined(separator: " / ")
        return ["", styled ? "\u{1B}[1m" + text + "\u{1B}[22m" : text]
    }

    private func items(_ items: [ScriptItem], indent: Int, number: inout Int) -> [String] {
        var lines: [String] = []
        for item in items {
            var prefix = "  "
            if item.isNumbered {
                number += 1
                prefix = "\(number). "
            }
            switch item {
            case .instruction(_, let phrase):
                lines += block(indent: indent, prefix: prefix, wordings.map { $0.segments(phrase) })
            case .input(_, let phrase, let accepts):
                lines += block(indent: indent, prefix: prefix, wordings.map { w in
                    [.text(w.string("script.ask") + " ")] + w.segments(phrase) + (accepts.map { [.text(" ")] + w.segments($0) } ?? []) })
            case .answered(_, let question, let answer):
                lines += block(indent: indent, prefix: "* ", wordings.map { w in
                    w.segments(question) + [.text(" " + w.string("script.only-answer") + " ")] + w.segments(answer) })
            case .checked(_, let facts, _):
                lines += block(indent: indent, prefix: "* ", wordings.map { w in
                    Wording.merged([.text(w.string("script.checked") + " ")] + w.facts(facts)) })
            case .refused(_, let phrase):
                lines += block(indent: indent, prefix: "# ", wordings.map { [.text($0.string("script.refused") + " ")] + $0.segments(phrase) })
            case .end(_, let outcome, let phrase):
                lines += block(indent: indent, prefix: "# ", wordings.map { w in
                    [.text(w.string("walk.outcome." + outcome.rawValue) + w.colon)] + w.segments(phrase) })
            case .goBack(_, _, let title):
                lines += block(indent: indent, prefix: "^ ", wordings.map { w in
                    [.text(w.string("script.go-back") + " ")] + (title.map { w.segments($0) } ?? []) })
            case .fork(let fork):
                lines += block(indent: indent, prefix: item.isNumbered ? prefix : "* ", wordings.map { forkHeader(fork, $0) })
                if !fork.facts.isEmpty {
                    lines += block(indent: indent + prefix.count, prefix: "* ", wordings.map { w in
                        Wording.merged([.text(w.string("script.checked") + " ")] + w.facts(fork.facts)) })
                }
                for branch in fork.branches {
                    lines += block(indent: indent + prefix.count, prefix: "> ", wordings.map { w in
                        var label = w.segments(branch.label)
                        if let onlyWhen = branch.onlyWhen {
                            label += [.text(" (" + w.string("script.only-when") + " ")] + w.segments(onlyWhen) + [.text(")")]
                        }
                        return label
                    })
                    lines += self.items(branch.items, indent: indent + prefix.count + 2, number: &number)
                }
            }
        }
        return lines
    }

    func forkHeader(_ fork: ScriptFork, _ w: Wording) -> [ScriptSegment] {
        switch fork.kind {
        case .ask(let phrase):
            return [.text(w.string("script.ask") + " ")] + w.segments(phrase)
        case .check(let conditions):
            var out: [ScriptSegment] = [.text(w.string("script.check") + " ")]
            if conditions.count == 1, let only = conditions.first { out += w.segments(only) }
            return Wording.merged(out)
        case .change(let effect):
            return [.text(w.string("script.effect", ["effect": .string(effect)]))]
        }
    }

    /// One entry: a prefix, then the text of each language, wrapped (side by side when several).
    func block(indent: Int, prefix: String, _ texts: [[ScriptSegment]], style: @escaping (String) -> String = { $0 }) -> [String] {
        let lead = String(repeating: " ", count: indent) + prefix
        let room = max(width - lead.count, 16)
        let gap = " | "
        let columns = texts.count
        let columnWidth = columns > 1 ? max((room - gap.count * (columns - 1)) / columns, 8) : room
        let wrapped = texts.enumerated().map { index, segments in
            TextWrapper.wrap(TextWrapper.words(pieces(segments, wordings[index], style: style)), width: columnWidth)
        }
        let height = wrapped.map(\.count).max() ?? 0
        var lines: [String] = []
        for row in 0..<height {
            var line = row == 0 ? lead : String(repeating: " ", count: lead.count)
            for (index, column) in wrapped.enumerated() {
                let cell: (text: String, width: Int) = row < column.count ? column[row] : ("", 0)
                line += cell.text
                if index < columns - 1 {
                    line += String(repeating: " ", count: max(columnWidth - cell.width, 0)) + gap
                }
            }
            lines.append(line)
        }
        return lines
    }

    private func pieces(_ segments: [ScriptSegment], _ w: Wording, style: @escaping (String) -> String) -> [(text: String, style: (String) -> String)] {
        let alone = segments.count == 1
        return segments.map { segment in
            switch segment {
            case .text(let t), .value(let t): return (t, style)
            case .unknown(let t): return ("[" + t + "]", style)
            case .label(let l):
                if styled { return (l, { "\u{1B}[1m" + $0 + "\u{1B}[22m" }) }
                return (alone ? l : w.quoted(l), style)
            }
        }
    }
}
