import DocentModel
import Testing

@Suite("Failed commands leave the account unchanged")
struct AtomicityTests {
    @Test("A refused multi-step command changes nothing")
    func refusedCommands() throws {
        var account = Fixture.seatBased()
        try account.scheduleRemoval(.service, count: 2, by: Fixture.admin, today: Fixture.day("2024-06-01"))
        // Fails after the seat checks (partner check), must not have cancelled the removal.
        expectRefusal(.notPartnerEmployee(Fixture.newcomer), on: account) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "N", permissions: [], seats: [.partner], by: Fixture.admin)
        }
        expectRefusal(.invalidCount(0), on: Fixture.freeTools()) { account throws(ModelError) in
            try account.upgradeFromFreeTools(seats: [.core: 2, .service: 0], by: Fixture.admin)
        }
        expectRefusal(.userHoldsPaidSeat(Fixture.seller, [.sales]), on: Fixture.singleCore()) { account throws(ModelError) in
            try account.transferCoreSeat(from: Fixture.admin, to: Fixture.seller, by: Fixture.admin)
        }
    }

    @Test("Advancing to a past date is a no-op")
    func advancePast() {
        var account = Fixture.legacy()
        account.advance(to: Fixture.day("2020-01-01"))
        #expect(account == Fixture.legacy())
    }
}
