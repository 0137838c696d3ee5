import DocentModel
import Testing

@Suite("Rule 6: a user holding a Sales/Service seat cannot be removed before the access is removed")
struct Rule06SeatHolderRemovalTests {
    @Test("A user without paid seats is removed")
    func removeWithoutSeat() throws {
        var account = Fixture.legacy()
        try account.removeUser(Fixture.plain, by: Fixture.userAdmin)
        #expect(account.user(Fixture.plain) == nil)
    }

    @Test("A Sales seat holder cannot be removed")
    func removeSeatHolder() {
        expectRefusal(.userHoldsPaidSeat(Fixture.seller, [.sales]), on: Fixture.legacy()) { account throws(ModelError) in
            try account.removeUser(Fixture.seller, by: Fixture.admin)
        }
    }

    @Test("After unassigning the seat the user can be removed")
    func unassignThenRemove() throws {
        var account = Fixture.legacy()
        try account.unassignSeat(.sales, from: Fixture.seller, by: Fixture.admin)
        try account.removeUser(Fixture.seller, by: Fixture.admin)
        #expect(account.user(Fixture.seller) == nil)
        #expect(account.purchasedSeats(.sales) == 3)
    }

    @Test("Seat-based: Core seat holders cannot be removed; View-only holders can")
    func seatBased() throws {
        expectRefusal(.userHoldsPaidSeat(Fixture.manager, [.core]), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.removeUser(Fixture.manager, by: Fixture.admin)
        }
        var account = Fixture.seatBased()
        try account.removeUser(Fixture.viewer, by: Fixture.admin)
        #expect(account.user(Fixture.viewer) == nil)
    }

    @Test("Removing yourself is refused")
    func removeSelf() {
        expectRefusal(.cannotRemoveSelf, on: Fixture.legacy()) { account throws(ModelError) in
            try account.removeUser(Fixture.userAdmin, by: Fixture.userAdmin)
        }
    }

    @Test("Removing an unknown user is refused")
    func removeUnknown() {
        expectRefusal(.unknownUser("ghost@example.com"), on: Fixture.legacy()) { account throws(ModelError) in
            try account.removeUser("ghost@example.com", by: Fixture.admin)
        }
    }

    @Test("Removing a user needs Add and edit users")
    func removeWithoutPermission() {
        expectRefusal(.missingPermission(.addAndEditUsers), on: Fixture.legacy()) { account throws(ModelError) in
            try account.removeUser(Fixture.plain, by: Fixture.biller)
        }
    }
}
