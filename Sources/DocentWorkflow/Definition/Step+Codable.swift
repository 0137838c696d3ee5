extension Step: Codable {
    /// The keys each step kind takes, besides `id` and `kind`; any other key is an error.
    public static let keysByKind: [String: Set<String>] = [
        "instruction": ["message", "next"],
        "question": ["message", "variable", "choices"],
        "input": ["message", "variable", "type", "minimum", "maximum", "options", "samples", "check", "next"],
        "confirm": ["message", "yes", "no"],
        "effect": ["effect", "next", "onError"],
        "decide": ["branches", "otherwise"],
        "end": ["outcome", "message", "refusal"],
    ]

    /// The input types, by the names definitions use.
    public static let inputTypeNames = ["text", "email", "integer", "option", "date"]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        func key(_ name: String) -> JSONKey { JSONKey(name) }
        let id = try c.decode(String.self, forKey: key("id"))
        let kindName = try c.decode(String.self, forKey: key("kind"))
        guard let allowed = Self.keysByKind[kindName] else {
            throw DecodingError.dataCorruptedError(
                forKey: key("kind"), in: c,
                debugDescription: "unknown step kind '\(kindName)' (expected instruction, question, input, confirm, effect, decide or end)")
        }
        try JSONKey.requireOnly(allowed.union(["id", "kind"]), in: c, what: "a step of kind '\(kindName)'")
        func message() throws -> MessageReference { try c.decode(MessageReference.self, forKey: key("message")) }
        func string(_ name: String) throws -> String { try c.decode(String.self, forKey: key(name)) }
        let kind: Kind
        switch kindName {
        case "instruction":
            kind = .instruction(try message(), next: try string("next"))
        case "question":
            kind = .question(
                try message(), variable: try c.decodeIfPresent(String.self, forKey: key("variable")),
                choices: try c.decode([Choice].self, forKey: key("choices")))
        case "input":
            let typeName = try string("type")
            guard let type = InputType(name: typeName) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key("type"), in: c,
                    debugDescription: "unknown input type '\(typeName)' (expected \(Self.inputTypeNames.joined(separator: ", ")))")
            }
            let minimum = try c.decodeIfPresent(Expression.self, forKey: key("minimum"))
            let maximum = try c.decodeIfPresent(Expression.self, forKey: key("maximum"))
            if case .integer = type {} else if minimum != nil || maximum != nil {
                throw DecodingError.dataCorruptedError(
                    forKey: key(minimum != nil ? "minimum" : "maximum"), in: c,
                    debugDescription: "only integer inputs take bounds")
            }
            kind = .input(Input(
                message: try message(), variable: try string("variable"), type: type, minimum: minimum, maximum: maximum,
                options: try c.decodeIfPresent(Expression.self, forKey: key("options")),
                samples: try c.decodeIfPresent([String].self, forKey: key("samples")) ?? [],
                check: try c.decodeIfPresent(Call.self, forKey: key("check")),
                next: try string("next")))
        case "confirm":
            kind = .confirm(try message(), yes: try string("yes"), no: try string("no"))
        case "effect":
            kind = .effect(
                try c.decode(Call.self, forKey: key("effect")), next: try string("next"),
                onError: try c.decodeIfPresent(String.self, forKey: key("onError")))
        case "decide":
            kind = .decide(try c.decode([Branch].self, forKey: key("branches")), otherwise: try string("otherwise"))
        default:
            kind = .end(
                try c.decode(Outcome.self, forKey: key("outcome")), try message(),
                refusal: try c.decodeIfPresent(Call.self, forKey: key("refusal")))
        }
        self.init(id: id, kind: kind)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        func key(_ name: String) -> JSONKey { JSONKey(name) }
        try c.encode(id, forKey: key("id"))
        try c.encode(kindName, forKey: key("kind"))
        switch kind {
        case .instruction(let m, let next):
            try c.encode(m, forKey: key("message"))
            try c.encode(next, forKey: key("next"))
        case .question(let m, let variable, let choices):
            try c.encode(m, forKey: key("message"))
            try c.encodeIfPresent(variable, forKey: key("variable"))
            try c.encode(choices, forKey: key("choices"))
        case .input(let input):
            try c.encode(input.message, forKey: key("message"))
            try c.encode(input.variable, forKey: key("variable"))
            try c.encode(input.type.name, forKey: key("type"))
            try c.encodeIfPresent(input.minimum, forKey: key("minimum"))
            try c.encodeIfPresent(input.maximum, forKey: key("maximum"))
            try c.encodeIfPresent(input.options, forKey: key("options"))
            if !input.samples.isEmpty { try c.encode(input.samples, forKey: key("samples")) }
            try c.encodeIfPresent(input.check, forKey: key("check"))
            try c.encode(input.next, forKey: key("next"))
        case .confirm(let m, let yes, let no):
            try c.encode(m, forKey: key("message"))
            try c.encode(yes, forKey: key("yes"))
            try c.encode(no, forKey: key("no"))
        case .effect(let call, let next, let onError):
            try c.encode(call, forKey: key("effect"))
            try c.encode(next, forKey: key("next"))
            try c.encodeIfPresent(onError, forKey: key("onError"))
        case .decide(let branches, let otherwise):
            try c.encode(branches, forKey: key("branches"))
            try c.encode(otherwise, forKey: key("otherwise"))
        case .end(let outcome, let m, let refusal):
            try c.encode(outcome, forKey: key("outcome"))
            try c.encode(m, forKey: key("message"))
            try c.encodeIfPresent(refusal, forKey: key("refusal"))
        }
    }
}
