/// How much a finding matters; `off` silences a check.
public enum QASeverity: String, Sendable, Codable, CaseIterable, Comparable {
    case off, info, warning, error

    /// The order used for "at or above": off < info < warning < error.
    private var rank: Int {
        switch self {
        case .off: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }

    /// Lower severities come first.
    public static func < (lhs: QASeverity, rhs: QASeverity) -> Bool {
        lhs.rank < rhs.rank
    }
}
