import DocentKit
import DocentTerminal
import DocentLocalization
import Foundation

/// The walk session's console in raw mode: lists moved with the arrow keys, an edited input line,
/// a "step n of m" header, answered steps collapsed to one line each, redrawn on resize.
///
/// Everything is drawn on stderr in a live region under the scrollback; once a step is answered
/// the region is replaced by one line saying what was answered, so the scrollback reads as a
/// transcript. Keys: ↑/↓ (and j/k in short lists) move, typing filters long lists (users), Enter
/// accepts the highlighted choice, Esc or ← goes back one step, Ctrl-C and Ctrl-D stop.
final class TerminalUI: WalkConsole {
    /// What is being asked.
    private enum Asking {
        case screen(Screen)
        case group([Screen])
        case changes([FormattedMessage])
    }

    let terminal: Terminal
    let narrator: Narrator
    let styled: Bool
    private let raw: RawTerminal
    private var asking: Asking?
    private var editor = LineEditor()
    private var filter = LineEditor()
    private var highlight = 0
    private var problem: String?
    private var collapsed: [String] = []
    /// The drawn region: each line's columns, and where the cursor was left.
    private var drawn: [Int] = []
    private var cursor = (row: 0, column: 0)
    private var width = 80
    private var rows = 24
    private let yesKeys: Set<Character>
    private let noKeys: Set<Character>
    /// Lists longer than this can be filtered by typing.
    static let filterThreshold = 7

    var groupsInstructions: Bool { true }

    /// Enters raw mode; nil when the terminal refuses it (the line console is used instead).
    init?(terminal: Terminal, narrator: Narrator, styled: Bool) {
        self.terminal = terminal
        self.narrator = narrator
        self.styled = styled
        raw = RawTerminal(stopped: narrator.string("cli.quit"))
        let yes = narrator.words("cli.yes-words").union(["y", "yes"])
        let no = narrator.words("cli.no-words").union(["n", "no"])
        let yesInitials = Set(yes.compactMap { $0.lowercased().first })
        let noInitials = Set(no.compactMap { $0.lowercased().first })
        yesKeys = yesInitials.subtracting(noInitials).union(["y"])
        noKeys = noInitials.subtracting(yesInitials).union(["n"])
        guard raw.enter() else { return nil }
        (width, rows) = RawTerminal.size()
    }

    /// Clears the live region, shows the cursor and puts the terminal back.
    func close() {
        flushCollapsed()
        erase()
        asking = nil
        terminal.err("\u{1B}[?25h")
        raw.restore()
    }

    // MARK: Events

    func show(_ event: WalkEvent) {
        switch event {
        case .screen(let screen):
            flushCollapsed()
            if case .screen(let previous)? = asking, previous.step == screen.step, previous.number == screen.number {
                // Asked again (a change declined): what was typed stays.
            } else {
                reset()
            }
            asking = .screen(screen)
            draw()
        case .instructions(let screens):
            flushCollapsed()
            reset()
            asking = .group(screens)
            draw()
        case .answeredAhead(let screen, let answer):
            flushCollapsed()
            print([line(for: screen, answer: answer)])
        case .decided(let question, let answer):
            flushCollapsed()
            let text = "  · " + plain(question) + " → " + answer.plainText
            print([TextWidth.truncate(text, to: width - 1)])
        case .rejected(let reason):
            collapsed = []
            problem = reason
            draw()
        case .wentBack:
            collapsed = []
            asking = nil
            erase()
            print([dim("  ↩ " + narrator.string("cli.went-back"))])
        case .cannotGoBack:
            collapsed = []
            problem = narrator.string("cli.cannot-go-back")
            draw()
        }
    }

    private func reset() {
        editor.clear()
        filter.clear()
        highlight = 0
        problem = nil
    }

    /// Prints the answered step's lines for good.
    private func flushCollapsed() {
        guard !collapsed.isEmpty else { return }
        let lines = collapsed
        collapsed = []
        asking = nil
        print(lines)
    }

    /// Writes lines above the live region, for good.
    private func print(_ lines: [String]) {
        erase()
        terminal.err(lines.map { $0 + "\n" }.joined())
        draw()
    }

    // MARK: Reading

    func readLine() -> String? {
        while true {
            guard let key = Key.read() else { return nil }
            if key == .resize {
                draw(resized: true)
                continue
            }
            if key == .interrupt { return nil }
            guard let asking else { continue }
            switch asking {
            case .group(let screens):
                switch key {
                case .enter:
                    collapsed = screens.map { line(for: $0, answer: nil) }
                    return ""
                case .escape, .left: return "back"
                case .endOfInput: return nil
                default: continue
                }
            case .screen(let screen):
                if let answer = read(key, at: screen) { return answer.isEmpty && key == .endOfInput ? nil : answer }
            case .changes:
                continue
            }
        }
    }

    /// Applies a key to a prompt; the answer text when the key answers it.
    private func read(_ key: Key, at screen: Screen) -> String? {
        switch screen.kind {
        case .acknowledge:
            switch key {
            case .enter:
                collapsed = [line(for: screen, answer: nil)]
                return ""
            case .escape, .left: return "back"
            case .endOfInput: return ""
            default: return nil
            }
        case .confirm:
            let choices = [("yes", narrator.string("common.yes")), ("no", narrator.string("common.no"))]
            var chosen: Int?
            switch key {
            case .character(let c) where yesKeys.contains(Character(c.lowercased())): chosen = 0
            case .character(let c) where noKeys.contains(Character(c.lowercased())): chosen = 1
            case .up, .down, .tab: highlight = 1 - min(highlight, 1); draw()
            case .enter: chosen = highlight
            case .escape, .left: return "back"
            case .endOfInput: return ""
            default: break
            }
            guard let chosen else { return nil }
            collapsed = [line(for: screen, answer: choices[chosen].1)]
            return choices[chosen].0
        case .choose, .input(_, _?):
            return readList(key, screen: screen)
        case .input(_, nil):
            switch key {
            case .enter:
                collapsed = [line(for: screen, answer: editor.text)]
                return editor.text
            case .escape: return "back"
            case .left where editor.text.isEmpty: return "back"
            case .endOfInput where editor.text.isEmpty: return ""
            default:
                if editor.apply(key) {
                    problem = nil
                    draw()
                }
                return nil
            }
        }
    }

    private func readList(_ key: Key, screen: Screen) -> String? {
        let filterable = Self.filterable(screen)
        let shown = visible(screen)
        switch key {
        case .up: highlight = max(0, highlight - 1)
        case .down: highlight = min(max(0, shown.count - 1), highlight + 1)
        case .character("k") where !filterable: highlight = max(0, highlight - 1)
        case .character("j") where !filterable: highlight = min(max(0, shown.count - 1), highlight + 1)
        case .home where !filterable || filter.text.isEmpty: highlight = 0
        case .end where !filterable || filter.text.isEmpty: highlight = max(0, shown.count - 1)
        case .pageUp: highlight = max(0, highlight - listRows(screen))
        case .pageDown: highlight = min(max(0, shown.count - 1), highlight + listRows(screen))
        case .character(let c) where !filterable && c.isNumber:
            if let number = c.wholeNumberValue, let index = shown.firstIndex(where: { $0.number == number }) { highlight = index }
        case .enter:
            guard shown.indices.contains(highlight) else { return nil }
            let option = shown[highlight]
            collapsed = [line(for: screen, answer: render(option.label, bold: false))]
            return option.value
        case .escape where filterable && !filter.text.isEmpty:
            filter.clear()
            highlight = 0
        case .escape, .left: return "back"
        case .endOfInput: return ""
        default:
            guard filterable, key != .tab, filter.apply(key) else { return nil }
            highlight = 0
            problem = nil
        }
        draw()
        return nil
    }

    // MARK: Confirming changes

    func confirm(_ changes: [FormattedMessage]) -> Bool? {
        let before = asking
        let kept = collapsed
        asking = .changes(changes)
        highlight = 0
        draw()
        defer { highlight = 0 }
        while true {
            guard let key = Key.read() else { return nil }
            var answer: Bool?
            switch key {
            case .resize: draw(resized: true)
            case .interrupt, .endOfInput: return nil
            case .character(let c) where yesKeys.contains(Character(c.lowercased())): answer = true
            case .character(let c) where noKeys.contains(Character(c.lowercased())): answer = false
            case .up, .down, .tab: highlight = 1 - min(highlight, 1); draw()
            case .enter: answer = highlight == 0
            case .escape, .left: answer = false
            default: break
            }
            guard let answer else { continue }
            if answer {
                collapsed = kept + changes.flatMap { change in
                    TextWidth.wrap(plain(change), width: width - 7).enumerated().map { ($0 == 0 ? "    • " : "      ") + $1 }
                }
            } else {
                collapsed = []
                asking = before
            }
            return answer
        }
    }

    // MARK: Drawing

    private static func filterable(_ screen: Screen) -> Bool {
        if case .input(_, _?) = screen.kind { return true }
        return screen.options.count > filterThreshold
    }

    private func visible(_ screen: Screen) -> [Screen.Option] {
        let wanted = Self.fold(filter.text)
        guard !wanted.isEmpty else { return screen.options }
        return screen.options.filter { Self.fold($0.label.plainText).contains(wanted) }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    private func listRows(_ screen: Screen) -> Int { max(3, rows - 8 - messageLines(screen.message).count) }

    private func header(_ screen: Screen, last: Int? = nil) -> String {
        guard let total = screen.total else { return narrator.string("cli.step", ["number": .int(screen.number)]) }
        if let last, last != screen.number {
            return narrator.string("cli.steps-of", ["first": .int(screen.number), "last": .int(last), "total": .int(max(total, last))])
        }
        return narrator.string("cli.step-of", ["number": .int(screen.number), "total": .int(max(total, screen.number))])
    }

    private func messageLines(_ message: FormattedMessage, indent: String = "  ") -> [String] {
        TextWidth.wrap(render(message, bold: true), width: width - 1 - TextWidth.columns(of: indent)).map { indent + $0 }
    }

    /// The region's lines and where the cursor goes (nil: hidden).
    private func region() -> (lines: [String], cursor: (row: Int, column: Int)?) {
        guard let asking else { return ([], nil) }
        var lines: [String] = []
        var at: (row: Int, column: Int)?
        var keys = ""
        switch asking {
        case .group(let screens):
            if let first = screens.first { lines.append(dim(header(first, last: screens.last?.number))) }
            for screen in screens {
                let text = messageLines(screen.message, indent: "     ")
                let mark = "  \(screen.number)."
                lines += text.enumerated().map { index, line in index == 0 ? mark + String(line.dropFirst(mark.count)) : line }
            }
            keys = narrator.string("cli.tui.keys-done")
        case .changes(let changes):
            lines.append(bold(narrator.string("cli.tui.changes")))
            for change in changes { lines += messageLines(change, indent: "    ").enumerated().map { $0 == 0 ? "  • " + $1.dropFirst(4) : $1 } }
            lines.append("  " + narrator.string("cli.tui.apply"))
            lines += choiceLines([narrator.string("common.yes"), narrator.string("common.no")])
            keys = yesNoKeys()
        case .screen(let screen):
            lines.append(dim(header(screen)))
            lines += messageLines(screen.message)
            switch screen.kind {
            case .acknowledge:
                keys = narrator.string("cli.tui.keys-done")
            case .confirm:
                if !screen.preview.isEmpty {
                    lines.append("  " + narrator.string("cli.tui.if-yes"))
                    for change in screen.preview { lines += messageLines(change, indent: "    ").enumerated().map { $0 == 0 ? "  • " + $1.dropFirst(4) : $1 } }
                }
                lines += choiceLines([narrator.string("common.yes"), narrator.string("common.no")])
                keys = yesNoKeys()
            case .choose, .input(_, _?):
                let filterable = Self.filterable(screen)
                let shown = visible(screen)
                highlight = min(highlight, max(0, shown.count - 1))
                if filterable {
                    let prompt = "  " + narrator.string("cli.tui.filter") + " "
                    lines.append(prompt + filter.text)
                    at = (lines.count - 1, TextWidth.columns(of: prompt + filter.beforeCursor))
                }
                if shown.isEmpty { lines.append("    " + narrator.string("cli.tui.no-match")) }
                let window = listRows(screen)
                let start = max(0, min(highlight - window / 2, shown.count - window))
                let slice = shown.enumerated().dropFirst(start).prefix(window)
                if start > 0 { lines.append(dim("    ↑")) }
                for (index, option) in slice {
                    lines.append(choiceLine("\(option.number)) " + render(option.label, bold: false), highlighted: index == highlight))
                }
                if start + window < shown.count { lines.append(dim("    ↓ \(shown.count - start - window)")) }
                keys = narrator.string(filterable ? "cli.tui.keys-filter" : "cli.tui.keys-list")
            case .input(_, nil):
                let prompt = "  > "
                lines.append(prompt + editor.text)
                at = (lines.count - 1, TextWidth.columns(of: prompt + editor.beforeCursor))
                keys = narrator.string("cli.tui.keys-input")
            }
        }
        if let problem { lines += TextWidth.wrap(problem, width: width - 3).map { "  " + red($0) } }
        lines.append(dim("  " + keys))
        return (lines, at)
    }

    private func yesNoKeys() -> String {
        let yes = yesKeys.subtracting(["y"]).sorted().first.map { "\($0)" } ?? "y"
        let no = noKeys.subtracting(["n"]).sorted().first.map { "\($0)" } ?? "n"
        return narrator.string("cli.tui.keys-yes-no", ["yes": .string(yes), "no": .string(no)])
    }

    private func choiceLines(_ labels: [String]) -> [String] {
        labels.enumerated().map { choiceLine($1, highlighted: $0 == highlight) }
    }

    private func choiceLine(_ text: String, highlighted: Bool) -> String {
        guard highlighted else { return "    " + text }
        return styled ? "  \u{1B}[36m›\u{1B}[39m \u{1B}[7m" + text + "\u{1B}[27m" : "  › " + text
    }

    /// Moves to the top of the drawn region and clears it. After a resize the terminal may have
    /// rewrapped the lines: each takes as many rows as its columns need at the new width.
    private func erase(resized: Bool = false) {
        guard !drawn.isEmpty else { return }
        var up = 0
        for row in 0..<min(cursor.row, drawn.count) { up += max(1, (drawn[row] + width - 1) / max(width, 1)) }
        up += cursor.column / max(width, 1)
        terminal.err((up > 0 ? "\u{1B}[\(up)A" : "") + "\r\u{1B}[J")
        drawn = []
        cursor = (0, 0)
    }

    private func draw(resized: Bool = false) {
        if resized { (width, rows) = RawTerminal.size() }
        erase(resized: resized)
        var (lines, at) = region()
        guard !lines.isEmpty else { return }
        lines = lines.map { TextWidth.truncate($0, to: width - 1) }
        if lines.count > rows - 1 {
            let cut = lines.count - (rows - 1)
            lines.removeFirst(cut)
            at = at.map { ($0.row - cut, $0.column) }
        }
        var out = "\u{1B}[?25l" + lines.joined(separator: "\n")
        let last = lines.count - 1
        if let at, at.row >= 0 {
            if last - at.row > 0 { out += "\u{1B}[\(last - at.row)A" }
            out += "\r" + (at.column > 0 ? "\u{1B}[\(at.column)C" : "") + "\u{1B}[?25h"
            cursor = (at.row, at.column)
        } else {
            cursor = (last, TextWidth.columns(of: lines[last]))
        }
        drawn = lines.map { TextWidth.columns(of: $0) }
        terminal.err(out)
    }

    // MARK: Text

    private func line(for screen: Screen, answer: String?) -> String {
        let mark = styled ? "\u{1B}[32m✓\u{1B}[39m" : "✓"
        let question = plain(screen.message).split(separator: "\n").first.map(String.init) ?? ""
        let text = "  \(mark) \(screen.number). " + question + (answer.map { " → " + ($0.isEmpty ? "—" : $0) } ?? "")
        guard let answer, !answer.isEmpty else { return TextWidth.truncate(text, to: width - 1) }
        // Keep the answer whole: cut the question instead.
        let tail = " → " + answer
        let head = TextWidth.truncate("  \(mark) \(screen.number). " + question, to: max(10, width - 1 - TextWidth.columns(of: tail)))
        return head + tail
    }

    private func render(_ message: FormattedMessage, bold: Bool) -> String {
        terminal.render(message, styled: styled && bold, quote: narrator.quoted)
    }

    private func plain(_ message: FormattedMessage) -> String {
        terminal.render(message, styled: false, quote: narrator.quoted)
    }

    private func dim(_ text: String) -> String { styled ? "\u{1B}[2m" + text + "\u{1B}[22m" : text }
    private func bold(_ text: String) -> String { styled ? "\u{1B}[1m" + text + "\u{1B}[22m" : text }
    private func red(_ text: String) -> String { styled ? "\u{1B}[31m" + text + "\u{1B}[39m" : text }
}
