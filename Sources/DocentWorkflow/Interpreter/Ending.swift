/// How and where a walk ended.
public struct Ending: Sendable {
    /// The step that ended it (an `end` step, or the effect that failed).
    public var step: String
    /// The outcome.
    public var outcome: Outcome
    /// The end step's message; nil when an effect failed with no `onError` step.
    public var message: ResolvedMessage?
    /// The effect failure or host refusal that led here, if any.
    public var failure: EffectFailure?

    /// Whether the walk's effects are kept (see `Outcome.keepsEffects`).
    public var keepsEffects: Bool { outcome.keepsEffects }
}

/// An effect or check that threw, with the error kept.
public struct EffectFailure: Sendable, Hashable, CustomStringConvertible {
    /// The step.
    public var step: String
    /// The effect's or check's name.
    public var effect: String
    /// What it threw.
    public var error: any Error & Sendable

    /// Creates a failure.
    public init(step: String, effect: String, error: any Error & Sendable) {
        self.step = step
        self.effect = effect
        self.error = error
    }

    public var description: String { "\(effect): \(error)" }

    public static func == (a: EffectFailure, b: EffectFailure) -> Bool {
        a.step == b.step && a.effect == b.effect && "\(a.error)" == "\(b.error)"
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(step)
        hasher.combine(effect)
        hasher.combine("\(error)")
    }
}
