/// A definition's use of a fragment: which one, under what prefix, and where its exits lead.
public struct Inclusion: Sendable, Hashable {
    /// The fragment's id.
    public var fragment: String
    /// The prefix of the copied step ids; defaults to the fragment id.
    public var `as`: String?
    /// The including definition's step for each exit of the fragment.
    public var exits: [String: String]

    /// The prefix used for this inclusion.
    public var prefix: String { self.as ?? fragment }
}

extension Inclusion: Codable {
    private enum CodingKeys: String, CodingKey { case fragment, `as`, exits }

    public init(from decoder: any Decoder) throws {
        try JSONKey.requireOnly(["fragment", "as", "exits"], in: decoder, what: "an inclusion")
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        fragment = try keyed.decode(String.self, forKey: .fragment)
        self.as = try keyed.decodeIfPresent(String.self, forKey: .as)
        exits = try keyed.decode([String: String].self, forKey: .exits)
    }
}
