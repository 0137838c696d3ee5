import DocentKit
import DocentLocalization
import DocentModel
import DocentWorkflow
import Foundation

/// A walk's workspace: opened and locked, seeded at first use, its journal written as the walk
/// goes, and the interrupted walk it can resume.
final class WalkWorkspace {
    let workspace: Workspace
    private(set) var state: WorkspaceState
    private var journal: WalkJournal?
    /// The walk as last seen by the session, for the record of where a person stopped.
    private var last: Walk<Situation>?
    /// A journal write that failed while the walk went on; reported at the end.
    private var failure: WorkspaceError?

    private init(workspace: Workspace, state: WorkspaceState) {
        self.workspace = workspace
        self.state = state
    }

    /// Opens the workspace (seeding it from `account`, or the default demo, at first use).
    /// `account` naming another account than the one seeded is a usage error saying how to reset.
    static func open(
        _ directory: URL, account: String?, library: DocentLibrary, narrator: Narrator, terminal: Terminal
    ) throws(CommandFailure) -> WalkWorkspace {
        let workspace = try Self.lock(directory, narrator: narrator, terminal: terminal)
        do {
            if let state = try workspace.state() {
                if let account, account != state.source {
                    throw CommandFailure(
                        message: "docent: error: " + narrator.string("cli.workspace-other-account", [
                            "path": .string(directory.path), "source": .string(state.source), "account": .string(account),
                        ]), status: ExitStatus.usage)
                }
                return WalkWorkspace(workspace: workspace, state: state)
            }
            let loaded = try Loading.account(account ?? library.defaultDemo, in: library, narrator: narrator)
            let state = try workspace.seed(loaded.account, source: loaded.name, over: nil)
            terminal.err(narrator.string("cli.workspace-seeded", ["path": .string(directory.path), "source": .string(loaded.name)]) + "\n")
            return WalkWorkspace(workspace: workspace, state: state)
        } catch let error as WorkspaceError {
            throw Self.failure(error)
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(message: "docent: internal error: \(error)", status: ExitStatus.internalError)
        }
    }

    /// Opens and locks a workspace, saying so when another process holds it.
    static func lock(_ directory: URL, narrator: @autoclosure () -> Narrator?, terminal: Terminal) throws(CommandFailure) -> Workspace {
        do {
            return try Workspace(at: directory) {
                let path = directory.path
                terminal.err((narrator()?.string("cli.workspace-waiting", ["path": .string(path)]) ?? "waiting for the workspace \(path)…") + "\n")
            }
        } catch {
            throw Self.failure(error)
        }
    }

    /// A workspace error as a command failure: damage is bad data (65), the rest an I/O failure (74).
    static func failure(_ error: WorkspaceError) -> CommandFailure {
        switch error.kind {
        case .damaged: return CommandFailure(message: error.description, status: ExitStatus.badData)
        case .io: return CommandFailure(message: error.description, status: ExitStatus.ioError)
        }
    }

    /// The account as a walk loads it (never saved with `--save`: the workspace keeps it).
    var account: LoadedAccount {
        LoadedAccount(name: state.source, file: workspace.stateFile.path, isDemo: true, account: state.account)
    }

    /// The workspace's date, when its clock was advanced past `today`.
    func date(after today: CalendarDate) -> CalendarDate {
        guard let clock = state.clock.flatMap(CalendarDate.init(iso:)), clock > today else { return today }
        return clock
    }

    /// The interrupted walk to resume; a usage error when there is none.
    func resumePoint(narrator: Narrator) throws(CommandFailure) -> ResumePoint {
        let records: [JournalRecord]
        do {
            records = try workspace.records()
        } catch {
            throw Self.failure(error)
        }
        guard let point = ResumePoint.latest(in: records) else {
            throw CommandFailure(
                message: "docent: error: " + narrator.string("cli.resume-none", ["path": .string(workspace.directory.path)]),
                status: ExitStatus.usage)
        }
        return point
    }

    /// The walk `point` stopped at, replayed on `start`; refused when the definition changed.
    func replay(_ point: ResumePoint, from start: Walk<Situation>, narrator: Narrator) throws(CommandFailure) -> Walk<Situation> {
        guard start.definition.contentHash == point.definitionHash else {
            throw CommandFailure(
                message: "docent: error: " + narrator.string("cli.resume-changed", ["procedure": .string(point.procedure)]),
                status: ExitStatus.badData)
        }
        do {
            return try Walk.replay(definition: start.definition, bindings: start.bindings, state: start.initialState, answers: point.answers)
        } catch {
            throw CommandFailure(
                message: "docent: error: " + narrator.string("cli.resume-changed", ["procedure": .string(point.procedure)]),
                status: ExitStatus.badData)
        }
    }

    /// Starts recording `walk` (or continues the run `resumed`).
    func begin(_ walk: Walk<Situation>, language: Language, resumed: String?) throws(CommandFailure) {
        do {
            journal = try WalkJournal(workspace: workspace, walk: walk, language: language.rawValue, base: state.sequence, resumed: resumed)
        } catch {
            throw Self.failure(error)
        }
        last = walk
    }

    /// Records the walk's progress (answers given, steps taken back).
    func progress(_ walk: Walk<Situation>) {
        last = walk
        do {
            try journal?.progress(walk)
        } catch {
            failure = failure ?? error
        }
    }

    /// Records that the person stopped where the walk was.
    func abandon() {
        guard let last else { return }
        try? journal?.abandon(last)
    }

    /// Records the finished walk and keeps its changes.
    func finish(_ walk: Walk<Situation>) throws(CommandFailure) {
        if let failure { throw Self.failure(failure) }
        do {
            if let journal { state = try journal.finish(walk, over: state) }
        } catch {
            throw Self.failure(error)
        }
    }
}
