import DocentModel
import Testing

@Suite("Rule 10: on the renewal date pending removals take effect")
struct Rule10RenewalTests {
    static func scheduled() throws -> HubSpotAccount {
        var account = Fixture.legacy()
        try account.scheduleRemoval(.sales, count: 2, by: Fixture.manager, today: Fixture.day("2024-06-01"))
        return account
    }

    @Test("Before the renewal date nothing changes")
    func beforeRenewal() throws {
        var account = try Self.scheduled()
        let before = account
        account.advance(to: Fixture.day("2024-12-31"))
        #expect(account == before)
    }

    @Test("On the renewal date the purchased count and billing drop")
    func onRenewal() throws {
        var account = try Self.scheduled()
        account.advance(to: Fixture.day("2025-01-01"))
        #expect(account.purchasedSeats(.sales) == 1)
        #expect(account.subscription(for: .sales)?.scheduledRemoval == nil)
        #expect(account.cost(of: .sales) == Fixture.eur(5000))
        #expect(account.billing.renewalDate == Fixture.day("2026-01-01"))
        #expect(account.invariantViolations().isEmpty)
    }

    @Test("Advancing over several monthly terms moves the renewal date each term")
    func severalTerms() throws {
        var account = Fixture.seatBased()
        try account.scheduleRemoval(.service, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-10"))
        account.advance(to: Fixture.day("2024-09-15"))
        #expect(account.billing.renewalDate == Fixture.day("2024-10-01"))
        #expect(account.purchasedSeats(.service) == 1)
    }

    @Test("A removal scheduled for a later renewal waits for it")
    func laterRemovalWaits() throws {
        var account = Fixture.seatBased()
        try account.scheduleRemoval(.service, count: 1, by: Fixture.biller, today: Fixture.day("2024-07-15"))
        account.advance(to: Fixture.day("2024-07-01"))
        #expect(account.purchasedSeats(.service) == 2)
        account.advance(to: Fixture.day("2024-08-01"))
        #expect(account.purchasedSeats(.service) == 1)
    }
}
