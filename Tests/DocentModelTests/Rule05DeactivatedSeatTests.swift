import DocentModel
import Testing

@Suite("Rule 5: a deactivated user's seat cannot be unassigned (reactivate, unassign, deactivate)")
struct Rule05DeactivatedSeatTests {
    static func deactivatedSeller() throws -> HubSpotAccount {
        var account = Fixture.legacy()
        try account.deactivateUser(Fixture.seller, by: Fixture.admin)
        return account
    }

    @Test("Deactivating keeps the seat assigned and counted")
    func deactivateKeepsSeat() throws {
        let account = try Self.deactivatedSeller()
        #expect(account.user(Fixture.seller)?.isDeactivated == true)
        #expect(account.user(Fixture.seller)?.seats == [.sales])
        #expect(account.assignedSeats(.sales) == 1)
    }

    @Test("Unassigning a deactivated user's seat is refused")
    func unassignRefused() throws {
        expectRefusal(.userDeactivated(Fixture.seller), on: try Self.deactivatedSeller()) { account throws(ModelError) in
            try account.unassignSeat(.sales, from: Fixture.seller, by: Fixture.admin)
        }
    }

    @Test("Changing a deactivated user's seat is refused")
    func changeRefused() throws {
        var account = Fixture.seatBased()
        try account.deactivateUser(Fixture.seller, by: Fixture.admin)
        expectRefusal(.userDeactivated(Fixture.seller), on: account) { account throws(ModelError) in
            try account.changeSeat(of: Fixture.seller, to: nil, by: Fixture.admin)
        }
        expectRefusal(.userDeactivated(Fixture.seller), on: account) { account throws(ModelError) in
            try account.changeSeat(of: Fixture.seller, to: .service, by: Fixture.admin)
        }
    }

    @Test("Reactivate, unassign, deactivate again succeeds")
    func workaround() throws {
        var account = try Self.deactivatedSeller()
        try account.reactivateUser(Fixture.seller, by: Fixture.admin)
        try account.unassignSeat(.sales, from: Fixture.seller, by: Fixture.admin)
        try account.deactivateUser(Fixture.seller, by: Fixture.admin)
        #expect(account.user(Fixture.seller)?.seats.isEmpty == true)
        #expect(account.user(Fixture.seller)?.isDeactivated == true)
    }

    @Test("Deactivating twice is refused")
    func alreadyDeactivated() throws {
        expectRefusal(.alreadyDeactivated(Fixture.seller), on: try Self.deactivatedSeller()) { account throws(ModelError) in
            try account.deactivateUser(Fixture.seller, by: Fixture.admin)
        }
    }

    @Test("Reactivating an active user is refused")
    func notDeactivated() {
        expectRefusal(.notDeactivated(Fixture.seller), on: Fixture.legacy()) { account throws(ModelError) in
            try account.reactivateUser(Fixture.seller, by: Fixture.admin)
        }
    }

    @Test("Deactivating yourself is refused")
    func deactivateSelf() {
        expectRefusal(.cannotRemoveSelf, on: Fixture.legacy()) { account throws(ModelError) in
            try account.deactivateUser(Fixture.admin, by: Fixture.admin)
        }
    }

    @Test("Deactivating needs Add and edit users")
    func deactivateWithoutPermission() {
        expectRefusal(.missingPermission(.addAndEditUsers), on: Fixture.legacy()) { account throws(ModelError) in
            try account.deactivateUser(Fixture.seller, by: Fixture.biller)
        }
    }
}
