/// One piece of a worded phrase, so each format can set labels and unknown values apart.
public enum ScriptSegment: Sendable, Hashable {
    /// Plain words.
    case text(String)
    /// A UI control's name exactly as the product shows it (bold or quoted).
    case label(String)
    /// A value read from the account or the answers.
    case value(String)
    /// Something only known during the call, described in words (“the new user's email address”).
    case unknown(String)

    /// The segment's words.
    public var text: String {
        switch self {
        case .text(let t), .label(let t), .value(let t), .unknown(let t): return t
        }
    }
}
