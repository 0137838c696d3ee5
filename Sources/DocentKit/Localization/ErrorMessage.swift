import DocentLocalization
import DocentModel
import DocentWorkflow

/// The catalog message for a refusal: `error.<code>` and the values its placeholders need.
public struct ErrorMessage: Sendable, Equatable {
    /// The catalog id.
    public var id: String
    /// Placeholder values.
    public var arguments: [String: Argument]
    /// The model rule the refusal enforces, if any.
    public var rule: Int?
    /// The stable code, for `--json`.
    public var code: String

    /// The message for any error a walk can end with.
    public init(for error: any Error) {
        guard let model = error as? ModelError else {
            self.init(id: "error.internal", arguments: ["detail": .string("\(error)")], rule: nil, code: "internal")
            return
        }
        var args: [String: Argument] = [:]
        switch model {
        case .unknownUser(let user), .actorDeactivated(let user), .viewOnlyCannotChange(let user), .userExists(let user),
            .invalidEmail(let user), .userDeactivated(let user), .notPartnerEmployee(let user), .alreadyDeactivated(let user),
            .notDeactivated(let user):
            args["user"] = .string(user)
        case .missingPermission(let permission):
            args["permission"] = .string(permission.rawValue)
        case .noSeatAvailable(let type), .seatTypeNotInPricingModel(let type), .noSubscription(let type),
            .removalAlreadyScheduled(let type), .noRemovalScheduled(let type):
            args["type"] = .string(type.rawValue)
        case .seatAlreadyAssigned(let user, let type), .seatNotAssigned(let user, let type):
            args["user"] = .string(user)
            args["type"] = .string(type.rawValue)
        case .tooManySeats(let count), .invalidCount(let count), .notSingleCoreSeat(let count):
            args["count"] = .int(count)
        case .wrongPricingModel(let expected):
            args["model"] = .string(expected.rawValue)
        case .notEnoughUnassignedSeats(let requested, let available, _):
            args["requested"] = .int(requested)
            args["available"] = .int(available)
        case .userHoldsPaidSeat(let user, let types):
            args["user"] = .string(user)
            args["type"] = .string(types.first?.rawValue ?? "sales-hub")
        case .wrongPlatform(let platform):
            args["platform"] = .string(platform)
        case .noUserWithoutSeat(let type), .noUserWithSeat(let type):
            args["type"] = .string(type.rawValue)
        case .currencyMismatch(let expected, let got):
            args["expected"] = .string(expected)
            args["got"] = .string(got)
        case .superAdminSeatAfterCreation, .contactCustomerSuccessManager, .cannotRemoveSelf, .notOnFreeTools,
            .accountCancelled, .notAnAdmin, .billingRightsRequired, .canChangeDirectly, .ownerOnly, .noPaidSeats,
            .noRemovalsScheduled, .noOtherUser, .noTransferTarget:
            break
        }
        self.init(id: "error." + model.code, arguments: args, rule: model.rule?.rawValue, code: model.code)
    }

    init(id: String, arguments: [String: Argument], rule: Int?, code: String) {
        self.id = id
        self.arguments = arguments
        self.rule = rule
        self.code = code
    }

    /// Every error message id the catalogs must hold, with the placeholders each is given.
    public static let catalogIDs: [String: Set<String>] = [
        "error.internal": ["detail"],
        "error.unknown-user": ["user"], "error.actor-deactivated": ["user"], "error.view-only-cannot-change": ["user"],
        "error.missing-permission": ["permission"], "error.user-exists": ["user"], "error.invalid-email": ["user"],
        "error.super-admin-seat-after-creation": [], "error.no-seat-available": ["type"],
        "error.seat-type-not-in-pricing-model": ["type"], "error.too-many-seats": ["count"],
        "error.seat-already-assigned": ["user", "type"], "error.seat-not-assigned": ["user", "type"],
        "error.user-deactivated": ["user"], "error.not-partner-employee": ["user"], "error.wrong-pricing-model": ["model"],
        "error.invalid-count": ["count"], "error.no-subscription": ["type"], "error.contact-customer-success-manager": [],
        "error.removal-already-scheduled": ["type"], "error.not-enough-unassigned-seats": ["requested", "available"],
        "error.no-removal-scheduled": ["type"], "error.user-holds-paid-seat": ["user", "type"], "error.cannot-remove-self": [],
        "error.already-deactivated": ["user"], "error.not-deactivated": ["user"], "error.not-single-core-seat": ["count"],
        "error.not-on-free-tools": [], "error.account-cancelled": [], "error.not-an-admin": [],
        "error.billing-rights-required": [], "error.can-change-directly": [], "error.owner-only": [],
        "error.wrong-platform": ["platform"], "error.no-user-without-seat": ["type"], "error.no-user-with-seat": ["type"],
        "error.no-paid-seats": [], "error.no-removals-scheduled": [], "error.no-other-user": [], "error.no-transfer-target": [],
        "error.currency-mismatch": ["expected", "got"],
    ]
}
