/// A guard put as yes-or-no questions: one per guard call, composed like the condition.
public indirect enum ConditionWords: Sendable, Hashable {
    /// One guard's question (`script.guard.<name>`).
    case question(Phrase)
    /// Every part must be answered yes.
    case all([ConditionWords])
    /// At least one part must be answered yes.
    case any([ConditionWords])
    /// The part must be answered no.
    case not(ConditionWords)
}
