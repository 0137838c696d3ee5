/// What the walk is waiting for: the step, its message and the answers it takes.
public struct Prompt: Sendable {
    /// The kinds of answer a prompt takes.
    public enum Kind: Sendable {
        /// An instruction; any acknowledgement goes on.
        case acknowledge
        /// One of the offered choices, by value.
        case choose([OfferedChoice])
        /// A value of the type; for `.option`, one of `options`.
        case input(InputType, options: [Value]?)
        /// Yes or no.
        case confirm
    }

    /// The step's id (the `STEP` of `--answer STEP=VALUE`).
    public var step: String
    /// The variable an answer is stored in, if any.
    public var variable: String?
    /// The message to show.
    public var message: ResolvedMessage
    /// The answers taken.
    public var kind: Kind
}

/// A question's choice that its guard allows now.
public struct OfferedChoice: Sendable, Hashable {
    /// The value to answer with.
    public var value: String
    /// The label to show.
    public var label: ResolvedMessage
}
