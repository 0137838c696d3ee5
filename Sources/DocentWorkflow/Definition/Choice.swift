/// One answer a question offers.
public struct Choice: Sendable, Hashable {
    /// The answer's value, as given by `--answer STEP=VALUE` and stored in the variable.
    public var value: String
    /// The message shown for this answer.
    public var label: MessageReference
    /// The step that follows this answer.
    public var next: String
    /// When present, the choice is offered only while this guard holds.
    public var when: Condition?
    /// A host check run when the choice is taken, its variable set: a refusal is shown at the
    /// question, which is asked again (a different answer may do).
    public var check: Call?

    /// Creates a choice.
    public init(value: String, label: MessageReference, next: String, when: Condition? = nil, check: Call? = nil) {
        self.value = value
        self.label = label
        self.next = next
        self.when = when
        self.check = check
    }
}

extension Choice: Codable {
    private enum CodingKeys: String, CodingKey { case value, label, next, when, check }

    /// The keys a choice takes.
    public static let keys: Set<String> = ["value", "label", "next", "when", "check"]

    public init(from decoder: any Decoder) throws {
        try JSONKey.requireOnly(Self.keys, in: decoder, what: "a choice")
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            value: try keyed.decode(String.self, forKey: .value), label: try keyed.decode(MessageReference.self, forKey: .label),
            next: try keyed.decode(String.self, forKey: .next), when: try keyed.decodeIfPresent(Condition.self, forKey: .when),
            check: try keyed.decodeIfPresent(Call.self, forKey: .check))
    }
}
