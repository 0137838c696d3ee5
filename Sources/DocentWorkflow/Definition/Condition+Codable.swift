extension Condition: Codable {
    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: JSONKey.self) {
            let keys = Set(keyed.allKeys.map(\.stringValue))
            for combinator in ["all", "any", "not"] where keys.contains(combinator) {
                try JSONKey.requireOnly([combinator], in: keyed, what: "a condition")
                let key = JSONKey(combinator)
                switch combinator {
                case "all": self = .all(try keyed.decode([Condition].self, forKey: key))
                case "any": self = .any(try keyed.decode([Condition].self, forKey: key))
                default: self = .not(try keyed.decode(Condition.self, forKey: key))
                }
                return
            }
        }
        self = .call(try Call(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .call(let call):
            try call.encode(to: encoder)
        case .all(let items):
            var keyed = encoder.container(keyedBy: JSONKey.self)
            try keyed.encode(items, forKey: JSONKey("all"))
        case .any(let items):
            var keyed = encoder.container(keyedBy: JSONKey.self)
            try keyed.encode(items, forKey: JSONKey("any"))
        case .not(let item):
            var keyed = encoder.container(keyedBy: JSONKey.self)
            try keyed.encode(item, forKey: JSONKey("not"))
        }
    }
}
