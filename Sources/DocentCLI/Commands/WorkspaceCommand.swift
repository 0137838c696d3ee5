import ArgumentParser
import DocentKit
import Foundation

/// `docent workspace path`: where the default workspace lives.
struct WorkspaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspace", abstract: "About workspaces, the folders that keep an account across walks.",
        subcommands: [Path.self])

    /// `docent workspace path`.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the default workspace folder ($XDG_STATE_HOME/docent, else ~/.local/state/docent).",
            discussion: "Use it with DOCENT_WORKSPACE=\"$(docent workspace path)\" to keep an account across walks.")

        func run() throws {
            try reportingFailures {
                try Terminal.current().out(Workspace.defaultDirectory(environment: ProcessInfo.processInfo.environment).path + "\n")
            }
        }
    }
}
