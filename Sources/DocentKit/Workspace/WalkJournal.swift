import DocentModel
import DocentWorkflow
import Foundation

/// Writes one walk into a workspace's journal as it goes: `begin`, each answer or going back,
/// and at the end either `end`, `abandon`, or its effects and `commit`.
///
/// Answers are recorded as they are given, so an interrupted walk can be resumed and the figures
/// know where people stopped. Effects are recorded only when the walk finishes keeping them:
/// a walk's effects are one transaction (going back undoes them, a refusal discards them), so the
/// journal never holds an effect the account does not.
public final class WalkJournal {
    /// The workspace written to.
    public let workspace: Workspace
    /// The walk's id.
    public let run: String
    let procedure: String
    let definitionHash: String
    let language: String
    let actor: String
    let today: String
    private var recorded: [String]

    /// Starts recording a walk (`resumed` continues the interrupted run `run` instead).
    public init(
        workspace: Workspace, walk: Walk<Situation>, language: String, base: Int, resumed run: String? = nil
    ) throws(WorkspaceError) {
        self.workspace = workspace
        self.run = run ?? UUID().uuidString.lowercased()
        procedure = walk.definition.id
        definitionHash = walk.definition.contentHash
        self.language = language
        actor = walk.state.actor
        today = walk.state.today.description
        recorded = walk.answers
        var record = self.record(run == nil ? .begin : .resume, walk)
        record.base = base
        record.answers = walk.answers
        try workspace.append([record])
    }

    private func record(_ kind: JournalRecord.Kind, _ walk: Walk<Situation>) -> JournalRecord {
        var record = JournalRecord(kind, time: Workspace.now())
        record.run = run
        record.procedure = procedure
        record.definitionHash = definitionHash
        record.language = language
        record.actor = actor
        record.today = today
        record.waiting = walk.prompt?.step
        return record
    }

    /// Records the walk's answers when they changed: an answer given, or a step taken back.
    public func progress(_ walk: Walk<Situation>) throws(WorkspaceError) {
        guard walk.answers != recorded else { return }
        let forward = walk.answers.count > recorded.count && Array(walk.answers.prefix(recorded.count)) == recorded
        var record = self.record(forward ? .answer : .back, walk)
        record.answers = walk.answers
        if forward {
            record.step = walk.transcript.last(where: { $0.answer != nil && $0.decided == nil && walk.definition.step($0.step)?.isPrompt == true })?.step
        }
        try workspace.append([record])
        recorded = walk.answers
    }

    /// Records that the person stopped at `walk`'s prompt.
    public func abandon(_ walk: Walk<Situation>) throws(WorkspaceError) {
        var record = self.record(.abandon, walk)
        record.answers = walk.answers
        try workspace.append([record])
    }

    /// Records the finished walk: its effects and a commit when it keeps a changed account, an
    /// `end` otherwise. Returns the workspace's new state.
    @discardableResult
    public func finish(_ walk: Walk<Situation>, over state: WorkspaceState) throws(WorkspaceError) -> WorkspaceState {
        try progress(walk)
        let kept = walk.ending?.keepsEffects ?? false
        var last = self.record(kept && walk.state.account != state.account ? .commit : .end, walk)
        last.outcome = walk.ending?.outcome.rawValue
        last.answers = walk.answers
        guard last.kind == .commit else {
            try workspace.append([last])
            return state
        }
        last.account = walk.state.account
        return try workspace.change(last, preceded: effects(of: walk), from: state)
    }

    /// The effects a walk applied, with their arguments as they stand at its end.
    func effects(of walk: Walk<Situation>) -> [JournalRecord] {
        walk.transcript.compactMap { entry in
            guard let name = entry.effect, entry.failure == nil else { return nil }
            var record = self.record(.effect, walk)
            record.waiting = nil
            record.step = entry.step
            record.effect = name
            if case .effect(let call, _, _)? = walk.definition.step(entry.step)?.kind {
                var arguments: [String: String] = [:]
                for (key, expression) in call.arguments {
                    arguments[key] = (try? walk.evaluate(expression, at: entry.step))?.text
                }
                record.arguments = arguments
            }
            return record
        }
    }
}
