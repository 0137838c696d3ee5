/// How a procedure ended.
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The procedure did what it set out to do.
    case completed
    /// The person chose not to go on; nothing more was changed.
    case cancelled
    /// A rule stopped the procedure; the reason is shown.
    case refused
    /// Someone else has to act (a manager, an owner, a customer success manager).
    case escalated
}
