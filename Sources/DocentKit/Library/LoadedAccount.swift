import DocentModel

/// An account to walk procedures against, read from a demo or a file.
public struct LoadedAccount: Sendable, Equatable {
    /// The demo id or the file's path, as the user named it.
    public var name: String
    /// The file it was read from.
    public var file: String
    /// Whether it is one of the bundled demo accounts (never written back).
    public var isDemo: Bool
    /// The account.
    public var account: Account
    /// Creates a loaded account.
    public init(name: String, file: String, isDemo: Bool, account: Account) {
        self.name = name
        self.file = file
        self.isDemo = isDemo
        self.account = account
    }

    /// The user who acts when `--as` is not given: the first Super Admin, or the Zendesk owner.
    public var defaultActor: String {
        switch account {
        case .hubspot(let a): return (a.users.first { $0.permissions.contains(.superAdmin) } ?? a.users.first)?.email ?? ""
        case .zendesk(let a): return a.members.first { $0.role == .owner }?.email ?? ""
        }
    }
    /// The platform: `hubspot` or `zendesk`.
    public var platform: String {
        switch account {
        case .hubspot: return "hubspot"
        case .zendesk: return "zendesk"
        }
    }

    /// The commercial model: the HubSpot pricing model, or Zendesk self-service or sales-assisted.
    public var model: String {
        switch account {
        case .hubspot(let a): return a.pricingModel.rawValue
        case .zendesk(let a): return a.isSelfService ? "self-service" : "sales-assisted"
        }
    }

    /// The emails of the account's users.
    public var userEmails: [String] {
        switch account {
        case .hubspot(let a): return a.users.map(\.email)
        case .zendesk(let a): return a.members.map(\.email)
        }
    }
}
