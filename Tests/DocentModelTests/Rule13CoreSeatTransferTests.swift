import DocentModel
import Testing

@Suite("Rule 13: with a single Core seat in the account, it can be transferred to another user")
struct Rule13CoreSeatTransferTests {
    @Test("The single Core seat moves to another user")
    func transfer() throws {
        var account = Fixture.singleCore()
        try account.transferCoreSeat(from: Fixture.admin, to: Fixture.plain, by: Fixture.admin)
        #expect(account.user(Fixture.admin)?.seats.isEmpty == true)
        #expect(account.user(Fixture.plain)?.seats == [.core])
        #expect(account.coreSeatCount == 1)
        #expect(account.invariantViolations().isEmpty)
    }

    @Test("A View-only user's seat is replaced by the Core seat")
    func transferToViewer() throws {
        var account = Fixture.singleCore()
        try account.transferCoreSeat(from: Fixture.admin, to: Fixture.viewer, by: Fixture.admin)
        #expect(account.user(Fixture.viewer)?.seats == [.core])
    }

    @Test("More than one Core seat is refused")
    func notSingle() {
        expectRefusal(.notSingleCoreSeat(count: 3), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.admin, to: Fixture.plain, by: Fixture.admin)
        }
    }

    @Test("The legacy model is refused")
    func legacy() {
        expectRefusal(.wrongPricingModel(expected: .seatBased), on: Fixture.legacy()) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.admin, to: Fixture.plain, by: Fixture.admin)
        }
    }

    @Test("The source must hold the Core seat")
    func sourceWithoutSeat() {
        expectRefusal(.seatNotAssigned(Fixture.plain, .core), on: Fixture.singleCore()) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.plain, to: Fixture.viewer, by: Fixture.admin)
        }
    }

    @Test("The target must exist")
    func unknownTarget() {
        expectRefusal(.unknownUser("ghost@example.com"), on: Fixture.singleCore()) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.admin, to: "ghost@example.com", by: Fixture.admin)
        }
    }

    @Test("The target must be active")
    func deactivatedTarget() throws {
        var account = Fixture.singleCore()
        try account.deactivateUser(Fixture.plain, by: Fixture.admin)
        expectRefusal(.userDeactivated(Fixture.plain), on: account) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.admin, to: Fixture.plain, by: Fixture.admin)
        }
    }

    @Test("The target must hold no paid seat")
    func targetHoldsPaidSeat() {
        expectRefusal(.userHoldsPaidSeat(Fixture.seller, [.sales]), on: Fixture.singleCore()) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.admin, to: Fixture.seller, by: Fixture.admin)
        }
    }

    @Test("Transferring needs both seat permissions")
    func permissions() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.singleCore()) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.admin, to: Fixture.plain, by: Fixture.userAdmin)
        }
    }
}
