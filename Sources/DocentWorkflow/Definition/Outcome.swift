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

    /// Whether a walk that ends this way keeps its effects.
    ///
    /// A walk's effects are one transaction: completed and escalated walks keep them (a change
    /// request is the point of its walk); refused and cancelled walks leave the state as it was.
    public var keepsEffects: Bool {
        switch self {
        case .completed, .escalated: return true
        case .cancelled, .refused: return false
        }
    }
}
