/// The 17 business rules the model enforces, numbered as in the issue.
public enum Rule: Int, Codable, CaseIterable, Hashable, Sendable {
    /// 1. A paid Sales/Service Hub seat gives paid access; no seat, no paid features.
    case seatGivesPaidAccess = 1
    /// 2. Assigning or unassigning paid seats needs "Add and edit users" and "Edit billing".
    case seatChangesNeedUserAndBillingPermissions = 2
    /// 3. Assigned seats never exceed purchased seats; buy one first when none is free.
    case assignedNeverExceedPurchased = 3
    /// 4. Creating a Super Admin grants no paid seat; it is assigned afterwards.
    case superAdminGetsNoSeatAtCreation = 4
    /// 5. A deactivated user's seat cannot be unassigned.
    case deactivatedSeatCannotBeUnassigned = 5
    /// 6. A user holding a Sales/Service seat cannot be removed before that access is removed.
    case seatHolderCannotBeRemoved = 6
    /// 7. An unassigned seat stays in the account and is billed until the next renewal.
    case unassignedSeatStaysBilled = 7
    /// 8. Removing unassigned seats needs "Edit billing" and is scheduled for the next term.
    case removalNeedsBillingAndIsScheduled = 8
    /// 9. A scheduled removal can be cancelled; reassigning pending seats cancels it.
    case scheduledRemovalCanBeCancelled = 9
    /// 10. On the renewal date pending removals take effect.
    case removalTakesEffectAtRenewal = 10
    /// 11. Seat types; View-only users change nothing; Partner seats are free for partner employees.
    case seatTypes = 11
    /// 12. Billing users add or remove seats; assigned seats cannot be removed.
    case billingUsersAddOrRemoveSeats = 12
    /// 13. A single Core seat can be transferred to another user.
    case singleCoreSeatTransfer = 13
    /// 14. Upgrading from free tools removes the free seats and buys seats at checkout.
    case upgradeFromFreeToolsBuysSeats = 14
    /// 15. Admins and the owner can view the Zendesk subscription summary.
    case adminsViewSubscription = 15
    /// 16. Only the owner and billing admins change the subscription; other admins request a change.
    case ownerAndBillingAdminsChangeSubscription = 16
    /// 17. Only the owner cancels the account; afterwards nothing on it is reachable.
    case ownerCancelsAccount = 17

    /// A short developer-facing English summary of the rule.
    public var summary: String {
        switch self {
        case .seatGivesPaidAccess:
            return "Paid Sales Hub or Service Hub access takes one seat of that hub; without a seat there are no paid features."
        case .seatChangesNeedUserAndBillingPermissions:
            return "Assigning or unassigning paid seats needs both 'Add and edit users' and 'Edit billing'."
        case .assignedNeverExceedPurchased:
            return "Assigned seats never exceed purchased seats; with none free a seat must be bought first."
        case .superAdminGetsNoSeatAtCreation:
            return "Creating a Super Admin grants no paid seat; it is assigned afterwards."
        case .deactivatedSeatCannotBeUnassigned:
            return "A deactivated user's seat cannot be unassigned: reactivate, unassign, deactivate again."
        case .seatHolderCannotBeRemoved:
            return "A user holding a paid seat cannot be removed before that access is removed."
        case .unassignedSeatStaysBilled:
            return "An unassigned seat stays in the account and is billed until the next renewal date."
        case .removalNeedsBillingAndIsScheduled:
            return "Removing unassigned seats needs 'Edit billing' and takes effect at the next term; legacy Sales Hub or post-dated quotes need the Customer Success Manager."
        case .scheduledRemovalCanBeCancelled:
            return "A scheduled removal can be cancelled before it takes effect; reassigning pending seats cancels it."
        case .removalTakesEffectAtRenewal:
            return "On the renewal date pending removals take effect."
        case .seatTypes:
            return "Seat types are Core, Sales Hub, Service Hub, View-only and Partner; View-only users change nothing; Partner seats are free for partner employees."
        case .billingUsersAddOrRemoveSeats:
            return "Users with 'Edit billing' add or remove seats; assigned seats cannot be removed."
        case .singleCoreSeatTransfer:
            return "With a single Core seat in the account, it can be transferred to another user."
        case .upgradeFromFreeToolsBuysSeats:
            return "Upgrading from free tools to Starter removes the free seats; the needed seats are bought at checkout."
        case .adminsViewSubscription:
            return "Admins and the account owner can view the subscription summary."
        case .ownerAndBillingAdminsChangeSubscription:
            return "Only the owner and billing admins change the subscription; other admins send a change request."
        case .ownerCancelsAccount:
            return "Only the owner can cancel the account; it takes effect at once and the account is no longer reachable."
        }
    }
}
