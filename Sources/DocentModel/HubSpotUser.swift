/// A user of a HubSpot account, identified by email (compared case-insensitively).
public struct HubSpotUser: Hashable, Sendable {
    /// The email address, the user's identity.
    public var email: String
    /// The display name.
    public var name: String
    /// The user's permissions (`superAdmin` implies all others).
    public var permissions: Set<Permission>
    /// Whether the user is deactivated.
    public var isDeactivated: Bool
    /// The seats the user holds (legacy: sales/service; seat-based: at most one).
    public var seats: Set<SeatType>
    /// Whether the user is an eligible partner employee (may hold a Partner seat).
    public var isPartnerEmployee: Bool
    /// Whether the user's invitation has not been accepted yet.
    public var invitationPending: Bool

    /// Creates a user.
    public init(
        email: String, name: String, permissions: Set<Permission> = [], isDeactivated: Bool = false,
        seats: Set<SeatType> = [], isPartnerEmployee: Bool = false, invitationPending: Bool = false
    ) {
        self.email = email
        self.name = name
        self.permissions = permissions
        self.isDeactivated = isDeactivated
        self.seats = seats
        self.isPartnerEmployee = isPartnerEmployee
        self.invitationPending = invitationPending
    }

    /// Whether the user has a permission (a Super Admin has every permission).
    public func has(_ permission: Permission) -> Bool {
        permissions.contains(permission) || permissions.contains(.superAdmin)
    }

    /// The paid seats the user holds, sorted by raw value.
    var paidSeats: [SeatType] {
        seats.filter(\.isPaid).sorted { $0.rawValue < $1.rawValue }
    }

    /// Whether this user's email matches another, ignoring case.
    func matches(_ other: String) -> Bool {
        email.lowercased() == other.lowercased()
    }
}
