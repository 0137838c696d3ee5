import ArgumentParser
import DocentKit
import DocentLocalization
import DocentModel
import DocentScript
import Foundation

extension ScriptFormat: ExpressibleByArgument {}

/// `docent script`: a procedure as a support agent's script, in one or more languages.
struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Print a procedure as a support agent's call script.",
        discussion: """
            Who may do it, the numbered steps with the question to ask at each fork, the expected \
            result and the hand-offs. With --account, only the branches that apply to that account \
            are kept, with the facts that decided them. HTML pages are live call guides.
            """)

    @ArgumentParser.Argument(help: ArgumentHelp("The procedure's id (see `docent list`).", valueName: "procedure"))
    var procedure: String?

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("Languages side by side, the first leading: e.g. fr,en.", valueName: "langs"))
    var langs: String?

    @Option(help: ArgumentHelp("Narrow to a demo account id or an account JSON file.", valueName: "demo-or-file"))
    var account: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("The acting user's email, with --account (default: the account's Super Admin or owner).", valueName: "user"))
    var actor: String?

    @Option(help: ArgumentHelp("Today's date, YYYY-MM-DD, with --account (default: the system's date, UTC).", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("text, markdown or html.", valueName: "format"))
    var format: ScriptFormat = .text

    @Flag(help: "Write every procedure's page and an index page per language into --output.")
    var all = false

    @Option(help: ArgumentHelp("The folder --all writes into (created if needed).", valueName: "dir"))
    var output: String?

    func validate() throws {
        if all {
            guard output != nil else { throw ValidationError("--all needs --output DIR") }
            guard procedure == nil else { throw ValidationError("--all takes no procedure") }
        } else {
            guard procedure != nil else { throw ValidationError("missing the procedure (see `docent list`), or --all") }
            guard output == nil else { throw ValidationError("--output goes with --all") }
        }
        if actor != nil && account == nil { throw ValidationError("--as needs --account") }
    }

    func run() throws {
        try reportingFailures(lang: language.lang) { try script() }
    }

    /// The languages: `--langs`, else `--lang` or the environment.
    static func languages(_ list: String) throws(CommandFailure) -> [Language] {
        var languages: [Language] = []
        for code in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let language = Language(rawValue: code) else {
                throw CommandFailure(message: "docent: error: --langs: '\(code)' is not a supported language (en, fr, de, sv, nl)", status: ExitStatus.usage)
            }
            guard !languages.contains(language) else {
                throw CommandFailure(message: "docent: error: --langs: '\(code)' is named twice", status: ExitStatus.usage)
            }
            languages.append(language)
        }
        guard !languages.isEmpty else { throw CommandFailure(message: "docent: error: --langs: no language", status: ExitStatus.usage) }
        return languages
    }

    private func script() throws {
        let terminal = Terminal.current()
        let languages = try langs.map { list throws(CommandFailure) in try Self.languages(list) } ?? [try language.resolve()]
        let library = try Loading.library()
        let narrator = Narrator(catalogs: library.catalogs, language: languages[0])
        let wordings = languages.map { Wording(catalogs: library.catalogs, language: $0) }
        var loaded: LoadedAccount?
        if let account { loaded = try Loading.account(account, in: library, narrator: narrator) }
        let date = try WalkCommand.date(today)
        if all, let output {
            let folder = URL(fileURLWithPath: output, relativeTo: Loading.currentDirectory)
            let scripts = try library.definitions.map { try build($0.id, library: library, account: loaded, date: date, narrator: narrator) }
            let written: [String]
            do {
                written = try Handbook(scripts: scripts, library: library, format: format).write(to: folder)
            } catch {
                throw CommandFailure(message: "docent: error: \(error)", status: ExitStatus.ioError)
            }
            for file in written { try terminal.out(file + "\n") }
            return
        }
        guard let procedure else { return }
        let script = try build(procedure, library: library, account: loaded, date: date, narrator: narrator)
        let definition = try library.definition(procedure)
        let page = ScriptPage(script: script, definition: definition, wordings: wordings)
        try terminal.out(page.render(format, styled: terminal.styledOutput))
    }

    /// One procedure's script, narrowed when an account is given; library errors worded for the person.
    private func build(_ id: String, library: DocentLibrary, account: LoadedAccount?, date: CalendarDate, narrator: Narrator) throws -> Script {
        do {
            return try ScriptBuilder.script(id, in: library, account: account, actor: actor, today: date)
        } catch let error as KitError {
            throw Loading.failure(error, narrator: narrator, file: account.flatMap { $0.isDemo ? nil : $0.file })
        }
    }
}
