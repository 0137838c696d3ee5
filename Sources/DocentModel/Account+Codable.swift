extension Account: Codable {
    /// The key added next to the inner account's keys.
    enum PlatformKey: String, CodingKey {
        case platform
    }

    /// Decodes by `platform`; an unknown platform throws `DecodingError.dataCorrupted`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: PlatformKey.self)
        let platform = try container.decode(String.self, forKey: .platform)
        switch platform {
        case "hubspot": self = .hubspot(try HubSpotAccount(from: decoder))
        case "zendesk": self = .zendesk(try ZendeskAccount(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .platform, in: container,
                debugDescription: "Unknown platform '\(platform)', expected 'hubspot' or 'zendesk'.")
        }
    }

    /// Encodes the inner account's keys plus `platform`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: PlatformKey.self)
        switch self {
        case .hubspot(let account):
            try container.encode("hubspot", forKey: .platform)
            try account.encode(to: encoder)
        case .zendesk(let account):
            try container.encode("zendesk", forKey: .platform)
            try account.encode(to: encoder)
        }
    }
}
