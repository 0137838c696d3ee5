import DocentModel
import DocentWorkflow

/// What a procedure runs against: the account, who is acting, and today's date.
public struct Situation: Sendable, Equatable {
    /// The account the procedure changes.
    public var account: Account
    /// The acting user's email.
    public var actor: String
    /// Today, for scheduling (removals take effect at the next renewal).
    public var today: CalendarDate

    /// Creates a situation.
    public init(account: Account, actor: String, today: CalendarDate) {
        self.account = account
        self.actor = actor
        self.today = today
    }

    /// How an option of an input reads to a person: a user as `Name <email>`, anything else as is.
    public func label(forOption value: Value) -> String {
        let text = value.text
        let name: String?
        switch account {
        case .hubspot(let a): name = a.user(text)?.name
        case .zendesk(let a): name = a.members.first { $0.email.lowercased() == text.lowercased() }?.name
        }
        return name.map { "\($0) <\(text)>" } ?? text
    }

    /// The HubSpot account, or the error a HubSpot-only binding reports on another platform.
    func hubspot() throws(KitError) -> HubSpotAccount {
        guard case .hubspot(let account) = account else { throw .wrongPlatform(expected: "hubspot") }
        return account
    }

    /// The Zendesk account, or the error a Zendesk-only binding reports on another platform.
    func zendesk() throws(KitError) -> ZendeskAccount {
        guard case .zendesk(let account) = account else { throw .wrongPlatform(expected: "zendesk") }
        return account
    }
}
