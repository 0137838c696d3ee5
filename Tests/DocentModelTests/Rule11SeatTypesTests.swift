import DocentModel
import Testing

@Suite("Rule 11: seat types; View-only users change nothing; Partner seats are free for partner employees")
struct Rule11SeatTypesTests {
    @Test("Paid and free seat types")
    func isPaid() {
        #expect(SeatType.allCases.filter(\.isPaid) == [.core, .sales, .service])
        #expect(SeatType.allCases.map(\.rawValue) == ["core", "sales-hub", "service-hub", "view-only", "partner"])
    }

    @Test("A View-only user cannot change anything", arguments: 0..<6)
    func viewOnlyRefused(_ command: Int) {
        expectRefusal(.viewOnlyCannotChange(Fixture.viewer), on: Fixture.seatBased()) { account throws(ModelError) in
            switch command {
            case 0: try account.assignSeat(.service, to: Fixture.plain, by: Fixture.viewer)
            case 1: try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [], by: Fixture.viewer)
            case 2: try account.purchaseSeats(.core, count: 1, by: Fixture.viewer)
            case 3: try account.removeUser(Fixture.plain, by: Fixture.viewer)
            case 4: try account.deactivateUser(Fixture.plain, by: Fixture.viewer)
            default: try account.changeSeat(of: Fixture.plain, to: .core, by: Fixture.viewer)
            }
        }
    }

    @Test("A partner employee gets a free Partner seat without any purchase")
    func partnerSeat() throws {
        var account = Fixture.seatBased()
        try account.assignSeat(.partner, to: Fixture.partner, by: Fixture.admin)
        #expect(account.user(Fixture.partner)?.seats == [.partner])
        #expect(account.purchasedSeats(.partner) == 0)
        #expect(account.cost(of: .partner) == Fixture.eur(0))
        #expect(account.invariantViolations().isEmpty)
    }

    @Test("A Partner seat for a non-partner employee is refused")
    func partnerRefused() {
        expectRefusal(.notPartnerEmployee(Fixture.plain), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.assignSeat(.partner, to: Fixture.plain, by: Fixture.admin)
        }
    }

    @Test("A new user (not a partner employee) cannot be created on a Partner seat")
    func createPartnerRefused() {
        expectRefusal(.notPartnerEmployee(Fixture.newcomer), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [.partner], by: Fixture.admin)
        }
    }

    @Test("Legacy accounts only have Sales and Service seats", arguments: [SeatType.core, .viewOnly, .partner])
    func legacySeatTypes(_ type: SeatType) {
        expectRefusal(.seatTypeNotInPricingModel(type), on: Fixture.legacy()) { account throws(ModelError) in
            try account.assignSeat(type, to: Fixture.plain, by: Fixture.admin)
        }
        expectRefusal(.seatTypeNotInPricingModel(type), on: Fixture.legacy()) { account throws(ModelError) in
            try account.purchaseSeats(type, count: 1, by: Fixture.admin)
        }
        expectRefusal(.seatTypeNotInPricingModel(type), on: Fixture.legacy()) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [type], by: Fixture.admin)
        }
    }

    @Test("Seat-based: assigning replaces the user's seat, which becomes unassigned")
    func assignReplaces() throws {
        var account = Fixture.seatBased()
        try account.assignSeat(.service, to: Fixture.manager, by: Fixture.admin)
        #expect(account.user(Fixture.manager)?.seats == [.service])
        #expect(account.availableSeats(.core) == 2)
        #expect(account.availableSeats(.service) == 1)
    }

    @Test("Seat-based: changeSeat moves a user to a type, or to no seat")
    func changeSeat() throws {
        var account = Fixture.seatBased()
        try account.changeSeat(of: Fixture.plain, to: .viewOnly, by: Fixture.admin)
        #expect(account.user(Fixture.plain)?.seats == [.viewOnly])
        try account.changeSeat(of: Fixture.plain, to: nil, by: Fixture.admin)
        #expect(account.user(Fixture.plain)?.seats.isEmpty == true)
        try account.changeSeat(of: Fixture.plain, to: nil, by: Fixture.admin)
        #expect(account.user(Fixture.plain)?.seats.isEmpty == true)
    }

    @Test("changeSeat to the current seat is refused")
    func changeSeatSame() {
        expectRefusal(.seatAlreadyAssigned(Fixture.seller, .sales), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.changeSeat(of: Fixture.seller, to: .sales, by: Fixture.admin)
        }
    }

    @Test("changeSeat needs Edit billing too")
    func changeSeatPermission() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.changeSeat(of: Fixture.seller, to: nil, by: Fixture.userAdmin)
        }
    }

    @Test("Seat-based: creating a user with two seats is refused")
    func tooManySeats() {
        expectRefusal(.tooManySeats(count: 2), on: Fixture.seatBased()) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [.core, .service], by: Fixture.admin)
        }
    }

    @Test("changeSeat exists only in the seat-based model")
    func changeSeatLegacy() {
        expectRefusal(.wrongPricingModel(expected: .seatBased), on: Fixture.legacy()) { account throws(ModelError) in
            try account.changeSeat(of: Fixture.plain, to: .sales, by: Fixture.admin)
        }
    }
}
