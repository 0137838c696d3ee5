extension Step: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, kind, message, next, variable, choices, type, options, samples, minimum, maximum
        case yes, no, effect, onError, branches, otherwise, outcome
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        let kindName = try c.decode(String.self, forKey: .kind)
        let kind: Kind
        switch kindName {
        case "instruction":
            kind = .instruction(try c.decode(MessageReference.self, forKey: .message), next: try c.decode(String.self, forKey: .next))
        case "question":
            kind = .question(
                try c.decode(MessageReference.self, forKey: .message),
                variable: try c.decodeIfPresent(String.self, forKey: .variable),
                choices: try c.decode([Choice].self, forKey: .choices))
        case "input":
            let typeName = try c.decode(String.self, forKey: .type)
            let type: InputType
            switch typeName {
            case "text": type = .text
            case "email": type = .email
            case "option": type = .option
            case "date": type = .date
            case "integer":
                type = .integer(
                    minimum: try c.decodeIfPresent(Int.self, forKey: .minimum),
                    maximum: try c.decodeIfPresent(Int.self, forKey: .maximum))
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: c,
                    debugDescription: "unknown input type '\(typeName)' (expected text, email, integer, option or date)")
            }
            kind = .input(
                try c.decode(MessageReference.self, forKey: .message),
                variable: try c.decode(String.self, forKey: .variable),
                type: type,
                options: try c.decodeIfPresent(Expression.self, forKey: .options),
                samples: try c.decodeIfPresent([String].self, forKey: .samples) ?? [],
                next: try c.decode(String.self, forKey: .next))
        case "confirm":
            kind = .confirm(
                try c.decode(MessageReference.self, forKey: .message),
                yes: try c.decode(String.self, forKey: .yes),
                no: try c.decode(String.self, forKey: .no))
        case "effect":
            kind = .effect(
                try c.decode(Call.self, forKey: .effect),
                next: try c.decode(String.self, forKey: .next),
                onError: try c.decodeIfPresent(String.self, forKey: .onError))
        case "decide":
            kind = .decide(try c.decode([Branch].self, forKey: .branches), otherwise: try c.decode(String.self, forKey: .otherwise))
        case "end":
            kind = .end(try c.decode(Outcome.self, forKey: .outcome), try c.decode(MessageReference.self, forKey: .message))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c,
                debugDescription: "unknown step kind '\(kindName)' (expected instruction, question, input, confirm, effect, decide or end)")
        }
        self.init(id: id, kind: kind)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kindName, forKey: .kind)
        switch kind {
        case .instruction(let m, let next):
            try c.encode(m, forKey: .message)
            try c.encode(next, forKey: .next)
        case .question(let m, let variable, let choices):
            try c.encode(m, forKey: .message)
            try c.encodeIfPresent(variable, forKey: .variable)
            try c.encode(choices, forKey: .choices)
        case .input(let m, let variable, let type, let options, let samples, let next):
            try c.encode(m, forKey: .message)
            try c.encode(variable, forKey: .variable)
            try c.encode(type.name, forKey: .type)
            if case .integer(let minimum, let maximum) = type {
                try c.encodeIfPresent(minimum, forKey: .minimum)
                try c.encodeIfPresent(maximum, forKey: .maximum)
            }
            try c.encodeIfPresent(options, forKey: .options)
            if !samples.isEmpty { try c.encode(samples, forKey: .samples) }
            try c.encode(next, forKey: .next)
        case .confirm(let m, let yes, let no):
            try c.encode(m, forKey: .message)
            try c.encode(yes, forKey: .yes)
            try c.encode(no, forKey: .no)
        case .effect(let call, let next, let onError):
            try c.encode(call, forKey: .effect)
            try c.encode(next, forKey: .next)
            try c.encodeIfPresent(onError, forKey: .onError)
        case .decide(let branches, let otherwise):
            try c.encode(branches, forKey: .branches)
            try c.encode(otherwise, forKey: .otherwise)
        case .end(let outcome, let m):
            try c.encode(outcome, forKey: .outcome)
            try c.encode(m, forKey: .message)
        }
    }
}
