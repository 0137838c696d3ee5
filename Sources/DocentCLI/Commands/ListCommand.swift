import ArgumentParser
import DocentKit
import DocentWorkflow
import Foundation

/// `docent list`: the procedures with their localized titles.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the procedures with their titles.")

    @OptionGroup var language: LanguageOptions

    @Flag(help: "Print JSON on stdout.")
    var json = false

    /// One procedure as `--json` prints it.
    struct Entry: Codable {
        var id: String
        var title: String
        var summary: String
        var tags: [String]
        var definitionHash: String
    }

    func run() throws {
        try reportingFailures(lang: language.lang) {
            let library = try Loading.library()
            let narrator = Narrator(catalogs: library.catalogs, language: try language.resolve())
            // Headers only: a list needs no step decoded.
            let headers: [DefinitionHeader]
            do {
                headers = try library.headers()
            } catch {
                throw CommandFailure(message: "docent: internal error: \(error)", status: ExitStatus.internalError)
            }
            let entries = headers.map { definition in
                Entry(
                    id: definition.id, title: narrator.string(definition.title.id), summary: narrator.string(definition.summary.id),
                    tags: definition.tags, definitionHash: definition.contentHash)
            }
            let terminal = Terminal.current()
            if json {
                try terminal.outJSON(entries)
                return
            }
            let width = entries.map(\.id.count).max() ?? 0
            for entry in entries {
                try terminal.out(entry.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(entry.title) — \(entry.summary)\n")
            }
        }
    }
}
