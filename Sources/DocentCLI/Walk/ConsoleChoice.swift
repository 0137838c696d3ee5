import DocentKit
import DocentLocalization
import DocentTerminal
import DocentWorkflow
import Foundation

/// Which console a person's walk uses: the full-screen-free terminal UI in a terminal, the
/// line console elsewhere (and with `DOCENT_UI=lines`, or `TERM=dumb`).
enum ConsoleChoice {
    /// Whether the terminal UI can run: stdin and stderr are terminals that understand escapes.
    static func terminalUI(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard isatty(0) == 1, isatty(2) == 1 else { return false }
        if environment["DOCENT_UI"] == "lines" { return false }
        let term = environment["TERM"] ?? ""
        return !term.isEmpty && term != "dumb"
    }

    /// Runs the session on the right console; the terminal is put back on every path.
    static func run(
        _ session: WalkSession, _ start: Walk<Situation>, terminal: Terminal, narrator: Narrator, person: Bool
    ) throws(SessionError) -> Walk<Situation> {
        if person, terminalUI(), let tui = TerminalUI(terminal: terminal, narrator: narrator, styled: terminal.styledErrors) {
            var console = tui
            defer { tui.close() }
            return try session.run(start, console: &console)
        }
        // A person at the line console: Ctrl-C still says it stopped, in their language, and exits 130.
        if person { _ = RawTerminal(stopped: narrator.string("cli.quit"), showsCursor: false) }
        var console = TerminalConsole(terminal: terminal, narrator: narrator)
        return try session.run(start, console: &console)
    }

    /// `text` wrapped at word boundaries to the terminal's width when stdout is the terminal the
    /// UI runs in (continuation lines indented under their first word); unchanged anywhere else.
    static func fitted(_ text: String) -> String {
        guard isatty(1) == 1, terminalUI() else { return text }
        let width = RawTerminal.size().columns - 1
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            guard TextWidth.columns(of: line) > width else { return line }
            let lead = line.prefix { $0 == " " }
            let bullet = line.dropFirst(lead.count).hasPrefix("• ") ? "  " : ""
            let indent = String(lead) + bullet
            let head = String(line.prefix(indent.count))
            let body = String(line.dropFirst(indent.count))
            return TextWidth.wrap(body, width: width - indent.count).enumerated()
                .map { ($0 == 0 ? head : String(repeating: " ", count: indent.count)) + $1 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
