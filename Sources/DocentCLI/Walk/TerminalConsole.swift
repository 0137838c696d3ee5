import DocentKit
import DocentLocalization

/// The walk session's console on the process's streams: screens and hints on stderr, lines from stdin.
struct TerminalConsole: WalkConsole {
    let terminal: Terminal
    let narrator: Narrator

    mutating func show(_ event: WalkEvent) {
        let styled = terminal.styledErrors
        switch event {
        case .screen(let screen):
            terminal.err(render(screen) + terminal.hint("  " + screen.hint, styled: styled) + "\n> ")
        case .instructions(let screens):
            terminal.err(screens.map(render).joined() + terminal.hint("  " + (screens.last?.hint ?? ""), styled: styled) + "\n> ")
        case .answeredAhead(let screen, let answer):
            terminal.err(render(screen) + terminal.hint("> \(answer)", styled: styled) + "\n")
        case .decided(let question, let answer):
            let text = "\n  " + terminal.render(question, styled: styled, quote: narrator.quoted) + "\n"
            terminal.err(text + terminal.hint("  " + narrator.string("cli.decided", ["answer": .string(answer.plainText)]), styled: styled) + "\n")
        case .rejected(let reason):
            terminal.err(reason + "\n> ")
        case .wentBack:
            terminal.err(terminal.hint(narrator.string("cli.went-back"), styled: styled) + "\n")
        case .cannotGoBack:
            terminal.err(narrator.string("cli.cannot-go-back") + "\n> ")
        }
    }

    mutating func readLine() -> String? {
        terminal.readAnswer()
    }

    /// A screen: its number, its words and the numbered choices.
    private func render(_ screen: Screen) -> String {
        let styled = terminal.styledErrors
        var text = "\n" + terminal.hint(narrator.string("cli.step", ["number": .int(screen.number)]), styled: styled) + "\n"
        text += "  " + terminal.render(screen.message, styled: styled, quote: narrator.quoted) + "\n"
        if case .input(_, _?) = screen.kind { text += "  " + narrator.string("cli.options") + "\n" }
        for option in screen.options {
            text += "    \(option.number)) " + terminal.render(option.label, styled: styled, quote: narrator.quoted) + "\n"
        }
        return text
    }
}
