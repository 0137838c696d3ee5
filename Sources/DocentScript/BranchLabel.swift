/// How a branch is introduced.
public enum BranchLabel: Sendable, Hashable {
    /// A choice of a question, worded by its label message.
    case choice(Phrase)
    /// Yes (a confirmation, or a check whose guard holds).
    case yes
    /// No.
    case no
    /// A check's branch among several, taken when its condition holds.
    case when(ConditionWords)
    /// The check's last branch, taken when no condition holds.
    case otherwise
    /// The product accepts the change.
    case accepted
    /// The product refuses the change.
    case rejected
}
