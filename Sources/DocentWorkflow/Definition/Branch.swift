/// One arm of a decision: taken when its guard holds.
public struct Branch: Sendable, Hashable {
    /// The guard.
    public var when: Condition
    /// The step taken when the guard holds.
    public var next: String

    /// Creates a branch.
    public init(when: Condition, next: String) {
        self.when = when
        self.next = next
    }
}

extension Branch: Codable {
    private enum CodingKeys: String, CodingKey { case when, next }

    public init(from decoder: any Decoder) throws {
        try JSONKey.requireOnly(["when", "next"], in: decoder, what: "a branch")
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        self.init(when: try keyed.decode(Condition.self, forKey: .when), next: try keyed.decode(String.self, forKey: .next))
    }
}
