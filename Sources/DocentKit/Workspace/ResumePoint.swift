/// An interrupted walk found in a journal: what is needed to continue it where it stopped.
public struct ResumePoint: Sendable, Equatable {
    /// The walk's id.
    public var run: String
    /// The procedure's id.
    public var procedure: String
    /// The definition's content hash when the walk started.
    public var definitionHash: String
    /// The walk's language.
    public var language: String
    /// Who acted.
    public var actor: String
    /// The walk's date (`YYYY-MM-DD`).
    public var today: String
    /// The answers given before the interruption.
    public var answers: [String]
    /// The account's sequence number the walk started from.
    public var base: Int
    /// The step waited at.
    public var waiting: String?

    /// The most recent walk, if it never finished (stopped, or its process ended).
    public static func latest(in records: [JournalRecord]) -> ResumePoint? {
        guard let begin = records.last(where: { $0.kind == .begin }), let run = begin.run else { return nil }
        var point = ResumePoint(
            run: run, procedure: begin.procedure ?? "", definitionHash: begin.definitionHash ?? "", language: begin.language ?? "en",
            actor: begin.actor ?? "", today: begin.today ?? "", answers: begin.answers ?? [], base: begin.base ?? 0, waiting: begin.waiting)
        for record in records where record.run == run {
            switch record.kind {
            case .commit, .end: return nil
            case .answer, .back, .resume, .abandon:
                if let answers = record.answers { point.answers = answers }
                point.waiting = record.waiting
            default: break
            }
        }
        // A change made since (another walk, the clock, a reset) means the walk would replay on another account.
        if let changed = records.last(where: { $0.sequence != nil }), let sequence = changed.sequence, sequence != point.base {
            return nil
        }
        return point
    }
}
