import DocentLocalization

/// Where a walk session shows what happens and reads what the person types.
///
/// The terminal implements it; the session decides what to ask, how to read the answer and
/// what to do with it, so every front end walks the same way.
public protocol WalkConsole {
    /// Shows an event.
    mutating func show(_ event: WalkEvent)
    /// The next line typed (or piped), or nil at the end of input.
    mutating func readLine() -> String?
    /// Whether consecutive instructions are shown together (`.instructions`) and acknowledged once.
    var groupsInstructions: Bool { get }
    /// Asks the person whether to apply the account changes an answer makes: true to go on,
    /// false to answer again, nil to stop the walk.
    mutating func confirm(_ changes: [FormattedMessage]) -> Bool?
}

extension WalkConsole {
    /// One instruction at a time.
    public var groupsInstructions: Bool { false }
    /// Applies without asking.
    public mutating func confirm(_ changes: [FormattedMessage]) -> Bool? { true }
}

/// What a session shows while it walks.
public enum WalkEvent: Sendable {
    /// A prompt waiting for the person.
    case screen(Screen)
    /// Consecutive instructions waiting for the person, acknowledged once.
    case instructions([Screen])
    /// A prompt answered ahead of time, with the answer as given.
    case answeredAhead(Screen, answer: String)
    /// A question with one possible answer, taken without asking: the question and the answer.
    case decided(FormattedMessage, answer: FormattedMessage)
    /// The last answer was not accepted; why, in the person's words. The prompt is asked again.
    case rejected(String)
    /// The walk went back one step.
    case wentBack
    /// There is no step to go back to.
    case cannotGoBack
}
