import DocentModel
import Testing

@Suite("Rule 1: a paid Sales/Service Hub seat gives paid access; no seat, no paid features")
struct Rule01SeatGivesPaidAccessTests {
    @Test("Assigning a Sales Hub seat takes one seat of that hub's tier")
    func assignTakesOneSeat() throws {
        var account = Fixture.legacy()
        #expect(account.assignedSeats(.sales) == 1)
        try account.assignSeat(.sales, to: Fixture.plain, by: Fixture.manager)
        #expect(account.user(Fixture.plain)?.seats == [.sales])
        #expect(account.assignedSeats(.sales) == 2)
        #expect(account.availableSeats(.sales) == 1)
        #expect(account.subscription(for: .sales)?.tier == .professional)
    }

    @Test("A user can hold both a Sales and a Service seat in the legacy model")
    func bothHubs() throws {
        var account = Fixture.legacy()
        try account.assignSeat(.service, to: Fixture.seller, by: Fixture.manager)
        #expect(account.user(Fixture.seller)?.seats == [.sales, .service])
        #expect(account.invariantViolations().isEmpty)
    }

    @Test("A user without a seat has no paid features")
    func noSeatNoPaidAccess() throws {
        let account = Fixture.legacy()
        let user = try #require(account.user(Fixture.plain))
        #expect(user.seats.allSatisfy { !$0.isPaid })
        #expect(user.seats.isEmpty)
    }

    @Test("Email lookups ignore case")
    func lookupIgnoresCase() {
        #expect(Fixture.legacy().user("SELLER@Example.COM")?.email == Fixture.seller)
    }
}
