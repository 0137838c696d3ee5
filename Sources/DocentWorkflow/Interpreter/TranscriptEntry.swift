/// One line of a walk's record: a step that was passed, with its answer or effect.
public struct TranscriptEntry: Sendable {
    /// The step's id.
    public var step: String
    /// The step's kind name.
    public var kind: String
    /// The message shown, if any.
    public var message: ResolvedMessage?
    /// The answer given, as typed (canonical form).
    public var answer: String?
    /// For a decision, the step it took.
    public var next: String? = nil
    /// The effect applied, if this was an effect step.
    public var effect: String?
    /// The effect's failure, if it failed.
    public var failure: EffectFailure?
    /// For a question with a single possible answer, taken without asking: that answer's label.
    public var decided: ResolvedMessage? = nil
}
