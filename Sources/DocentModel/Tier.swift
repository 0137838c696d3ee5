/// The tier of a paid hub subscription.
public enum Tier: String, Codable, CaseIterable, Hashable, Sendable {
    /// Starter tier.
    case starter
    /// Professional tier.
    case professional
    /// Enterprise tier.
    case enterprise
}
