import DocentModel
import Testing

@Suite("ModelError codes, rules and descriptions")
struct ModelErrorTests {
    static let samples: [ModelError] = [
        .unknownUser("x"), .actorDeactivated("x"), .viewOnlyCannotChange("x"), .missingPermission(.editBilling),
        .userExists("x"), .invalidEmail("x"), .superAdminSeatAfterCreation, .noSeatAvailable(.sales),
        .seatTypeNotInPricingModel(.core), .tooManySeats(count: 2), .seatAlreadyAssigned("x", .sales),
        .seatNotAssigned("x", .sales), .userDeactivated("x"), .notPartnerEmployee("x"),
        .wrongPricingModel(expected: .seatBased), .invalidCount(0), .noSubscription(.service),
        .contactCustomerSuccessManager, .removalAlreadyScheduled(.sales),
        .notEnoughUnassignedSeats(requested: 2, available: 1, model: .seatBased), .noRemovalScheduled(.sales),
        .userHoldsPaidSeat("x", [.sales]), .cannotRemoveSelf, .alreadyDeactivated("x"), .notDeactivated("x"),
        .notSingleCoreSeat(count: 2), .notOnFreeTools, .accountCancelled, .notAnAdmin, .billingRightsRequired,
        .canChangeDirectly, .ownerOnly,
    ]

    @Test("Codes are unique kebab-case identifiers")
    func codes() {
        let codes = Self.samples.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code)")
        }
        #expect(ModelError.missingPermission(.editBilling).code == "missing-permission")
        #expect(ModelError.noSeatAvailable(.core).code == "no-seat-available")
    }

    @Test("Descriptions are non-empty English text")
    func descriptions() {
        for error in Self.samples {
            #expect(!error.description.isEmpty)
        }
        #expect(ModelError.unknownUser("a@b.co").description.contains("a@b.co"))
    }

    @Test("Errors name the rule they enforce; plain validation names none")
    func rules() {
        #expect(ModelError.unknownUser("x").rule == nil)
        #expect(ModelError.invalidEmail("x").rule == nil)
        #expect(ModelError.missingPermission(.editBilling).rule == .seatChangesNeedUserAndBillingPermissions)
        #expect(ModelError.noSeatAvailable(.sales).rule == .assignedNeverExceedPurchased)
        #expect(ModelError.superAdminSeatAfterCreation.rule == .superAdminGetsNoSeatAtCreation)
        #expect(ModelError.userDeactivated("x").rule == .deactivatedSeatCannotBeUnassigned)
        #expect(ModelError.userHoldsPaidSeat("x", []).rule == .seatHolderCannotBeRemoved)
        #expect(ModelError.contactCustomerSuccessManager.rule == .removalNeedsBillingAndIsScheduled)
        #expect(ModelError.removalAlreadyScheduled(.sales).rule == .scheduledRemovalCanBeCancelled)
        #expect(ModelError.viewOnlyCannotChange("x").rule == .seatTypes)
        #expect(ModelError.notEnoughUnassignedSeats(requested: 1, available: 0, model: .seatBased).rule == .billingUsersAddOrRemoveSeats)
        #expect(ModelError.notSingleCoreSeat(count: 2).rule == .singleCoreSeatTransfer)
        #expect(ModelError.notOnFreeTools.rule == .upgradeFromFreeToolsBuysSeats)
        #expect(ModelError.notAnAdmin.rule == .adminsViewSubscription)
        #expect(ModelError.billingRightsRequired.rule == .ownerAndBillingAdminsChangeSubscription)
        #expect(ModelError.accountCancelled.rule == .ownerCancelsAccount)
    }

    @Test("There are 17 rules numbered 1...17, each with a summary")
    func ruleList() {
        #expect(Rule.allCases.map(\.rawValue) == Array(1...17))
        #expect(Rule.allCases.allSatisfy { !$0.summary.isEmpty })
    }
}
