import ArgumentParser
import DocentKit
import DocentLocalization
import Foundation

/// `--workspace`, for the commands that work on a workspace's account.
struct WorkspaceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The workspace folder (default: $DOCENT_WORKSPACE, else `docent workspace path`).", valueName: "dir"),
            completion: .directory)
    var workspace: String?

    /// The folder: the flag, else `DOCENT_WORKSPACE`, else the default.
    var directory: URL {
        let environment = ProcessInfo.processInfo.environment
        return Workspace.chosen(flag: workspace, environment: environment, relativeTo: Loading.currentDirectory)
            ?? Workspace.defaultDirectory(environment: environment)
    }

    /// Opens and locks the workspace; its state, or a clear error when it was never seeded.
    func open(narrator: Narrator, terminal: Terminal) throws(CommandFailure) -> (Workspace, WorkspaceState) {
        let workspace = try WalkWorkspace.lock(directory, narrator: narrator, terminal: terminal)
        let state: WorkspaceState?
        do {
            state = try workspace.state()
        } catch {
            throw WalkWorkspace.failure(error)
        }
        guard let state else {
            throw CommandFailure(
                message: "docent: error: " + narrator.string("cli.workspace-empty", ["path": .string(directory.path)]), status: ExitStatus.usage)
        }
        return (workspace, state)
    }
}
