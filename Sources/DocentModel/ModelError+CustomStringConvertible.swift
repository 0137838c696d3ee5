extension ModelError: CustomStringConvertible {
    /// A plain English developer description (not for end users; the app localizes `code`).
    public var description: String {
        switch self {
        case .unknownUser(let email): return "No user '\(email)' in the account."
        case .actorDeactivated(let email): return "The acting user '\(email)' is deactivated."
        case .viewOnlyCannotChange(let email): return "'\(email)' has a View-only seat and cannot change anything."
        case .missingPermission(let permission): return "The acting user lacks the '\(permission.rawValue)' permission."
        case .userExists(let email): return "A user '\(email)' already exists."
        case .invalidEmail(let email): return "'\(email)' is not a valid email address."
        case .superAdminSeatAfterCreation: return "A Super Admin gets no paid seat at creation; assign it afterwards."
        case .noSeatAvailable(let type): return "No unassigned \(type.rawValue) seat is available; buy one first."
        case .seatTypeNotInPricingModel(let type): return "The account's pricing model has no \(type.rawValue) seats."
        case .tooManySeats(let count): return "A user holds at most one seat in the seat-based model (\(count) requested)."
        case .seatAlreadyAssigned(let email, let type): return "'\(email)' already holds a \(type.rawValue) seat."
        case .seatNotAssigned(let email, let type): return "'\(email)' holds no \(type.rawValue) seat."
        case .userDeactivated(let email): return "'\(email)' is deactivated; reactivate the user first."
        case .notPartnerEmployee(let email): return "'\(email)' is not an eligible partner employee."
        case .wrongPricingModel(let expected): return "Only available in the \(expected.rawValue) pricing model."
        case .invalidCount(let count): return "Invalid count \(count); it must be at least 1."
        case .noSubscription(let type): return "The account has no \(type.rawValue) subscription."
        case .contactCustomerSuccessManager: return "Legacy Sales Hub subscription or post-dated quote: contact your Customer Success Manager."
        case .removalAlreadyScheduled(let type): return "A \(type.rawValue) seat removal is already scheduled; cancel it first."
        case .notEnoughUnassignedSeats(let requested, let available): return "Cannot remove \(requested) seats: only \(available) unassigned."
        case .noRemovalScheduled(let type): return "No \(type.rawValue) seat removal is scheduled."
        case .userHoldsPaidSeat(let email, let types): return "'\(email)' still holds paid seats: \(types.map(\.rawValue).joined(separator: ", "))."
        case .cannotRemoveSelf: return "Users cannot remove or deactivate themselves."
        case .alreadyDeactivated(let email): return "'\(email)' is already deactivated."
        case .notDeactivated(let email): return "'\(email)' is not deactivated."
        case .notSingleCoreSeat(let count): return "Core-seat transfer needs exactly one Core seat; the account has \(count)."
        case .notOnFreeTools: return "The account is not on free tools."
        case .accountCancelled: return "The account was cancelled; its data is no longer reachable."
        case .notAnAdmin: return "Only admins and the account owner can do this."
        case .billingRightsRequired: return "Only the owner and billing admins can change the subscription; send a change request."
        case .canChangeDirectly: return "The owner and billing admins change the subscription directly."
        case .ownerOnly: return "Only the account owner can do this."
        }
    }
}
