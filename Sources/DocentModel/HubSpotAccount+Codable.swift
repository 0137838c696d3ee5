extension HubSpotAccount: Codable {
    /// The JSON keys (the property names).
    enum CodingKeys: String, CodingKey {
        case id, name, pricingModel, edition, createdOn, users, subscriptions, billing
        case hasLegacySalesHubSubscription, hasPostDatedQuote, freeSeats
    }

    /// Decodes an account; users, subscriptions, the two flags and freeSeats are optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            pricingModel: try container.decode(PricingModel.self, forKey: .pricingModel),
            edition: try container.decode(Edition.self, forKey: .edition),
            createdOn: try container.decode(CalendarDate.self, forKey: .createdOn),
            users: try container.decodeIfPresent([HubSpotUser].self, forKey: .users) ?? [],
            subscriptions: try container.decodeIfPresent([SeatSubscription].self, forKey: .subscriptions) ?? [],
            billing: try container.decode(BillingTerms.self, forKey: .billing),
            hasLegacySalesHubSubscription:
                try container.decodeIfPresent(Bool.self, forKey: .hasLegacySalesHubSubscription) ?? false,
            hasPostDatedQuote: try container.decodeIfPresent(Bool.self, forKey: .hasPostDatedQuote) ?? false,
            freeSeats: try container.decodeIfPresent(Int.self, forKey: .freeSeats) ?? 0
        )
    }

    /// Encodes every property under its own name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(pricingModel, forKey: .pricingModel)
        try container.encode(edition, forKey: .edition)
        try container.encode(createdOn, forKey: .createdOn)
        try container.encode(users, forKey: .users)
        try container.encode(subscriptions, forKey: .subscriptions)
        try container.encode(billing, forKey: .billing)
        try container.encode(hasLegacySalesHubSubscription, forKey: .hasLegacySalesHubSubscription)
        try container.encode(hasPostDatedQuote, forKey: .hasPostDatedQuote)
        try container.encode(freeSeats, forKey: .freeSeats)
    }
}
