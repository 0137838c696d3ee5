import DocentModel
import Testing

@Suite("Rule 8: removing unassigned seats needs Edit billing and is scheduled for the next term")
struct Rule08SeatRemovalTests {
    @Test("Scheduling a removal of unassigned seats takes effect at the renewal date")
    func schedule() throws {
        var account = Fixture.legacy()
        try account.scheduleRemoval(.sales, count: 2, by: Fixture.biller, today: Fixture.day("2024-06-01"))
        let removal = try #require(account.subscription(for: .sales)?.scheduledRemoval)
        #expect(removal == ScheduledRemoval(count: 2, effectiveOn: Fixture.day("2025-01-01"), requestedBy: Fixture.biller))
        #expect(account.purchasedSeats(.sales) == 3)
        #expect(account.pendingRemoval(.sales) == 2)
        #expect(account.seatsAfterRenewal(.sales) == 1)
        #expect(account.cost(of: .sales) == Fixture.eur(15000))
        #expect(account.costAfterRenewal(of: .sales) == Fixture.eur(5000))
        #expect(account.totalCostAfterRenewal == Fixture.eur(7000))
        #expect(account.invariantViolations().isEmpty)
    }

    @Test("Scheduling without Edit billing is refused")
    func withoutBilling() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.legacy()) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 1, by: Fixture.userAdmin, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("Only unassigned seats can be removed")
    func assignedSeatsCannotBeRemoved() {
        expectRefusal(.notEnoughUnassignedSeats(requested: 3, available: 2, model: .legacyPaidSeats), on: Fixture.legacy()) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 3, by: Fixture.biller, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("Removing zero seats is refused")
    func zero() {
        expectRefusal(.invalidCount(0), on: Fixture.legacy()) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 0, by: Fixture.biller, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("A legacy Sales Hub subscription cannot remove Sales seats alone")
    func legacySalesHub() {
        expectRefusal(.contactCustomerSuccessManager, on: Fixture.legacy(legacySalesHub: true)) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("A legacy Sales Hub subscription sends any change of paid users to the Customer Success Manager")
    func legacySalesHubService() {
        // Seed 000: "to update your paid users", not only the Sales Hub seats.
        expectRefusal(.contactCustomerSuccessManager, on: Fixture.legacy(legacySalesHub: true)) { account throws(ModelError) in
            try account.scheduleRemoval(.service, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("The actor is authorized before being sent to the Customer Success Manager")
    func authorizeBeforeManager() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.legacy(legacySalesHub: true)) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 1, by: Fixture.userAdmin, today: Fixture.day("2024-06-01"))
        }
        expectRefusal(.unknownUser("nobody@example.com"), on: Fixture.legacy(postDatedQuote: true)) { account throws(ModelError) in
            try account.scheduleRemoval(.sales, count: 1, by: "nobody@example.com", today: Fixture.day("2024-06-01"))
        }
    }

    @Test("Too few unassigned seats is rule 8 on legacy accounts and rule 12 on seat-based ones")
    func ruleNumbers() {
        #expect(ModelError.notEnoughUnassignedSeats(requested: 1, available: 0, model: .legacyPaidSeats).rule?.rawValue == 8)
        #expect(ModelError.notEnoughUnassignedSeats(requested: 1, available: 0, model: .seatBased).rule?.rawValue == 12)
    }

    @Test("A post-dated quote cannot remove seats alone")
    func postDatedQuote() {
        expectRefusal(.contactCustomerSuccessManager, on: Fixture.legacy(postDatedQuote: true)) { account throws(ModelError) in
            try account.scheduleRemoval(.service, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("Removing seats of a type without subscription is refused")
    func noSubscription() {
        expectRefusal(.noSubscription(.partner), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.scheduleRemoval(.partner, count: 1, by: Fixture.biller, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("A View-only user cannot schedule a removal")
    func viewOnly() {
        expectRefusal(.viewOnlyCannotChange(Fixture.viewer), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.scheduleRemoval(.service, count: 1, by: Fixture.viewer, today: Fixture.day("2024-06-01"))
        }
    }

    @Test("Scheduling after the stored renewal date targets the next renewal after today")
    func lateSchedule() throws {
        var account = Fixture.seatBased()
        try account.scheduleRemoval(.service, count: 1, by: Fixture.biller, today: Fixture.day("2024-07-15"))
        #expect(account.subscription(for: .service)?.scheduledRemoval?.effectiveOn == Fixture.day("2024-08-01"))
    }
}
