/// A script as Markdown: nested lists, labels in bold, described values in italics. Further
/// languages follow each entry on an indented line tagged with the language's code.
public struct MarkdownRenderer: Sendable {
    let wordings: [Wording]
    private let text: TextRenderer

    /// Creates a renderer.
    public init(wordings: [Wording]) {
        self.wordings = wordings
        self.text = TextRenderer(wordings: wordings)
    }

    /// The whole script.
    public func render(_ script: Script) -> String {
        var lines: [String] = []
        lines.append("# " + wordings.map { Self.escape($0.plain(script.title)) }.joined(separator: " / "))
        lines.append("")
        lines += paragraph(wordings.map { $0.segments(script.summary) })
        lines.append("")
        lines += paragraph(wordings.map { text.note(script, $0) })
        if !script.requirements.isEmpty {
            lines += heading("script.who")
            for requirement in script.requirements {
                lines += entry(indent: 0, marker: "-", wordings.map { text.requirementText(requirement, $0) })
            }
        }
        lines += heading("script.steps")
        var number = 0
        lines += items(script.items, indent: 0, number: &number)
        if !script.expectedResults.isEmpty {
            lines += heading("script.expected")
            for result in script.expectedResults { lines += entry(indent: 0, marker: "-", wordings.map { $0.segments(result) }) }
        }
        if !script.handoffs.isEmpty {
            lines += heading("script.handoffs")
            for handoff in script.handoffs { lines += entry(indent: 0, marker: "-", wordings.map { $0.segments(handoff) }) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ id: String) -> [String] {
        ["", "## " + wordings.map { Self.escape($0.string(id)) }.joined(separator: " / "), ""]
    }

    private func paragraph(_ texts: [[ScriptSegment]]) -> [String] {
        texts.enumerated().map { index, segments in
            (index == 0 ? "" : "`\(wordings[index].language.rawValue)` ") + inline(segments, wordings[index]) + (index < texts.count - 1 ? "  " : "")
        }
    }

    private func entry(indent: Int, marker: String, _ texts: [[ScriptSegment]]) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines = [(pad + marker + " " + inline(texts[0], wordings[0])).replacingTrailingSpaces()]
        for index in texts.indices.dropFirst() {
            lines.append(pad + String(repeating: " ", count: marker.count + 1) + "`\(wordings[index].language.rawValue)` " + inline(texts[index], wordings[index]))
        }
        // Hard line breaks between the languages.
        for index in lines.indices.dropLast() { lines[index] += "  " }
        return lines
    }

    private func items(_ items: [ScriptItem], indent: Int, number: inout Int) -> [String] {
        var lines: [String] = []
        for item in items {
            // Numbers are written out, so they run on across branches as in the text and HTML.
            var numbered: [ScriptSegment] = []
            if item.isNumbered {
                number += 1
                numbered = [.value("\(number).")]
            }
            func step(_ segments: [ScriptSegment]) -> [ScriptSegment] {
                numbered.isEmpty ? segments : [.label("\(number).")] + [.text(" ")] + segments
            }
            switch item {
            case .instruction(_, let phrase):
                lines += entry(indent: indent, marker: "-", wordings.map { step($0.segments(phrase)) })
            case .input(_, let phrase, let accepts):
                lines += entry(indent: indent, marker: "-", wordings.map { w in
                    step([.text(w.string("script.ask") + " ")] + w.segments(phrase) + (accepts.map { [.text(" ")] + w.segments($0) } ?? [])) })
            case .answered(_, let question, let answer):
                lines += entry(indent: indent, marker: "-", wordings.map { w in
                    w.segments(question) + [.text(" " + w.string("script.only-answer") + " ")] + w.segments(answer) })
            case .checked(_, let facts, _):
                lines += entry(indent: indent, marker: "-", wordings.map { w in
                    Wording.merged([.text("✓ " + w.string("script.checked") + " ")] + w.facts(facts)) })
            case .refused(_, let phrase):
                lines += entry(indent: indent, marker: "-", wordings.map { [.text("■ " + $0.string("script.refused") + " ")] + $0.segments(phrase) })
            case .end(_, let outcome, let phrase):
                lines += entry(indent: indent, marker: "-", wordings.map { w in
                    [.text("■ " + w.string("walk.outcome." + outcome.rawValue) + w.colon)] + w.segments(phrase) })
            case .goBack(_, _, let title):
                lines += entry(indent: indent, marker: "-", wordings.map { w in
                    [.text("↑ " + w.string("script.go-back") + " ")] + (title.map { w.segments($0) } ?? []) })
            case .fork(let fork):
                let marker = "-"
                lines += entry(indent: indent, marker: marker, wordings.map { step(text.forkHeader(fork, $0)) })
                let inner = indent + marker.count + 1
                if !fork.facts.isEmpty {
                    lines += entry(indent: inner, marker: "-", wordings.map { w in
                        Wording.merged([.text("✓ " + w.string("script.checked") + " ")] + w.facts(fork.facts)) })
                }
                for branch in fork.branches {
                    lines += entry(indent: inner, marker: "-", wordings.map { w in
                        var label: [ScriptSegment] = [.text("→ ")] + w.segments(branch.label)
                        if let onlyWhen = branch.onlyWhen {
                            label += [.text(" (" + w.string("script.only-when") + " ")] + w.segments(onlyWhen) + [.text(")")]
                        }
                        return label
                    })
                    lines += self.items(branch.items, indent: inner + 2, number: &number)
                }
            }
        }
        return lines
    }

    private func inline(_ segments: [ScriptSegment], _ w: Wording) -> String {
        segments.map { segment in
            switch segment {
            case .text(let t), .value(let t): return Self.escape(t)
            case .label(let l): return "**" + Self.escape(l) + "**"
            case .unknown(let u): return "_" + Self.escape(u) + "_"
            }
        }.joined()
    }

    /// Markdown's special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
