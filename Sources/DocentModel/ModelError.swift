/// A refused command or query; carries data, not text (the app localizes it via `code`).
///
/// Codes (`code`), one per case:
/// - `unknownUser` → "unknown-user"
/// - `actorDeactivated` → "actor-deactivated"
/// - `viewOnlyCannotChange` → "view-only-cannot-change"
/// - `missingPermission` → "missing-permission"
/// - `userExists` → "user-exists"
/// - `invalidEmail` → "invalid-email"
/// - `superAdminSeatAfterCreation` → "super-admin-seat-after-creation"
/// - `noSeatAvailable` → "no-seat-available"
/// - `seatTypeNotInPricingModel` → "seat-type-not-in-pricing-model"
/// - `tooManySeats` → "too-many-seats"
/// - `seatAlreadyAssigned` → "seat-already-assigned"
/// - `seatNotAssigned` → "seat-not-assigned"
/// - `userDeactivated` → "user-deactivated"
/// - `notPartnerEmployee` → "not-partner-employee"
/// - `wrongPricingModel` → "wrong-pricing-model"
/// - `invalidCount` → "invalid-count"
/// - `noSubscription` → "no-subscription"
/// - `contactCustomerSuccessManager` → "contact-customer-success-manager"
/// - `removalAlreadyScheduled` → "removal-already-scheduled"
/// - `notEnoughUnassignedSeats` → "not-enough-unassigned-seats"
/// - `noRemovalScheduled` → "no-removal-scheduled"
/// - `userHoldsPaidSeat` → "user-holds-paid-seat"
/// - `cannotRemoveSelf` → "cannot-remove-self"
/// - `alreadyDeactivated` → "already-deactivated"
/// - `notDeactivated` → "not-deactivated"
/// - `notSingleCoreSeat` → "not-single-core-seat"
/// - `notOnFreeTools` → "not-on-free-tools"
/// - `accountCancelled` → "account-cancelled"
/// - `notAnAdmin` → "not-an-admin"
/// - `billingRightsRequired` → "billing-rights-required"
/// - `canChangeDirectly` → "can-change-directly"
/// - `ownerOnly` → "owner-only"
/// - `wrongPlatform` → "wrong-platform"
/// - `noUserWithoutSeat` → "no-user-without-seat"
/// - `noUserWithSeat` → "no-user-with-seat"
/// - `noPaidSeats` → "no-paid-seats"
/// - `noRemovalsScheduled` → "no-removals-scheduled"
/// - `noOtherUser` → "no-other-user"
/// - `noTransferTarget` → "no-transfer-target"
/// - `currencyMismatch` → "currency-mismatch"
public enum ModelError: Error, Equatable, Hashable, Sendable {
    // MARK: Actors and users

    /// No user or member with this email exists in the account.
    case unknownUser(String)
    /// The acting user (email) is deactivated.
    case actorDeactivated(String)
    /// The acting user (email) holds a View-only seat and cannot change anything (rule 11).
    case viewOnlyCannotChange(String)
    /// The acting user lacks this permission (rule 2; also "Edit billing" for rules 8/12).
    case missingPermission(Permission)
    /// A user with this email already exists.
    case userExists(String)
    /// This string is not shaped like `local@domain.tld`.
    case invalidEmail(String)
    /// A Super Admin cannot get a paid seat while being created; assign it afterwards (rule 4).
    case superAdminSeatAfterCreation

    // MARK: Seats

    /// No unassigned seat of this type is available: buy one first (rule 3).
    case noSeatAvailable(SeatType)
    /// The account's pricing model has no seats of this type (rule 11).
    case seatTypeNotInPricingModel(SeatType)
    /// In the seat-based model a user holds at most one seat; this many were requested.
    case tooManySeats(count: Int)
    /// The user (email) already holds this seat.
    case seatAlreadyAssigned(String, SeatType)
    /// The user (email) does not hold this seat.
    case seatNotAssigned(String, SeatType)
    /// The user (email) is deactivated: reactivate, change the seat, deactivate again (rule 5).
    case userDeactivated(String)
    /// Partner seats go only to eligible partner employees; this user (email) is not one (rule 11).
    case notPartnerEmployee(String)
    /// The command exists only in this pricing model.
    case wrongPricingModel(expected: PricingModel)
    /// A count must be at least 1; this one was given.
    case invalidCount(Int)
    /// The account has no subscription for this seat type.
    case noSubscription(SeatType)

    // MARK: Seat removal and billing

    /// A legacy Sales Hub subscription or a post-dated quote: contact the Customer Success Manager (rule 8).
    case contactCustomerSuccessManager
    /// A removal is already scheduled for this seat type: cancel it first to change the number (rule 9).
    case removalAlreadyScheduled(SeatType)
    /// Only unassigned seats can be removed (rules 8, 12).
    case notEnoughUnassignedSeats(requested: Int, available: Int, model: PricingModel)
    /// No removal is scheduled for this seat type (rule 9).
    case noRemovalScheduled(SeatType)
    /// The user (email) still holds these paid seats (rule 6; rule 13 for a transfer target).
    case userHoldsPaidSeat(String, [SeatType])
    /// Users cannot remove or deactivate themselves.
    case cannotRemoveSelf
    /// The user (email) is already deactivated.
    case alreadyDeactivated(String)
    /// The user (email) is not deactivated.
    case notDeactivated(String)
    /// Core-seat transfer needs exactly one Core seat in the account; it has this many (rule 13).
    case notSingleCoreSeat(count: Int)
    /// The account is not on free tools, so it cannot be upgraded from them (rule 14).
    case notOnFreeTools

    // MARK: Zendesk

    /// The account was cancelled; its data is no longer reachable (rule 17).
    case accountCancelled
    /// Only the owner and admins can do this (rules 15, 16).
    case notAnAdmin
    /// Changing the subscription needs billing rights; send a change request instead (rule 16).
    case billingRightsRequired
    /// The owner and billing admins change the subscription directly; no request is needed (rule 16).
    case canChangeDirectly
    /// Only the account owner can do this (rule 17).
    case ownerOnly

    // MARK: Preconditions of procedures

    /// The command belongs to the other platform (`hubspot` or `zendesk`).
    case wrongPlatform(expected: String)
    /// Every active user already holds a seat of this type: nobody to assign one to.
    case noUserWithoutSeat(SeatType)
    /// No user holds a seat of this type: nobody to take one from.
    case noUserWithSeat(SeatType)
    /// The account has no paid seats at all.
    case noPaidSeats
    /// No seat removal is scheduled for any seat type (rule 9).
    case noRemovalsScheduled
    /// The acting user is the only user: nobody else to act on.
    case noOtherUser
    /// Nobody can take the Core seat: every other user holds a paid seat or is deactivated (rule 13).
    case noTransferTarget
    /// A price is in another currency than the account's (`expected`, `got`).
    case currencyMismatch(expected: String, got: String)

    /// The rule this error enforces, or nil for plain validation.
    public var rule: Rule? {
        switch self {
        case .unknownUser, .actorDeactivated, .userExists, .invalidEmail, .seatAlreadyAssigned,
             .seatNotAssigned, .wrongPricingModel, .invalidCount, .noSubscription, .cannotRemoveSelf,
             .alreadyDeactivated, .notDeactivated, .wrongPlatform, .noUserWithoutSeat, .noUserWithSeat, .noPaidSeats,
             .noOtherUser, .currencyMismatch:
            return nil
        case .noRemovalsScheduled:
            return .scheduledRemovalCanBeCancelled
        case .noTransferTarget:
            return .singleCoreSeatTransfer
        case .notEnoughUnassignedSeats(_, _, .legacyPaidSeats):
            // Legacy accounts remove "additional paid users" under rule 8; seat-based ones under rule 12.
            return .removalNeedsBillingAndIsScheduled
        case .viewOnlyCannotChange, .seatTypeNotInPricingModel, .tooManySeats, .notPartnerEmployee:
            return .seatTypes
        case .missingPermission:
            return .seatChangesNeedUserAndBillingPermissions
        case .superAdminSeatAfterCreation:
            return .superAdminGetsNoSeatAtCreation
        case .noSeatAvailable:
            return .assignedNeverExceedPurchased
        case .userDeactivated:
            return .deactivatedSeatCannotBeUnassigned
        case .contactCustomerSuccessManager:
            return .removalNeedsBillingAndIsScheduled
        case .removalAlreadyScheduled, .noRemovalScheduled:
            return .scheduledRemovalCanBeCancelled
        case .notEnoughUnassignedSeats:
            return .billingUsersAddOrRemoveSeats
        case .userHoldsPaidSeat:
            return .seatHolderCannotBeRemoved
        case .notSingleCoreSeat:
            return .singleCoreSeatTransfer
        case .notOnFreeTools:
            return .upgradeFromFreeToolsBuysSeats
        case .accountCancelled, .ownerOnly:
            return .ownerCancelsAccount
        case .notAnAdmin:
            return .adminsViewSubscription
        case .billingRightsRequired, .canChangeDirectly:
            return .ownerAndBillingAdminsChangeSubscription
        }
    }

    /// A stable kebab-case identifier of the case, used by the app as a message key.
    public var code: String {
        switch self {
        case .unknownUser: return "unknown-user"
        case .actorDeactivated: return "actor-deactivated"
        case .viewOnlyCannotChange: return "view-only-cannot-change"
        case .missingPermission: return "missing-permission"
        case .userExists: return "user-exists"
        case .invalidEmail: return "invalid-email"
        case .superAdminSeatAfterCreation: return "super-admin-seat-after-creation"
        case .noSeatAvailable: return "no-seat-available"
        case .seatTypeNotInPricingModel: return "seat-type-not-in-pricing-model"
        case .tooManySeats: return "too-many-seats"
        case .seatAlreadyAssigned: return "seat-already-assigned"
        case .seatNotAssigned: return "seat-not-assigned"
        case .userDeactivated: return "user-deactivated"
        case .notPartnerEmployee: return "not-partner-employee"
        case .wrongPricingModel: return "wrong-pricing-model"
        case .invalidCount: return "invalid-count"
        case .noSubscription: return "no-subscription"
        case .contactCustomerSuccessManager: return "contact-customer-success-manager"
        case .removalAlreadyScheduled: return "removal-already-scheduled"
        case .notEnoughUnassignedSeats: return "not-enough-unassigned-seats"
        case .noRemovalScheduled: return "no-removal-scheduled"
        case .userHoldsPaidSeat: return "user-holds-paid-seat"
        case .cannotRemoveSelf: return "cannot-remove-self"
        case .alreadyDeactivated: return "already-deactivated"
        case .notDeactivated: return "not-deactivated"
        case .notSingleCoreSeat: return "not-single-core-seat"
        case .notOnFreeTools: return "not-on-free-tools"
        case .accountCancelled: return "account-cancelled"
        case .notAnAdmin: return "not-an-admin"
        case .billingRightsRequired: return "billing-rights-required"
        case .canChangeDirectly: return "can-change-directly"
        case .ownerOnly: return "owner-only"
        case .wrongPlatform: return "wrong-platform"
        case .noUserWithoutSeat: return "no-user-without-seat"
        case .noUserWithSeat: return "no-user-with-seat"
        case .noPaidSeats: return "no-paid-seats"
        case .noRemovalsScheduled: return "no-removals-scheduled"
        case .noOtherUser: return "no-other-user"
        case .noTransferTarget: return "no-transfer-target"
        case .currencyMismatch: return "currency-mismatch"
        }
    }
}
