import DocentLocalization
import DocentModel

/// One change to an account, as a catalog message (`change.*`) and its arguments, to be worded
/// in the person's language: "Zoé now holds a Sales Hub seat".
public struct ChangeSentence: Sendable, Equatable {
    /// The catalog id.
    public var id: String
    /// The placeholder values.
    public var arguments: [String: Argument]

    /// The changes between two accounts, in a stable order: users, then seats and billing.
    public static func between(_ old: Account, _ new: Account) -> [ChangeSentence] {
        switch (old, new) {
        case (.hubspot(let a), .hubspot(let b)): return hubspot(a, b)
        case (.zendesk(let a), .zendesk(let b)): return zendesk(a, b)
        default: return [ChangeSentence(id: "change.account-replaced", arguments: [:])]
        }
    }

    static func hubspot(_ a: HubSpotAccount, _ b: HubSpotAccount) -> [ChangeSentence] {
        var sentences: [ChangeSentence] = []
        func add(_ id: String, _ arguments: [String: Argument]) { sentences.append(ChangeSentence(id: "change." + id, arguments: arguments)) }
        if a.edition != b.edition || a.pricingModel != b.pricingModel {
            add("edition", ["edition": .string(b.edition.rawValue), "model": .string(b.pricingModel.rawValue)])
        }
        for user in b.users where a.user(user.email) == nil {
            add("user-added", ["user": .string(user.name), "email": .string(user.email)])
        }
        for user in a.users where b.user(user.email) == nil {
            add("user-removed", ["user": .string(user.name), "email": .string(user.email)])
        }
        for old in a.users {
            guard let new = b.user(old.email) else { continue }
            let who: [String: Argument] = ["user": .string(new.name), "email": .string(new.email)]
            if !old.isDeactivated, new.isDeactivated { add("user-deactivated", who) }
            if old.isDeactivated, !new.isDeactivated { add("user-reactivated", who) }
            for seat in new.seats.subtracting(old.seats).sorted(by: { $0.rawValue < $1.rawValue }) {
                add("seat-assigned", who.merging(["type": .string(seat.rawValue)]) { $1 })
            }
            for seat in old.seats.subtracting(new.seats).sorted(by: { $0.rawValue < $1.rawValue }) {
                add("seat-unassigned", who.merging(["type": .string(seat.rawValue)]) { $1 })
            }
            if old.permissions != new.permissions { add("permissions", who) }
        }
        for type in SeatType.allCases {
            let before = a.subscription(for: type), after = b.subscription(for: type)
            let purchased = (before?.purchased ?? 0, after?.purchased ?? 0)
            if purchased.0 != purchased.1 {
                add(purchased.1 > purchased.0 ? "seats-bought" : "seats-removed", [
                    "type": .string(type.rawValue), "count": .int(abs(purchased.1 - purchased.0)), "total": .int(purchased.1),
                ])
            }
            switch (before?.scheduledRemoval, after?.scheduledRemoval) {
            case (nil, let scheduled?):
                add("removal-scheduled", ["type": .string(type.rawValue), "count": .int(scheduled.count), "date": .string(scheduled.effectiveOn.description)])
            case (let cancelled?, nil) where purchased.0 == purchased.1:
                add("removal-cancelled", ["type": .string(type.rawValue), "count": .int(cancelled.count)])
            case (let old?, let new?) where old != new:
                add("removal-cancelled", ["type": .string(type.rawValue), "count": .int(old.count)])
                add("removal-scheduled", ["type": .string(type.rawValue), "count": .int(new.count), "date": .string(new.effectiveOn.description)])
            default:
                break
            }
        }
        if a.billing.renewalDate != b.billing.renewalDate {
            add("renewed", ["date": .string(b.billing.renewalDate.description)])
        }
        if a.freeSeats != b.freeSeats, b.freeSeats == 0 { add("free-seats-removed", ["count": .int(a.freeSeats)]) }
        return sentences
    }

    static func zendesk(_ a: ZendeskAccount, _ b: ZendeskAccount) -> [ChangeSentence] {
        var sentences: [ChangeSentence] = []
        func add(_ id: String, _ arguments: [String: Argument]) { sentences.append(ChangeSentence(id: "change." + id, arguments: arguments)) }
        let old = a.subscription, new = b.subscription
        if old.fullAgentSeats != new.fullAgentSeats {
            add("agent-seats", ["count": .int(new.fullAgentSeats - old.fullAgentSeats), "total": .int(new.fullAgentSeats)])
        }
        if old.billingCycle != new.billingCycle { add("billing-cycle", ["cycle": .string(new.billingCycle.rawValue)]) }
        for product in new.products where !old.products.contains(product) {
            add("product-added", ["product": .string(product.name), "edition": .string(product.edition)])
        }
        for request in b.changeRequests.dropFirst(a.changeRequests.count) {
            add("change-requested", ["summary": .string(request.summary)])
        }
        if a.cancelledOn == nil, let date = b.cancelledOn { add("account-cancelled", ["date": .string(date.description)]) }
        return sentences
    }
}
