/// One arm of a decision: taken when its guard holds.
public struct Branch: Sendable, Hashable, Codable {
    /// The guard.
    public var when: Call
    /// The step taken when the guard holds.
    public var next: String

    /// Creates a branch.
    public init(when: Call, next: String) {
        self.when = when
        self.next = next
    }
}
