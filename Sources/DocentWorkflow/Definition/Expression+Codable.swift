extension Expression: Codable {
    private enum CodingKeys: String, CodingKey { case query, args }

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: CodingKeys.self), keyed.contains(.query) {
            try JSONKey.requireOnly(["query", "args"], in: decoder, what: "a query")
            let name = try keyed.decode(String.self, forKey: .query)
            let args = try keyed.decodeIfPresent([String: Expression].self, forKey: .args) ?? [:]
            self = .query(Call(name: name, arguments: args))
            return
        }
        let value = try Value(from: decoder)
        if case .string(let s) = value, s.hasPrefix("$") {
            if s.hasPrefix("$$") {
                self = .literal(.string(String(s.dropFirst())))
            } else {
                self = .variable(String(s.dropFirst()))
            }
        } else {
            self = .literal(value)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .literal(let value):
            if case .string(let s) = value, s.hasPrefix("$") {
                try Value.string("$" + s).encode(to: encoder)
            } else {
                try value.encode(to: encoder)
            }
        case .variable(let name):
            try Value.string("$" + name).encode(to: encoder)
        case .query(let call):
            var keyed = encoder.container(keyedBy: CodingKeys.self)
            try keyed.encode(call.name, forKey: .query)
            if !call.arguments.isEmpty { try keyed.encode(call.arguments, forKey: .args) }
        }
    }
}
