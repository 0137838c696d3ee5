import DocentKit
import DocentLocalization
import DocentWorkflow
import Foundation

/// Runs a walk to its end: answers from flags and files first, then from the person or stdin.
struct WalkDriver {
    /// Where answers that were not given ahead come from.
    enum Input {
        /// A person at a terminal: show each step and read the answer, with back and quit.
        case person
        /// Lines piped to stdin, one answer per prompt.
        case lines
        /// None: a missing answer is an error naming the flag.
        case none
    }

    let narrator: Narrator
    let terminal: Terminal
    let answers: AnswerSet
    let input: Input

    /// Walks until the end; throws `CommandFailure` for a missing or bad answer, or a quit.
    func run(_ start: Walk<Situation>) throws(CommandFailure) -> Walk<Situation> {
        var walk = start
        // Each answer given ahead is used once: a person who goes back over it is asked instead.
        var used: Set<String> = []
        while let prompt = walk.prompt {
            if let given = answers[prompt.step], !used.contains(prompt.step) {
                used.insert(prompt.step)
                if input == .person { show(prompt, number: walk.answers.count + 1, in: walk.state) }
                do {
                    walk = try walk.answering(accept(given.value, for: prompt))
                } catch {
                    throw CommandFailure(message: describe(error, origin: given.origin), status: ExitStatus.badData)
                }
                if input == .person { terminal.err(terminal.hint("> \(given.value)\n", styled: terminal.styledErrors)) }
                continue
            }
            if case .acknowledge = prompt.kind, input != .person {
                walk = (try? walk.answering("ok")) ?? walk
                continue
            }
            switch input {
            case .person:
                show(prompt, number: walk.answers.count + 1, in: walk.state)
                walk = try ask(prompt, in: walk)
            case .lines:
                guard let line = terminal.readAnswer() else {
                    let text = narrator.string("cli.stdin-ended", ["step": .string(prompt.step)])
                    throw CommandFailure(message: "docent: error: " + text, status: ExitStatus.usage)
                }
                do {
                    walk = try walk.answering(accept(line, for: prompt))
                } catch {
                    throw CommandFailure(message: describe(error, origin: "stdin"), status: ExitStatus.badData)
                }
            case .none:
                throw missing(prompt)
            }
        }
        return walk
    }

    private func missing(_ prompt: Prompt) -> CommandFailure {
        let text = narrator.string("cli.missing-answer", ["step": .string(prompt.step)])
        return CommandFailure(message: "docent: error: " + text, status: ExitStatus.usage)
    }

    /// Prints a prompt: its number, its text, the choices and a hint.
    private func show(_ prompt: Prompt, number: Int, in situation: Situation) {
        let styled = terminal.styledErrors
        var text = "\n" + terminal.hint(narrator.string("cli.step", ["number": .int(number)]), styled: styled) + "\n"
        text += "  " + terminal.render(narrator.formatted(prompt.message), styled: styled, quote: narrator.quoted) + "\n"
        switch prompt.kind {
        case .acknowledge:
            text += terminal.hint("  " + narrator.string("cli.press-enter"), styled: styled) + "\n"
        case .choose(let choices):
            for (index, choice) in choices.enumerated() {
                text += "    \(index + 1)) " + terminal.render(narrator.formatted(choice.label), styled: styled, quote: narrator.quoted) + "\n"
            }
            text += terminal.hint("  " + narrator.string("cli.choose"), styled: styled) + "\n"
        case .input(_, let options?):
            text += "  " + narrator.string("cli.options") + "\n"
            for (index, option) in options.enumerated() { text += "    \(index + 1)) \(situation.label(forOption: option))\n" }
            text += terminal.hint("  " + narrator.string("cli.choose"), styled: styled) + "\n"
        case .input(_, nil):
            text += terminal.hint("  " + narrator.string("cli.type-answer"), styled: styled) + "\n"
        case .confirm:
            text += terminal.hint("  " + narrator.string("cli.yes-no"), styled: styled) + "\n"
        }
        terminal.err(text)
    }

    /// Reads answers until one is accepted, or the person goes back or quits.
    private func ask(_ prompt: Prompt, in walk: Walk<Situation>) throws(CommandFailure) -> Walk<Situation> {
        while true {
            terminal.err("> ")
            guard let line = terminal.readAnswer() else {
                terminal.err("\n" + narrator.string("cli.quit") + "\n")
                throw CommandFailure(message: "", status: ExitStatus.interrupted)
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            switch trimmed.lowercased() {
            case "q", "quit":
                terminal.err(narrator.string("cli.quit") + "\n")
                throw CommandFailure(message: "", status: ExitStatus.interrupted)
            case "b", "back":
                do {
                    if let previous = try walk.back() {
                        terminal.err(terminal.hint(narrator.string("cli.went-back"), styled: terminal.styledErrors) + "\n")
                        return previous
                    }
                } catch {
                    throw CommandFailure(message: "docent: error: \(error)", status: ExitStatus.internalError)
                }
                terminal.err(narrator.string("cli.cannot-go-back") + "\n")
                continue
            default:
                break
            }
            do {
                return try walk.answering(accept(trimmed, for: prompt))
            } catch WorkflowError.invalidAnswer(_, _, let problem) {
                terminal.err(narrator.answerProblemText(problem) + "\n")
            } catch {
                throw CommandFailure(message: "docent: error: \(error)", status: ExitStatus.internalError)
            }
        }
    }

    /// Maps what a person types to the canonical answer: a choice's number, localized yes/no words.
    func accept(_ typed: String, for prompt: Prompt) -> String {
        let text = typed.trimmingCharacters(in: .whitespaces)
        switch prompt.kind {
        case .choose(let choices):
            if let n = Int(text), n >= 1, n <= choices.count { return choices[n - 1].value }
            return text
        case .input(_, let options?):
            if let n = Int(text), n >= 1, n <= options.count { return options[n - 1].text }
            return text
        case .confirm:
            let word = text.lowercased()
            if words("cli.yes-words").contains(word) { return "yes" }
            if words("cli.no-words").contains(word) { return "no" }
            return text
        case .acknowledge, .input(_, nil):
            return text
        }
    }

    private func words(_ id: String) -> Set<String> {
        Set(narrator.string(id).lowercased().split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    private func describe(_ error: WorkflowError, origin: String) -> String {
        if case .invalidAnswer(let step, let answer, let problem) = error {
            return "docent: error: \(origin): step '\(step)': '\(answer)': " + narrator.answerProblemText(problem)
        }
        return "docent: error: \(origin): \(error)"
    }
}

extension Narrator {
    /// A catalog message as plain text; the id itself if the catalog cannot format it.
    func string(_ id: String, _ arguments: [String: Argument] = [:]) -> String {
        (try? message(id, arguments).plainText) ?? id
    }

    /// A resolved message, or its id when it cannot be formatted (never expected: validated at load).
    func formatted(_ message: ResolvedMessage) -> FormattedMessage {
        (try? text(message)) ?? FormattedMessage(segments: [.text(message.id)])
    }

    /// A UI label set apart with the language's quotation marks, for output that cannot be bold.
    func quoted(_ label: String) -> String {
        isTerm(label) ? label : string("cli.label", ["label": .string(label)])
    }

    /// The words for a rejected answer.
    func answerProblemText(_ problem: AnswerProblem) -> String {
        (try? answerProblem(problem).plainText) ?? problem.description
    }
}
