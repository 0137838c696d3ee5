import DocentKit
import DocentWorkflow

/// What an effect did to a situation.
enum EffectResult: Sendable {
    /// The change went through.
    case applied(Situation)
    /// The product refused it.
    case refused(EffectFailure)
}
