import ArgumentParser
import DocentKit
import DocentLocalization
import DocentModel
import DocentTerminal
import DocentWorkflow
import Foundation

/// `docent walk`: a guided walkthrough of one procedure against an account.
struct WalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walk",
        abstract: "Walk through a procedure step by step.",
        discussion: """
            In a terminal, each step is shown and answered in turn: arrow keys and Enter choose, Esc \
            goes back one step, Ctrl-C stops (DOCENT_UI=lines: typed answers, b back, q stop). \
            Otherwise answers come from --answer and --answers, then from lines on stdin; with \
            --no-input a missing answer is an error naming the step. Instructions need no answer \
            when not in a terminal. A walk that does not complete changes nothing.
            """
    )

    @ArgumentParser.Argument(
        help: "The procedure's id (see `docent list`); with --definition, the draft's id or nothing.",
        completion: .custom { _ in Completions.procedures() })
    var procedure: String?

    @Option(help: ArgumentHelp("Walk a draft folder written by `docent import --draft` instead of a bundled procedure.", valueName: "dir"),
            completion: .directory)
    var definition: String?

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("A demo account id (see `docent accounts`) or an account JSON file.", valueName: "demo-or-file"),
            completion: .custom { _ in Completions.accounts() })
    var account: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("The acting user's email (default: the account's Super Admin or owner).", valueName: "user"))
    var actor: String?

    @Option(help: ArgumentHelp("Today's date, YYYY-MM-DD (default: the system's date, UTC); renewals due by then apply.", valueName: "date"))
    var today: String?

    @Option(name: .customLong("answer"), help: ArgumentHelp("Answer a step ahead: STEP=VALUE (repeatable).", valueName: "step=value"))
    var answerFlags: [String] = []

    @Option(name: .customLong("answers"), help: ArgumentHelp("A file of answers: lines step=value, or a JSON object.", valueName: "file"))
    var answersFile: String?

    @Flag(help: "Never prompt: a missing answer is an error.")
    var noInput = false

    @Flag(help: "Print the transcript, the outcome and the account's changes as JSON on stdout.")
    var json = false

    @Flag(help: "Write the changed account back to the --account file (atomically) when the walk completes.")
    var save = false

    @Option(help: ArgumentHelp("Keep the account in this workspace folder across walks (default: $DOCENT_WORKSPACE; none: a fresh copy).", valueName: "dir"),
            completion: .directory)
    var workspace: String?

    @Flag(help: "Continue the workspace's interrupted walk from its last answered step.")
    var resume = false

    @Flag(help: "No colour or bold, even in a terminal (as NO_COLOR).")
    var noColor = false

    func run() throws {
        try reportingFailures(lang: language.lang) { try walk() }
    }

    private func walk() throws {
        let terminal = Terminal.current(noColor: noColor)
        let library = try Loading.library()
        let draft = try definition.map { try Loading.draft($0, in: library) }
        let place = try openWorkspace(library: library, terminal: terminal)
        let resumed = try resume ? place.map { try $0.resumePoint(narrator: Narrator(catalogs: library.catalogs, language: self.language.resolve())) } : nil
        // A draft speaks its article's language unless another is asked for; a resumed walk, its own.
        let language = self.language.lang == nil && draft != nil ? draft?.language ?? .en
            : self.language.lang == nil && resumed != nil ? Language(rawValue: resumed?.language ?? "") ?? .en : try self.language.resolve()
        var catalogs = library.catalogs
        if let draft { catalogs = ([draft.catalog] + draft.translations).reduce(catalogs) { $0.supplemented(with: $1) } }
        let narrator = Narrator(catalogs: catalogs, language: language)
        guard let procedure = draft?.definition.id ?? resumed?.procedure ?? procedure else {
            throw CommandFailure(message: "docent: error: " + narrator.string("cli.no-procedure"), status: ExitStatus.usage)
        }
        if let draft, let named = self.procedure, named != draft.definition.id {
            let words = narrator.string("cli.draft-mismatch", [
                "folder": .string(definition ?? ""), "draft": .string(draft.definition.id), "named": .string(named),
            ])
            throw CommandFailure(message: "docent: error: " + words, status: ExitStatus.usage)
        }
        if let resumed, resumed.procedure != procedure {
            throw CommandFailure(message: "docent: error: " + narrator.string("cli.resume-other", ["procedure": .string(resumed.procedure)]), status: ExitStatus.usage)
        }
        let system = try resumed.flatMap { CalendarDate(iso: $0.today) } ?? Self.date(today, narrator: narrator)
        let date = today == nil ? place?.date(after: system) ?? system : system
        let loaded = try place?.account ?? Loading.account(account ?? library.defaultDemo, in: library, narrator: narrator)
        if save && place != nil {
            throw CommandFailure(message: "docent: error: --save writes an --account file; a workspace keeps its account itself", status: ExitStatus.usage)
        }
        if save && loaded.isDemo {
            throw CommandFailure(message: "docent: error: " + narrator.string("cli.save-needs-file"), status: ExitStatus.usage)
        }
        let start: Walk<Situation>
        do {
            let first = try draft.map { try library.startWalk($0.definition, on: loaded, as: actor ?? resumed?.actor, today: date) }
                ?? library.startWalk(procedure, on: loaded, as: actor ?? resumed?.actor, today: date)
            start = try resumed.map { try place?.replay($0, from: first, narrator: narrator) ?? first } ?? first
        } catch let error as KitError {
            throw Loading.failure(error, narrator: narrator, file: loaded.isDemo ? nil : loaded.file)
        } catch let error as WorkflowError {
            throw CommandFailure(message: "docent: error: " + narrator.string("error.internal", ["detail": .string("\(error)")]), status: ExitStatus.internalError)
        }
        let input: WalkSession.Input = noInput ? .none : (terminal.interactiveInput ? .person : .lines)
        if input == .person {
            let title = narrator.string(start.definition.title.id)
            let header = (try? narrator.message("cli.walking", ["title": .string(title), "account": .string(loaded.account.name), "actor": .string(start.state.actor)]))
                ?? FormattedMessage(segments: [.text(title)])
            // Wrapped at word boundaries to the terminal's width, like every screen after it.
            let width = max(20, RawTerminal.size().columns)
            for line in TextWidth.wrap(header.plainText, width: width) { terminal.err(line + "\n") }
        }
        let finished: Walk<Situation>
        var session: WalkSession
        try place?.begin(start, language: language, resumed: resumed?.run)
        if resumed != nil, input == .person {
            terminal.err(narrator.string("cli.resuming", ["number": .int(start.answers.count + 1)]) + "\n")
        }
        do {
            let given = try GivenAnswers.parse(flags: answerFlags, file: answersFile, relativeTo: Loading.currentDirectory, words: narrator)
            session = WalkSession(narrator: narrator, given: given, input: input)
            if let place { session.onProgress = { place.progress($0) } }
            finished = try ConsoleChoice.run(session, start, terminal: terminal, narrator: narrator, person: input == .person)
        } catch {
            if error.kind == .interrupted {
                place?.abandon()
                terminal.err("\n" + narrator.string("cli.quit") + "\n")
                if place != nil { terminal.err(narrator.string("cli.resume-hint") + "\n") }
            }
            throw CommandFailure(message: error.message, status: Self.status(of: error.kind))
        }
        try place?.finish(finished)
        if let warning = session.unusedWarning(for: finished) { terminal.err(warning + "\n") }
        let kept = finished.ending?.keepsEffects ?? false
        if save {
            if !kept {
                terminal.err(narrator.string("cli.not-saved", ["file": .string(loaded.file)]) + "\n")
            } else if finished.state.account != loaded.account {
                do {
                    try AccountStore.save(finished.state.account, to: URL(fileURLWithPath: loaded.file, relativeTo: Loading.currentDirectory))
                    terminal.err(narrator.string("cli.saved", ["file": .string(loaded.file)]) + "\n")
                } catch {
                    let words = narrator.string("cli.save-failed", ["detail": .string("\(error)")])
                    throw CommandFailure(message: "\(loaded.file): error: " + words, status: ExitStatus.internalError)
                }
            }
        }
        if json {
            try terminal.outJSON(try WalkReport(walk: finished, account: loaded.name, original: loaded.account, narrator: narrator))
        } else {
            let story = WalkStory(finished, original: loaded.account, narrator: narrator)
            if input != .person { try terminal.out(Self.walkthrough(story, narrator: narrator, terminal: terminal)) }
            try terminal.out(input == .person ? ConsoleChoice.fitted(Self.summary(story, narrator: narrator, terminal: terminal))
                : Self.summary(story, narrator: narrator, terminal: terminal))
        }
        if finished.ending?.outcome != .completed { throw CommandFailure(message: "", status: ExitStatus.notCompleted) }
    }

    /// The exit code of a session failure.
    static func status(of kind: SessionError.Kind) -> ExitCode {
        switch kind {
        case .usage: return ExitStatus.usage
        case .badData: return ExitStatus.badData
        case .missingInput: return ExitStatus.missingInput
        case .interrupted: return ExitStatus.interrupted
        case .internalError: return ExitStatus.internalError
        }
    }

    /// The steps a scripted walk went through, numbered, each with its answer: the guide to follow.
    static func walkthrough(_ story: WalkStory, narrator: Narrator, terminal: Terminal) -> String {
        let styled = terminal.styledOutput
        var text = terminal.render(FormattedMessage(segments: [.label(story.title)]), styled: styled, quote: narrator.quoted) + "\n"
        for line in story.lines {
            text += "\(line.number). " + terminal.render(line.message, styled: styled, quote: narrator.quoted) + "\n"
            guard let answer = line.answer else { continue }
            text += "   → " + answer + "\n"
        }
        return text
    }

    /// The end of a walk: outcome, final message or refusal, and what changed, in sentences.
    static func summary(_ story: WalkStory, narrator: Narrator, terminal: Terminal) -> String {
        let styled = terminal.styledOutput
        var text = narrator.string("cli.outcome", ["outcome": .string(story.outcome)]) + "\n"
        if let message = story.message { text += terminal.render(message, styled: styled, quote: narrator.quoted) + "\n" }
        if let refusal = story.refusal { text += terminal.render(refusal, styled: styled, quote: narrator.quoted) + "\n" }
        if !story.changes.isEmpty {
            text += narrator.string("cli.changes") + "\n"
            for change in story.changes { text += "  • " + terminal.render(change, styled: styled, quote: narrator.quoted) + "\n" }
        }
        return text
    }

    /// Parses `--today`, or takes the system's date in UTC.
    static func date(_ text: String?, narrator: Narrator? = nil) throws(CommandFailure) -> CalendarDate {
        guard let text else {
            // Today in UTC, from the clock alone: no time-zone database to load at start.
            return CalendarDate(utcSecondsSince1970: Date().timeIntervalSince1970)
        }
        guard let date = CalendarDate(iso: text) else {
            let words = narrator?.string("cli.bad-date", ["value": .string(text)]) ?? "--today \(text): expected a date like 2026-11-22."
            throw CommandFailure(message: "docent: error: " + words, status: ExitStatus.usage)
        }
        return date
    }

    /// The workspace named by `--workspace` or `DOCENT_WORKSPACE`, opened and locked; nil without one.
    private func openWorkspace(library: DocentLibrary, terminal: Terminal) throws -> WalkWorkspace? {
        let environment = ProcessInfo.processInfo.environment
        guard let directory = Workspace.chosen(flag: workspace, environment: environment, relativeTo: Loading.currentDirectory) else {
            if resume {
                let words = Narrator(catalogs: library.catalogs, language: try language.resolve())
                throw CommandFailure(message: "docent: error: " + words.string("cli.resume-needs-workspace"), status: ExitStatus.usage)
            }
            return nil
        }
        let words = Narrator(catalogs: library.catalogs, language: try language.resolve())
        return try WalkWorkspace.open(directory, account: account, library: library, narrator: words, terminal: terminal)
    }
}
