import DocentModel

/// One line of a workspace's journal (`journal.jsonl`), a JSON object.
///
/// Records that change the account (`seed`, `commit`, `clock`, `reset`) carry a sequence number and
/// the whole account after the change, so the state file can always be rebuilt from the journal.
/// A walk writes `begin`, then `answer` or `back` as the person goes (for resume and the figures),
/// and finishes with `end` (nothing kept), or its `effect` records followed by its `commit`,
/// appended in one write: a walk's effects are one transaction, so only committed walks count.
public struct JournalRecord: Codable, Sendable, Equatable {
    /// What a record says.
    public enum Kind: String, Codable, Sendable {
        /// The first line: the journal's format.
        case header
        /// The workspace was seeded from a demo or a file.
        case seed
        /// The account was put back to a demo or a file.
        case reset
        /// A walk started.
        case begin
        /// A walk resumed after an interruption.
        case resume
        /// A step was answered; `answers` holds all answers so far.
        case answer
        /// The person went back; `answers` holds the answers left.
        case back
        /// The person stopped the walk (q, Ctrl-C, Ctrl-D) at step `waiting`.
        case abandon
        /// An effect the committed walk applied.
        case effect
        /// A walk finished and its changes were kept: the account after them.
        case commit
        /// A walk finished without changing the account.
        case end
        /// The clock moved forward; renewals due by then applied.
        case clock
    }

    /// What the record says.
    public var kind: Kind
    /// When it was written (ISO 8601, UTC).
    public var time: String
    /// For account changes: 1, 2, 3… in order.
    public var sequence: Int?
    /// The walk's id.
    public var run: String?
    /// Who acted.
    public var actor: String?
    /// The procedure's id.
    public var procedure: String?
    /// The definition's content hash.
    public var definitionHash: String?
    /// The walk's language.
    public var language: String?
    /// For an effect, the step that applied it; for an answer, the step answered.
    public var step: String?
    /// The step waited at after this record (the prompt shown next), nil once ended.
    public var waiting: String?
    /// The effect's name.
    public var effect: String?
    /// The effect's arguments, as text.
    public var arguments: [String: String]?
    /// The answers given so far.
    public var answers: [String]?
    /// The outcome of a finished walk.
    public var outcome: String?
    /// The date the walk or clock used (`YYYY-MM-DD`).
    public var today: String?
    /// For a seed or reset, the demo id or file.
    public var source: String?
    /// For a begin, the account's sequence number the walk started from.
    public var base: Int?
    /// For records that change it, the account afterwards.
    public var account: Account?
    /// For the header: the format name.
    public var format: String?
    /// For the header: the format version.
    public var version: Int?

    /// Creates a record of `kind` at `time`.
    public init(_ kind: Kind, time: String) {
        self.kind = kind
        self.time = time
    }
}
