/// A message of the host's catalog, named by id, with the values for its placeholders.
///
/// JSON: `"walk.assign-seat.pick-user"` or `{"id": "…", "args": {"count": {"query": "…"}}}`.
public struct MessageReference: Sendable, Hashable {
    /// The catalog id of the message.
    public var id: String
    /// Placeholder values by placeholder name.
    public var arguments: [String: Expression]

    /// Creates a reference.
    public init(id: String, arguments: [String: Expression] = [:]) {
        self.id = id
        self.arguments = arguments
    }
}

extension MessageReference: Codable {
    private enum CodingKeys: String, CodingKey { case id, args }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let id = try? single.decode(String.self) {
            self.init(id: id)
            return
        }
        try JSONKey.requireOnly(["id", "args"], in: decoder, what: "a message reference")
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try keyed.decode(String.self, forKey: .id),
            arguments: try keyed.decodeIfPresent([String: Expression].self, forKey: .args) ?? [:])
    }

    public func encode(to encoder: any Encoder) throws {
        if arguments.isEmpty {
            var single = encoder.singleValueContainer()
            try single.encode(id)
            return
        }
        var keyed = encoder.container(keyedBy: CodingKeys.self)
        try keyed.encode(id, forKey: .id)
        try keyed.encode(arguments, forKey: .args)
    }
}
