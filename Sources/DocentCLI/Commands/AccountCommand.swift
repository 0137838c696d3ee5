import ArgumentParser
import DocentKit
import DocentLocalization
import Foundation

/// `docent account show|reset|log`: the account a workspace keeps.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Show, reset or trace the account a workspace keeps.",
        subcommands: [Show.self, Reset.self, Log.self])

    /// `docent account show`: the account's JSON.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the workspace's account as JSON.")
        @OptionGroup var place: WorkspaceOptions
        @OptionGroup var language: LanguageOptions

        func run() throws {
            try reportingFailures(lang: language.lang) {
                let terminal = Terminal.current()
                let (_, state) = try place.open(language: language, terminal: terminal)
                try terminal.out(String(decoding: try AccountStore.encode(state.account), as: UTF8.self))
            }
        }
    }

    /// `docent account reset`: the account back to a demo or a file, recorded in the journal.
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put the workspace's account back to a demo account or an account file (default: the one it was seeded from).")
        @OptionGroup var place: WorkspaceOptions
        @OptionGroup var language: LanguageOptions
        @Option(help: ArgumentHelp("A demo account id or an account JSON file.", valueName: "demo-or-file"),
                completion: .custom { _, _, _ in Completions.accounts() })
        var account: String?

        func run() throws {
            try reportingFailures(lang: language.lang) {
                let terminal = Terminal.current()
                let library = try Loading.library()
                let narrator = Narrator(catalogs: library.catalogs, language: try language.resolve())
                let workspace = try WalkWorkspace.lock(place.directory, narrator: narrator, terminal: terminal)
                let state: WorkspaceState?
                do throws(WorkspaceError) {
                    state = try workspace.state()
                } catch {
                    throw WalkWorkspace.failure(error)
                }
                let loaded = try Loading.account(account ?? state?.source ?? library.defaultDemo, in: library, narrator: narrator)
                do throws(WorkspaceError) {
                    try workspace.seed(loaded.account, source: loaded.name, over: state)
                } catch {
                    throw WalkWorkspace.failure(error)
                }
                terminal.err(narrator.string("cli.account-reset", ["path": .string(place.directory.path), "source": .string(loaded.name)]) + "\n")
            }
        }
    }

    /// `docent account log`: the journal, one line per event.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the workspace's journal: walks, their effects, resets, the clock.")
        @OptionGroup var place: WorkspaceOptions
        @OptionGroup var language: LanguageOptions
        @Flag(help: "Print the journal's records as JSON.")
        var json = false

        func run() throws {
            try reportingFailures(lang: language.lang) {
                let terminal = Terminal.current()
                let (workspace, _) = try place.open(language: language, terminal: terminal)
                let records: [JournalRecord]
                do throws(WorkspaceError) {
                    records = try workspace.records().filter { $0.kind != .header }
                } catch {
                    throw WalkWorkspace.failure(error)
                }
                if json {
                    try terminal.outJSON(records.map { record in var copy = record; copy.account = nil; return copy })
                    return
                }
                var text = ""
                for record in records where ![.answer, .back].contains(record.kind) {
                    var line = String(record.time.prefix(19)).replacingOccurrences(of: "T", with: " ") + "  " + record.kind.rawValue
                    if let sequence = record.sequence { line += " #\(sequence)" }
                    switch record.kind {
                    case .seed, .reset: line += "  " + (record.source ?? "")
                    case .clock: line += "  " + (record.today ?? "")
                    case .effect:
                        let arguments = (record.arguments ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                        line += "  \(record.procedure ?? "")/\(record.step ?? "")  \(record.effect ?? "")(\(arguments))"
                    default:
                        line += "  \(record.procedure ?? "") [\(record.language ?? "")] \(record.actor ?? "")"
                        if let outcome = record.outcome { line += "  " + outcome }
                        if record.kind == .abandon, let waiting = record.waiting { line += "  @" + waiting }
                        if let hash = record.definitionHash, record.kind == .begin { line += "  " + String(hash.prefix(12)) }
                    }
                    text += line + "\n"
                }
                try terminal.out(text)
            }
        }
    }
}
