import DocentModel
import Testing

@Suite("Rule 3: assigned seats never exceed purchased seats; buy at checkout first")
struct Rule03AssignedNeverExceedPurchasedTests {
    @Test("With a free seat, assigning succeeds")
    func freeSeat() throws {
        var account = Fixture.legacy()
        try account.assignSeat(.service, to: Fixture.plain, by: Fixture.manager)
        #expect(account.assignedSeats(.service) == account.purchasedSeats(.service))
    }

    @Test("With none free, assigning is refused")
    func noneFree() throws {
        var account = Fixture.legacy()
        try account.assignSeat(.service, to: Fixture.plain, by: Fixture.manager)
        expectRefusal(.noSeatAvailable(.service), on: account) { account throws(ModelError) in
            try account.assignSeat(.service, to: Fixture.seller, by: Fixture.manager)
        }
    }

    @Test("Creating a user with a seat when none is free is refused")
    func createNoneFree() throws {
        var account = Fixture.legacy()
        try account.assignSeat(.service, to: Fixture.plain, by: Fixture.manager)
        expectRefusal(.noSeatAvailable(.service), on: account) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [.service], by: Fixture.manager)
        }
    }

    @Test("Buying a seat at checkout, then assigning it, succeeds")
    func buyThenAssign() throws {
        var account = Fixture.legacy()
        try account.assignSeat(.service, to: Fixture.plain, by: Fixture.manager)
        try account.purchaseSeats(.service, count: 1, by: Fixture.manager)
        #expect(account.purchasedSeats(.service) == 2)
        #expect(account.cost(of: .service) == Fixture.eur(4000))
        try account.assignSeat(.service, to: Fixture.seller, by: Fixture.manager)
        #expect(account.availableSeats(.service) == 0)
        #expect(account.invariantViolations().isEmpty)
    }

    @Test("A seat-based purchase creates a missing subscription at the default price")
    func purchaseCreatesSubscription() throws {
        var account = Fixture.singleCore()
        try account.purchaseSeats(.service, count: 2, by: Fixture.admin)
        let subscription = try #require(account.subscription(for: .service))
        #expect(subscription.purchased == 2)
        #expect(subscription.pricePerSeat == Fixture.eur(2000))
        #expect(subscription.tier == nil)
    }

    @Test("Buying zero seats is refused")
    func invalidCount() {
        expectRefusal(.invalidCount(0), on: Fixture.legacy()) { account throws(ModelError) in
            try account.purchaseSeats(.sales, count: 0, by: Fixture.manager)
        }
    }

    @Test("A legacy account cannot buy seats of a hub it does not subscribe to")
    func legacyNoSubscription() {
        let account = Fixture.legacy(subscriptions: [
            SeatSubscription(seatType: .sales, tier: .starter, purchased: 1, pricePerSeat: Fixture.eur(2000)),
        ])
        expectRefusal(.noSubscription(.service), on: account) { account throws(ModelError) in
            try account.purchaseSeats(.service, count: 1, by: Fixture.manager)
        }
    }

    @Test("Buying seats without Edit billing is refused")
    func purchaseWithoutBilling() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.legacy()) { account throws(ModelError) in
            try account.purchaseSeats(.sales, count: 1, by: Fixture.userAdmin)
        }
    }

    @Test("Assigned above purchased is reported as an invariant violation")
    func invariant() {
        var account = Fixture.legacy()
        account.users[4].seats = [.service]
        account.users[3].seats = [.service]
        #expect(!account.invariantViolations().isEmpty)
    }
}
