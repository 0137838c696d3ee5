import ArgumentParser
import DocentKit
import DocentLocalization
import Foundation

/// `docent check`: validates procedures, catalogs and demo accounts, for the people who write them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the procedures, catalogs and demo accounts (the bundled ones, or folders you edit).",
        discussion: """
            Reports every problem as file:line: error: … on stderr: unknown steps, guards, effects or \
            queries, wrong or mistyped arguments, unknown keys, unreachable steps, dead ends, variables not \
            set on every path, messages missing in any language, and the catalog audit. Exit 0 when \
            everything is sound, 65 when a problem is found.
            """)

    @Option(help: ArgumentHelp("A folder with procedures/ and accounts/ (default: the bundled Resources).", valueName: "dir"),
            completion: .directory)
    var resources: String?

    @Option(help: ArgumentHelp("A folder with en.xlf, fr.xlf, de.xlf, sv.xlf and nl.xlf (default: the bundled Localizations).", valueName: "dir"),
            completion: .directory)
    var localizations: String?

    @Flag(help: "Print the problems as JSON on stdout.")
    var json = false

    /// What `--json` prints.
    struct Report: Codable {
        var procedures: Int
        var accounts: Int
        var problems: [String]
    }

    func run() throws {
        try reportingFailures {
            let terminal = Terminal.current()
            let folders = try DocentLibrary.bundledFolders()
            let base = Loading.currentDirectory
            let resourcesURL = resources.map { URL(fileURLWithPath: $0, relativeTo: base) } ?? folders.resources
            let localizationsURL = localizations.map { URL(fileURLWithPath: $0, relativeTo: base) } ?? folders.localizations
            var problems: [String] = []
            var report = Report(procedures: 0, accounts: 0, problems: [])
            do {
                let library = try DocentLibrary.load(
                    resources: resourcesURL, localizations: localizationsURL, displayPrefix: resources.map { $0 + "/" } ?? "",
                    validating: false)
                report.procedures = library.definitions.count
                report.accounts = library.demos.count
                problems += library.validate()
                problems += CatalogAudit.audit(library.catalogs).map(\.description)
            } catch KitError.invalidBundle(let found) {
                problems += found
            } catch {
                problems.append("\(error)")
            }
            report.problems = problems
            if json {
                try terminal.outJSON(report)
            } else {
                for problem in problems { terminal.err(problem + "\n") }
                try terminal.out(problems.isEmpty
                    ? "Checked \(report.procedures) procedures, 5 catalogs and \(report.accounts) demo accounts: no problems.\n"
                    : "\(problems.count) problem\(problems.count == 1 ? "" : "s") found.\n")
            }
            if !problems.isEmpty { throw CommandFailure(message: "", status: ExitStatus.badData) }
        }
    }
}
