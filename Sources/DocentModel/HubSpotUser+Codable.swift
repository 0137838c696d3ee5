extension HubSpotUser: Codable {
    /// The JSON keys (the property names).
    enum CodingKeys: String, CodingKey {
        case email, name, permissions, isDeactivated, seats, isPartnerEmployee, invitationPending
    }

    /// Decodes a user; flags and sets are optional (default false / empty).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            email: try container.decode(String.self, forKey: .email),
            name: try container.decode(String.self, forKey: .name),
            permissions: try container.decodeIfPresent(Set<Permission>.self, forKey: .permissions) ?? [],
            isDeactivated: try container.decodeIfPresent(Bool.self, forKey: .isDeactivated) ?? false,
            seats: try container.decodeIfPresent(Set<SeatType>.self, forKey: .seats) ?? [],
            isPartnerEmployee: try container.decodeIfPresent(Bool.self, forKey: .isPartnerEmployee) ?? false,
            invitationPending: try container.decodeIfPresent(Bool.self, forKey: .invitationPending) ?? false
        )
    }

    /// Encodes a user with sets as arrays sorted by raw value (deterministic JSON).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(email, forKey: .email)
        try container.encode(name, forKey: .name)
        try container.encode(permissions.map(\.rawValue).sorted(), forKey: .permissions)
        try container.encode(isDeactivated, forKey: .isDeactivated)
        try container.encode(seats.map(\.rawValue).sorted(), forKey: .seats)
        try container.encode(isPartnerEmployee, forKey: .isPartnerEmployee)
        try container.encode(invitationPending, forKey: .invitationPending)
    }
}
