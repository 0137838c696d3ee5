/// A team member of a Zendesk account, identified by email (compared case-insensitively).
public struct ZendeskMember: Hashable, Codable, Sendable {
    /// The email address, the member's identity.
    public var email: String
    /// The display name.
    public var name: String
    /// The role.
    public var role: ZendeskRole

    /// Creates a member.
    public init(email: String, name: String, role: ZendeskRole) {
        self.email = email
        self.name = name
        self.role = role
    }
}
