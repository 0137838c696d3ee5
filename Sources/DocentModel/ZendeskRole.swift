/// The role of a Zendesk team member, as far as subscriptions are concerned.
public enum ZendeskRole: String, Codable, CaseIterable, Hashable, Sendable {
    /// The account owner.
    case owner
    /// An admin with billing rights.
    case billingAdmin = "billing-admin"
    /// An admin without billing rights.
    case admin
    /// An agent.
    case agent
}
