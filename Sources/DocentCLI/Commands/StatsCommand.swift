import ArgumentParser
import DocentKit
import DocentTerminal
import DocentLocalization
import Foundation

/// `docent stats`: drop-off figures from a workspace's journal.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Per procedure and language: walks started, completed, ended otherwise, abandoned, and where.",
        discussion: "Computed from the workspace's journal. A walk whose process ended without finishing counts as abandoned at the step it waited at.")
    @OptionGroup var place: WorkspaceOptions
    @OptionGroup var language: LanguageOptions
    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        try reportingFailures(lang: language.lang) {
            let terminal = Terminal.current()
            let narrator = Narrator(catalogs: try Loading.library().catalogs, language: try language.resolve())
            let (workspace, _) = try place.open(language: language, terminal: terminal)
            let statistics: WalkStatistics
            do throws(WorkspaceError) {
                statistics = WalkStatistics(records: try workspace.records())
            } catch {
                throw WalkWorkspace.failure(error)
            }
            if json {
                try terminal.outJSON(statistics)
                return
            }
            guard !statistics.rows.isEmpty else {
                try terminal.out(narrator.string("cli.stats-none") + "\n")
                return
            }
            let headings = ["procedure", "language", "started", "completed", "ended", "abandoned"].map { narrator.string("cli.stats-" + $0) }
            var table = [headings]
            for row in statistics.rows {
                table.append([row.procedure, row.language, "\(row.started)", "\(row.completed)", "\(row.ended)", "\(row.abandoned)"])
            }
            let widths = headings.indices.map { column in table.map { TextWidth.columns(of: $0[column]) }.max() ?? 0 }
            var text = ""
            for row in table {
                text += row.enumerated().map { index, cell in
                    let pad = String(repeating: " ", count: widths[index] - TextWidth.columns(of: cell))
                    return index < 2 ? cell + pad : pad + cell
                }.joined(separator: "  ") + "\n"
            }
            for row in statistics.rows where !row.abandonedAt.isEmpty {
                let steps = row.abandonedAt.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
                text += narrator.string("cli.stats-abandoned-at", ["procedure": .string(row.procedure), "language": .string(row.language), "steps": .string(steps)]) + "\n"
            }
            try terminal.out(text)
        }
    }
}
