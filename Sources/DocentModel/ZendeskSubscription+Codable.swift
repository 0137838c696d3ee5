extension ZendeskSubscription: Codable {
    /// The JSON keys (the property names).
    enum CodingKeys: String, CodingKey {
        case products, fullAgentSeats, billingCycle, paymentDetails, discount, supportsTemporarySubscriptions, offers
    }

    /// Decodes a subscription; `discount`, `supportsTemporarySubscriptions` and `offers` are optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            products: try container.decode([ZendeskProduct].self, forKey: .products),
            fullAgentSeats: try container.decode(Int.self, forKey: .fullAgentSeats),
            billingCycle: try container.decode(BillingCycle.self, forKey: .billingCycle),
            paymentDetails: try container.decode(String.self, forKey: .paymentDetails),
            discount: try container.decodeIfPresent(Money.self, forKey: .discount),
            supportsTemporarySubscriptions:
                try container.decodeIfPresent(Bool.self, forKey: .supportsTemporarySubscriptions) ?? false,
            offers: try container.decodeIfPresent([ZendeskProduct].self, forKey: .offers) ?? []
        )
    }

    /// Encodes every property under its own name (`discount` omitted when nil).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(products, forKey: .products)
        try container.encode(fullAgentSeats, forKey: .fullAgentSeats)
        try container.encode(billingCycle, forKey: .billingCycle)
        try container.encode(paymentDetails, forKey: .paymentDetails)
        try container.encodeIfPresent(discount, forKey: .discount)
        try container.encode(supportsTemporarySubscriptions, forKey: .supportsTemporarySubscriptions)
        if !offers.isEmpty { try container.encode(offers, forKey: .offers) }
    }
}
