import DocentModel
import Testing

@Suite("Rule 12: Edit billing users add or remove seats; assigned seats cannot be removed")
struct Rule12BillingUsersSeatsTests {
    @Test("A billing user adds seats")
    func addSeats() throws {
        var account = Fixture.seatBased()
        try account.purchaseSeats(.sales, count: 2, by: Fixture.biller)
        #expect(account.purchasedSeats(.sales) == 3)
        #expect(account.availableSeats(.sales) == 2)
    }

    @Test("Adding seats without Edit billing is refused")
    func addWithoutBilling() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.purchaseSeats(.sales, count: 1, by: Fixture.userAdmin)
        }
    }

    @Test("A billing user schedules removal of unassigned seats for the next term")
    func removeSeats() throws {
        var account = Fixture.seatBased()
        try account.scheduleRemoval(.core, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-10"))
        #expect(account.subscription(for: .core)?.scheduledRemoval?.effectiveOn == Fixture.day("2024-07-01"))
        #expect(account.purchasedSeats(.core) == 3)
    }

    @Test("Seats currently assigned cannot be removed")
    func assignedRefused() {
        expectRefusal(.notEnoughUnassignedSeats(requested: 1, available: 0, model: .seatBased), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-10"))
        }
    }

    @Test("The removal can be cancelled")
    func cancel() throws {
        var account = Fixture.seatBased()
        try account.scheduleRemoval(.core, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-10"))
        try account.cancelRemoval(.core, by: Fixture.biller)
        #expect(account == Fixture.seatBased())
    }

    @Test("Reassigning a seat due for removal cancels the removal")
    func reassignCancels() throws {
        var account = Fixture.seatBased()
        try account.scheduleRemoval(.service, count: 2, by: Fixture.biller, today: Fixture.day("2024-06-10"))
        try account.changeSeat(of: Fixture.plain, to: .service, by: Fixture.admin)
        #expect(account.pendingRemoval(.service) == 0)
    }
}
