import ArgumentParser
import DocentKit
import Foundation

/// `docent accounts`: the demo accounts a walk can use.
struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts", abstract: "List the bundled demo accounts, or print one as JSON.")

    @Argument(help: "A demo account id: print that account's JSON (to copy and edit for --account FILE).")
    var id: String?

    @OptionGroup var language: LanguageOptions

    @Flag(help: "Print the list as JSON on stdout.")
    var json = false

    /// One account as `--json` prints it.
    struct Entry: Codable {
        var id: String
        var name: String
        var platform: String
        var model: String
        var users: [String]
        var defaultActor: String
    }

    func run() throws {
        try reportingFailures(lang: language.lang) {
            let library = try Loading.library()
            let terminal = Terminal.current()
            if let id {
                let narrator = Narrator(catalogs: library.catalogs, language: try language.resolve())
                let account = try Loading.account(id, in: library, narrator: narrator)
                try terminal.out(String(decoding: try AccountStore.encode(account.account), as: UTF8.self))
                return
            }
            let entries = library.demos.map { demo in
                Entry(id: demo.name, name: demo.account.name, platform: demo.platform, model: demo.model, users: demo.userEmails, defaultActor: demo.defaultActor)
            }
            if json {
                try terminal.outJSON(entries)
                return
            }
            let width = entries.map(\.id.count).max() ?? 0
            for entry in entries {
                let mark = entry.id == library.defaultDemo ? " (default)" : ""
                try terminal.out(entry.id.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  \(entry.name) — \(entry.platform), \(entry.model)\(mark); acts as \(entry.defaultActor)\n")
            }
        }
    }
}
