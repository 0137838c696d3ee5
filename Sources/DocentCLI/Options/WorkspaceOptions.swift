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
    /// The catalogs are loaded only when there is something to say.
    func open(language: LanguageOptions, terminal: Terminal) throws(CommandFailure) -> (Workspace, WorkspaceState) {
        // Reading a workspace that does not exist creates nothing.
        let exists = FileManager.default.fileExists(atPath: directory.path)
        let workspace = exists ? try WalkWorkspace.lock(directory, narrator: language.narrator(), terminal: terminal) : nil
        let state: WorkspaceState?
        do {
            state = try workspace?.state()
        } catch {
            throw WalkWorkspace.failure(error)
        }
        guard let workspace, let state else {
            let words = try Narrator(catalogs: Loading.library().catalogs, language: language.resolve())
            throw CommandFailure(
                message: "docent: error: " + words.string("cli.workspace-empty", ["path": .string(directory.path)]), status: ExitStatus.usage)
        }
        return (workspace, state)
    }
}
