/// A reference by name to a guard, effect or query bound by the host, with its arguments.
///
/// JSON: `{"name": "assignSeat", "args": {"type": "$seatType", "user": "$user"}}`, or just the
/// name as a string when there are no arguments.
public struct Call: Sendable, Hashable {
    /// The bound name.
    public var name: String
    /// Argument expressions by parameter name.
    public var arguments: [String: Expression]

    /// Creates a call.
    public init(name: String, arguments: [String: Expression] = [:]) {
        self.name = name
        self.arguments = arguments
    }

    /// The variables the arguments read.
    public var variables: Set<String> {
        arguments.values.reduce(into: []) { $0.formUnion($1.variables) }
    }
}

extension Call: Codable {
    private enum CodingKeys: String, CodingKey { case name, args }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self.init(name: name)
            return
        }
        try JSONKey.requireOnly(["name", "args"], in: decoder, what: "a call")
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try keyed.decode(String.self, forKey: .name),
            arguments: try keyed.decodeIfPresent([String: Expression].self, forKey: .args) ?? [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var keyed = encoder.container(keyedBy: CodingKeys.self)
        try keyed.encode(name, forKey: .name)
        if !arguments.isEmpty { try keyed.encode(arguments, forKey: .args) }
    }
}
