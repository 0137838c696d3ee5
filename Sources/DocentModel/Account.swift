/// An account on one of the supported platforms.
///
/// JSON: the inner account's object with `"platform": "hubspot" | "zendesk"` added at top level.
public enum Account: Hashable, Sendable {
    /// A HubSpot account.
    case hubspot(HubSpotAccount)
    /// A Zendesk account.
    case zendesk(ZendeskAccount)

    /// The account id.
    public var id: String {
        switch self {
        case .hubspot(let account): return account.id
        case .zendesk(let account): return account.id
        }
    }

    /// The platform's id: `hubspot` or `zendesk`.
    public var platform: String {
        switch self {
        case .hubspot: return "hubspot"
        case .zendesk: return "zendesk"
        }
    }

    /// The account name.
    public var name: String {
        switch self {
        case .hubspot(let account): return account.name
        case .zendesk(let account): return account.name
        }
    }

    /// Whether the account was cancelled (HubSpot accounts: never).
    public var isCancelled: Bool {
        switch self {
        case .hubspot: return false
        case .zendesk(let account): return account.isCancelled
        }
    }

    /// The inner account's invariant violations.
    public func invariantViolations() -> [String] {
        switch self {
        case .hubspot(let account): return account.invariantViolations()
        case .zendesk(let account): return account.invariantViolations()
        }
    }
}
