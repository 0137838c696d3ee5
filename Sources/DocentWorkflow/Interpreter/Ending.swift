/// How and where a walk ended.
public struct Ending: Sendable {
    /// The step that ended it (an `end` step, or the effect that failed).
    public var step: String
    /// The outcome.
    public var outcome: Outcome
    /// The end step's message; nil when an effect failed with no `onError` step.
    public var message: ResolvedMessage?
    /// The effect failure that led here, if any.
    public var failure: EffectFailure?
}

/// An effect that threw, with the error kept.
public struct EffectFailure: Sendable {
    /// The effect step.
    public var step: String
    /// The effect's name.
    public var effect: String
    /// What the effect threw.
    public var error: any Error & Sendable
}
