import DocentModel
import Testing

@Suite("Rule 14: upgrading from free tools to Starter removes the free seats and buys seats at checkout")
struct Rule14UpgradeFromFreeToolsTests {
    @Test("Upgrading sets Starter, seat-based pricing, drops free seats and buys the seats")
    func upgrade() throws {
        var account = Fixture.freeTools()
        try account.upgradeFromFreeTools(seats: [.core: 2, .sales: 1], by: Fixture.admin)
        #expect(account.edition == .starter)
        #expect(account.pricingModel == .seatBased)
        #expect(account.freeSeats == 0)
        #expect(account.users.allSatisfy { $0.seats.isEmpty })
        #expect(account.purchasedSeats(.core) == 2)
        #expect(account.purchasedSeats(.sales) == 1)
        #expect(account.subscription(for: .core)?.pricePerSeat == Fixture.eur(2000))
        #expect(account.totalCost == Fixture.eur(6000))
        #expect(account.invariantViolations().isEmpty)
        try account.assignSeat(.core, to: Fixture.admin, by: Fixture.admin)
    }

    @Test("An account not on free tools is refused")
    func notOnFreeTools() {
        expectRefusal(.notOnFreeTools, on: Fixture.seatBased()) { account throws(ModelError) in
            try account.upgradeFromFreeTools(seats: [.core: 1], by: Fixture.admin)
        }
    }

    @Test("Upgrading needs Edit billing")
    func withoutBilling() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.freeTools()) { account throws(ModelError) in
            try account.upgradeFromFreeTools(seats: [.core: 1], by: Fixture.userAdmin)
        }
    }

    @Test("A count below 1 is refused")
    func zeroCount() {
        expectRefusal(.invalidCount(0), on: Fixture.freeTools()) { account throws(ModelError) in
            try account.upgradeFromFreeTools(seats: [.core: 1, .sales: 0], by: Fixture.admin)
        }
        expectRefusal(.invalidCount(-2), on: Fixture.freeTools()) { account throws(ModelError) in
            try account.upgradeFromFreeTools(seats: [.core: -2], by: Fixture.admin)
        }
    }

    @Test("At least one paid seat type must be bought")
    func noPaidSeat() {
        expectRefusal(.invalidCount(0), on: Fixture.freeTools()) { account throws(ModelError) in
            try account.upgradeFromFreeTools(seats: [:], by: Fixture.admin)
        }
        expectRefusal(.invalidCount(0), on: Fixture.freeTools()) { account throws(ModelError) in
            try account.upgradeFromFreeTools(seats: [.viewOnly: 3], by: Fixture.admin)
        }
    }

    @Test("Free seats on a paid edition are an invariant violation")
    func invariant() {
        var account = Fixture.seatBased()
        account.freeSeats = 1
        #expect(account.invariantViolations().count == 1)
    }
}
