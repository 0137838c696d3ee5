import DocentModel
import Testing

@Suite("Rule 9: a scheduled removal can be cancelled; reassigning pending seats cancels it")
struct Rule09CancelRemovalTests {
    static func scheduled(_ count: Int = 2) throws -> HubSpotAccount {
        var account = Fixture.legacy()
        try account.scheduleRemoval(.sales, count: count, by: Fixture.manager, today: Fixture.day("2024-06-01"))
        return account
    }

    @Test("Cancelling a scheduled removal restores the renewal billing")
    func cancel() throws {
        var account = try Self.scheduled()
        try account.cancelRemoval(.sales, by: Fixture.biller)
        #expect(account.subscription(for: .sales)?.scheduledRemoval == nil)
        #expect(account == Fixture.legacy())
    }

    @Test("Cancelling when nothing is scheduled is refused")
    func nothingScheduled() {
        expectRefusal(.noRemovalScheduled(.sales), on: Fixture.legacy()) { account throws(ModelError) in
            try account.cancelRemoval(.sales, by: Fixture.biller)
        }
    }

    @Test("Cancelling needs Edit billing")
    func cancelWithoutBilling() throws {
        expectRefusal(.missingPermission(.editBilling), on: try Self.scheduled()) { account throws(ModelError) in
            try account.cancelRemoval(.sales, by: Fixture.userAdmin)
        }
    }

    @Test("Changing the number directly is refused: a removal is already scheduled")
    func alreadyScheduled() throws {
        expectRefusal(.removalAlreadyScheduled(.sales), on: try Self.scheduled()) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 1, by: Fixture.manager, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("Changing the number means cancelling and scheduling again")
    func cancelAndReschedule() throws {
        var account = try Self.scheduled()
        try account.cancelRemoval(.sales, by: Fixture.manager)
        try account.scheduleRemoval(.sales, count: 1, by: Fixture.manager, today: Fixture.day("2024-06-01"))
        #expect(account.pendingRemoval(.sales) == 1)
    }

    @Test("Reassigning a seat pending removal cancels the downgrade")
    func reassignCancels() throws {
        var account = try Self.scheduled(2)
        try account.assignSeat(.sales, to: Fixture.plain, by: Fixture.manager)
        #expect(account.subscription(for: .sales)?.scheduledRemoval == nil)
        #expect(account.seatsAfterRenewal(.sales) == 3)
    }

    @Test("Assigning a seat that is not pending removal keeps the removal")
    func assignKeeps() throws {
        var account = try Self.scheduled(1)
        try account.assignSeat(.sales, to: Fixture.plain, by: Fixture.manager)
        #expect(account.pendingRemoval(.sales) == 1)
        #expect(account.invariantViolations().isEmpty)
    }

    @Test("Creating a user on a seat pending removal cancels the downgrade")
    func createCancels() throws {
        var account = try Self.scheduled(2)
        try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [.sales], by: Fixture.manager)
        #expect(account.pendingRemoval(.sales) == 0)
    }
}
