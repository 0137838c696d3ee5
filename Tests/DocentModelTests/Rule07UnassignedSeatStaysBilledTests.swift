import DocentModel
import Testing

@Suite("Rule 7: an unassigned seat stays in the account and is billed until renewal")
struct Rule07UnassignedSeatStaysBilledTests {
    @Test("Unassigning keeps the seat purchased and billed")
    func unassignKeepsBilling() throws {
        var account = Fixture.legacy()
        let before = account.totalCost
        try account.unassignSeat(.sales, from: Fixture.seller, by: Fixture.manager)
        #expect(account.purchasedSeats(.sales) == 3)
        #expect(account.assignedSeats(.sales) == 0)
        #expect(account.availableSeats(.sales) == 3)
        #expect(account.totalCost == before)
        #expect(account.costAfterRenewal(of: .sales) == Fixture.eur(15000))
        #expect(account.totalCost == Fixture.eur(17000))
    }

    @Test("The seat is still billed after renewal unless a removal was scheduled")
    func stillBilledAfterRenewal() throws {
        var account = Fixture.legacy()
        try account.unassignSeat(.sales, from: Fixture.seller, by: Fixture.manager)
        account.advance(to: Fixture.day("2025-01-01"))
        #expect(account.purchasedSeats(.sales) == 3)
    }
}
