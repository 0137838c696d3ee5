extension ZendeskAccount: Codable {
    /// The JSON keys (the property names).
    enum CodingKeys: String, CodingKey {
        case id, name, isSelfService, members, subscription, cancelledOn, changeRequests
    }

    /// Decodes an account; `cancelledOn` and `changeRequests` are optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            isSelfService: try container.decodeIfPresent(Bool.self, forKey: .isSelfService) ?? false,
            members: try container.decode([ZendeskMember].self, forKey: .members),
            subscription: try container.decode(ZendeskSubscription.self, forKey: .subscription),
            cancelledOn: try container.decodeIfPresent(CalendarDate.self, forKey: .cancelledOn),
            changeRequests: try container.decodeIfPresent([ZendeskChangeRequest].self, forKey: .changeRequests) ?? []
        )
    }

    /// Encodes every property under its own name (`cancelledOn` omitted when nil).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(isSelfService, forKey: .isSelfService)
        try container.encode(members, forKey: .members)
        try container.encode(subscription, forKey: .subscription)
        try container.encodeIfPresent(cancelledOn, forKey: .cancelledOn)
        try container.encode(changeRequests, forKey: .changeRequests)
    }
}
