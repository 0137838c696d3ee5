/// The edition of a HubSpot account.
public enum Edition: String, Codable, CaseIterable, Hashable, Sendable {
    /// Free tools (no paid seats).
    case freeTools = "free-tools"
    /// Starter.
    case starter
    /// Professional.
    case professional
    /// Enterprise.
    case enterprise
}
