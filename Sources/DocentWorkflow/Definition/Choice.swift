/// One answer a question offers.
public struct Choice: Sendable, Hashable, Codable {
    /// The answer's value, as given by `--answer STEP=VALUE` and stored in the variable.
    public var value: String
    /// The message shown for this answer.
    public var label: MessageReference
    /// The step that follows this answer.
    public var next: String
    /// When present, the choice is offered only while this guard holds.
    public var when: Call?

    /// Creates a choice.
    public init(value: String, label: MessageReference, next: String, when: Call? = nil) {
        self.value = value
        self.label = label
        self.next = next
        self.when = when
    }
}
