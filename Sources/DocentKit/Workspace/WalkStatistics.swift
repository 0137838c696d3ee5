/// Drop-off figures computed from a journal: per procedure and language, how many walks started,
/// completed, ended otherwise (refused, handed over), and were abandoned, and at which step.
public struct WalkStatistics: Sendable, Equatable, Codable {
    /// The figures of one procedure in one language.
    public struct Row: Sendable, Equatable, Codable {
        /// The procedure's id.
        public var procedure: String
        /// The language.
        public var language: String
        /// Walks started.
        public var started: Int
        /// Walks that completed.
        public var completed: Int
        /// Walks that ended without completing (refused, stopped by the procedure, handed over).
        public var ended: Int
        /// Walks abandoned by the person (stopped, interrupted, or never finished).
        public var abandoned: Int
        /// Abandoned walks by the step they stopped at.
        public var abandonedAt: [String: Int]
    }

    /// The rows, sorted by procedure then language.
    public var rows: [Row]

    /// Computes the figures from `records`. A walk resumed and finished counts once, as finished.
    public init(records: [JournalRecord]) {
        struct Run { var procedure: String; var language: String; var outcome: String?; var waiting: String? }
        var runs: [String: Run] = [:]
        var order: [String] = []
        for record in records {
            guard let id = record.run else { continue }
            switch record.kind {
            case .begin:
                runs[id] = Run(procedure: record.procedure ?? "", language: record.language ?? "", outcome: nil, waiting: record.waiting)
                order.append(id)
            case .answer, .back, .resume, .abandon:
                if record.waiting != nil { runs[id]?.waiting = record.waiting }
            case .commit, .end:
                runs[id]?.outcome = record.outcome ?? "completed"
            default:
                break
            }
        }
        var table: [String: Row] = [:]
        for id in order {
            guard let run = runs[id] else { continue }
            let key = run.procedure + "\u{0}" + run.language
            var row = table[key] ?? Row(procedure: run.procedure, language: run.language, started: 0, completed: 0, ended: 0, abandoned: 0, abandonedAt: [:])
            row.started += 1
            switch run.outcome {
            case "completed"?: row.completed += 1
            case nil:
                row.abandoned += 1
                row.abandonedAt[run.waiting ?? "?", default: 0] += 1
            default: row.ended += 1
            }
            table[key] = row
        }
        rows = table.values.sorted { ($0.procedure, $0.language) < ($1.procedure, $1.language) }
    }
}
