import ArgumentParser
import DocentKit
import DocentLocalization
import DocentWorkflow
import Foundation

/// `docent describe`: a procedure's steps, what each asks and the answers it takes.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Show a procedure's steps, the answers each takes and the --answer flags a scripted run needs.",
        discussion: """
            Every path is walked on the account (--account), or on every demo account, so the texts are the \
            real ones and the values are those the account offers.
            """)

    @ArgumentParser.Argument(help: "The procedure's id (see `docent list`).", completion: .custom { _ in Completions.procedures() })
    var procedure: String

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("A demo account id or an account JSON file (default: every demo account).", valueName: "demo-or-file"),
            completion: .custom { _ in Completions.accounts() })
    var account: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("The acting user's email (with --account).", valueName: "user"))
    var actor: String?

    @Flag(help: "Print JSON on stdout.")
    var json = false

    func run() throws {
        try reportingFailures(lang: language.lang) {
            let terminal = Terminal.current()
            let library = try Loading.library()
            let narrator = Narrator(catalogs: library.catalogs, language: try language.resolve())
            let definition: Definition
            do {
                definition = try library.definition(procedure)
            } catch let error as KitError {
                throw Loading.failure(error, narrator: narrator)
            }
            let accounts = try account.map { [try Loading.account($0, in: library, narrator: narrator)] } ?? library.demos
            let description: ProcedureDescription
            do {
                description = try ProcedureDescription(
                    definition, library: library, accounts: accounts, actor: account == nil ? nil : actor,
                    today: try WalkCommand.date(nil), narrator: narrator)
            } catch let error as KitError {
                throw Loading.failure(error, narrator: narrator)
            }
            if json {
                try terminal.outJSON(description)
                return
            }
            try terminal.out(Self.text(description, narrator: narrator))
        }
    }

    /// The description as text: numbered steps, their answers, then the flags of a scripted run.
    static func text(_ description: ProcedureDescription, narrator: Narrator) -> String {
        var text = "\(description.title) (\(description.procedure))\n\(description.summary)\n\n"
        for step in description.steps {
            text += "\(step.id) [\(step.kind)]\n  \(step.text)\n"
            for value in step.values where value.label != value.value {
                text += "    \(value.value) — \(value.label)\n"
            }
            for value in step.values where value.label == value.value {
                text += "    \(value.value)\n"
            }
            if let type = step.type, step.values.isEmpty {
                var line = "    " + narrator.string("describe.type", ["type": .string(type)])
                if step.minimum != nil || step.maximum != nil {
                    line += " " + narrator.string("describe.range", [
                        "minimum": .string(step.minimum.map(String.init) ?? "…"), "maximum": .string(step.maximum.map(String.init) ?? "…"),
                    ])
                }
                text += line + "\n"
            }
        }
        let flags = description.steps.filter(\.needsAnswer).map { "--answer \($0.id)=…" }
        text += "\n" + narrator.string("describe.flags") + "\n  docent walk \(description.procedure) --no-input " + flags.joined(separator: " ") + "\n"
        return text
    }
}
