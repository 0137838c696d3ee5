/// How often a subscription is billed and renewed.
public enum BillingCycle: String, Codable, CaseIterable, Hashable, Sendable {
    /// Every month.
    case monthly
    /// Every year.
    case annual

    /// The length of one term in months (1 or 12).
    public var months: Int {
        switch self {
        case .monthly: return 1
        case .annual: return 12
        }
    }
}
