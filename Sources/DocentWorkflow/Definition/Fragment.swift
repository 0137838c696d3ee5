/// A reusable run of steps that several definitions include, such as "open Users & Teams".
///
/// Its steps are copied into the including definition under the prefix `<as>.`, and a `next`
/// written `@exit-name` leads to the step the including definition maps that exit to.
public struct Fragment: Sendable, Hashable {
    /// The fragment's id (its file name without `.json`).
    public var id: String
    /// The first step's id within the fragment.
    public var start: String
    /// The names of the fragment's exits.
    public var exits: [String]
    /// The fragment's steps.
    public var steps: [Step]
}

extension Fragment: Codable {
    private enum CodingKeys: String, CodingKey { case id, start, exits, steps }

    public init(from decoder: any Decoder) throws {
        try JSONKey.requireOnly(["id", "start", "exits", "steps"], in: decoder, what: "a fragment")
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        id = try keyed.decode(String.self, forKey: .id)
        start = try keyed.decode(String.self, forKey: .start)
        exits = try keyed.decode([String].self, forKey: .exits)
        steps = try keyed.decode([Step].self, forKey: .steps)
    }
}
