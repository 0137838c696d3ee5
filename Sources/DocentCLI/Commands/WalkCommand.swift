import ArgumentParser
import DocentKit
import DocentLocalization
import DocentModel
import DocentWorkflow
import Foundation

/// `docent walk`: a guided walkthrough of one procedure against an account.
struct WalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walk",
        abstract: "Walk through a procedure step by step.",
        discussion: """
            In a terminal, each step is shown and answered in turn (b goes back one step, q stops). \
            Otherwise answers come from --answer and --answers, then from lines on stdin; with \
            --no-input a missing answer is an error naming the step. Instructions need no answer \
            when not in a terminal.
            """
    )

    @ArgumentParser.Argument(help: "The procedure's id (see `docent list`).")
    var procedure: String

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("A demo account id (see `docent accounts`) or an account JSON file.", valueName: "demo-or-file"))
    var account: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("The acting user's email (default: the account's Super Admin or owner).", valueName: "user"))
    var actor: String?

    @Option(help: ArgumentHelp("Today's date, YYYY-MM-DD (default: the system's date, UTC).", valueName: "date"))
    var today: String?

    @Option(name: .customLong("answer"), help: ArgumentHelp("Answer a step ahead: STEP=VALUE (repeatable).", valueName: "step=value"))
    var answerFlags: [String] = []

    @Option(name: .customLong("answers"), help: ArgumentHelp("A file of answers: lines step=value, or a JSON object.", valueName: "file"))
    var answersFile: String?

    @Flag(help: "Never prompt: a missing answer is an error.")
    var noInput = false

    @Flag(help: "Print the transcript, the outcome and the account's changes as JSON on stdout.")
    var json = false

    @Flag(help: "Write the changed account back to the --account file (atomically).")
    var save = false

    func run() throws {
        try reportingFailures { try walk() }
    }

    private func walk() throws {
        let terminal = Terminal.current()
        let language = try language.resolve()
        let library = try Loading.library()
        let narrator = Narrator(catalogs: library.catalogs, language: language)
        let date = try Self.date(today)
        let loaded = try Loading.account(account ?? library.defaultDemo, in: library, narrator: narrator)
        if save && loaded.isDemo {
            throw CommandFailure(message: "docent: error: --save needs --account FILE; demo accounts are never changed on disk", status: ExitStatus.usage)
        }
        let answers = try AnswerSet.parse(flags: answerFlags, file: answersFile, currentDirectory: Loading.currentDirectory)
        let start: Walk<Situation>
        do {
            start = try library.startWalk(procedure, on: loaded, as: actor, today: date)
        } catch let error as KitError {
            throw Loading.failure(error, narrator: narrator, file: loaded.isDemo ? nil : loaded.file)
        }
        let input: WalkDriver.Input = noInput ? .none : (terminal.interactiveInput ? .person : .lines)
        let definition = start.definition
        if input == .person {
            let title = narrator.string(definition.title.id)
            terminal.err(terminal.render(
                (try? narrator.message("cli.walking", ["title": .string(title), "account": .string(loaded.account.name), "actor": .string(start.state.actor)]))
                    ?? FormattedMessage(segments: [.text(title)]), styled: terminal.styledErrors) + "\n")
        }
        let driver = WalkDriver(narrator: narrator, terminal: terminal, answers: answers, input: input)
        let finished = try driver.run(start)

        let unused = answers.unused(visited: Set(finished.transcript.map(\.step)))
        if !unused.isEmpty {
            terminal.err("docent: warning: answers for steps this walk did not reach: \(unused.joined(separator: ", "))\n")
        }
        if save, finished.state.account != loaded.account {
            do {
                try AccountStore.save(finished.state.account, to: URL(fileURLWithPath: loaded.file, relativeTo: Loading.currentDirectory))
                terminal.err(narrator.string("cli.saved", ["file": .string(loaded.file)]) + "\n")
            } catch {
                throw CommandFailure(message: "\(loaded.file): error: cannot save the account: \(error)", status: ExitStatus.internalError)
            }
        }
        let report = try WalkReport(walk: finished, account: loaded.name, narrator: narrator)
        if json {
            try terminal.outJSON(report)
        } else {
            if input != .person { terminal.out(Self.walkthrough(finished, narrator: narrator, terminal: terminal)) }
            terminal.out(Self.summary(report, finished: finished, narrator: narrator, terminal: terminal))
        }
        if finished.ending?.outcome != .completed { throw CommandFailure(message: "", status: ExitStatus.notCompleted) }
    }

    /// The steps a scripted walk went through, numbered, each with its answer: the guide to follow.
    static func walkthrough(_ walk: Walk<Situation>, narrator: Narrator, terminal: Terminal) -> String {
        let styled = terminal.styledOutput
        var text = terminal.render(FormattedMessage(segments: [.label(narrator.string(walk.definition.title.id))]), styled: styled, quote: narrator.quoted) + "\n"
        var number = 0
        for entry in walk.transcript {
            guard let message = entry.message, let step = walk.definition.step(entry.step), step.isPrompt else { continue }
            number += 1
            text += "\(number). " + terminal.render(narrator.formatted(message), styled: styled, quote: narrator.quoted) + "\n"
            guard let answer = entry.answer, entry.kind != "instruction" else { continue }
            text += "   → " + answerText(answer, step: step, narrator: narrator) + "\n"
        }
        return text
    }

    /// An answer as the person would say it: a choice's label, yes or no in the language, or the value.
    static func answerText(_ answer: String, step: Step, narrator: Narrator) -> String {
        switch step.kind {
        case .question(_, _, let choices):
            if let choice = choices.first(where: { $0.value == answer }), choice.label.arguments.isEmpty {
                return narrator.string(choice.label.id)
            }
        case .confirm:
            return narrator.string(answer == "yes" ? "common.yes" : "common.no")
        default:
            break
        }
        return answer
    }

    /// The human-readable end of a walk: outcome, final message or refusal, and the changes.
    static func summary(_ report: WalkReport, finished: Walk<Situation>, narrator: Narrator, terminal: Terminal) -> String {
        let styled = terminal.styledOutput
        var text = ""
        if let ending = finished.ending {
            let outcome = narrator.string("walk.outcome." + ending.outcome.rawValue)
            text += narrator.string("cli.outcome", ["outcome": .string(outcome)]) + "\n"
            if let message = ending.message {
                text += terminal.render(narrator.formatted(message), styled: styled, quote: narrator.quoted) + "\n"
            }
            if let failure = ending.failure, ending.message == nil || ending.outcome == .refused,
                let refusal = try? narrator.refusal(failure.error)
            {
                if ending.message.map({ narrator.formatted($0) }) != refusal {
                    text += terminal.render(refusal, styled: styled, quote: narrator.quoted) + "\n"
                }
            }
        }
        for change in report.changes {
            text += "  \(change.path): \(Self.show(change.before)) → \(Self.show(change.after))\n"
        }
        return text
    }

    private static func show(_ value: JSONValue?) -> String {
        guard let value else { return "—" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }

    /// Parses `--today`, or takes the system's date in UTC.
    static func date(_ text: String?) throws(CommandFailure) -> CalendarDate {
        guard let text else {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            if let year = parts.year, let month = parts.month, let day = parts.day,
                let date = CalendarDate(year: year, month: month, day: day)
            {
                return date
            }
            throw CommandFailure(message: "docent: error: cannot read the system date; pass --today", status: ExitStatus.internalError)
        }
        guard let date = CalendarDate(iso: text) else {
            throw CommandFailure(message: "docent: error: --today '\(text)': expected a date like 2026-11-22", status: ExitStatus.usage)
        }
        return date
    }
}
