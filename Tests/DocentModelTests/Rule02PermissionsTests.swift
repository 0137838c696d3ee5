import DocentModel
import Testing

@Suite("Rule 2: assigning or unassigning paid seats needs Add and edit users + Edit billing")
struct Rule02PermissionsTests {
    @Test("A user with both permissions assigns and unassigns")
    func bothPermissions() throws {
        var account = Fixture.legacy()
        try account.assignSeat(.service, to: Fixture.plain, by: Fixture.manager)
        try account.unassignSeat(.service, from: Fixture.plain, by: Fixture.manager)
        #expect(account.user(Fixture.plain)?.seats.isEmpty == true)
    }

    @Test("A Super Admin has every permission")
    func superAdminImpliesAll() throws {
        var account = Fixture.legacy()
        let admin = try #require(account.user(Fixture.admin))
        #expect(admin.has(.addAndEditUsers) && admin.has(.editBilling))
        try account.assignSeat(.service, to: Fixture.plain, by: Fixture.admin)
        #expect(account.user(Fixture.plain)?.seats == [.service])
    }

    @Test("Assigning without Edit billing is refused")
    func assignWithoutBilling() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.legacy()) { account throws(ModelError) in
            try account.assignSeat(.service, to: Fixture.plain, by: Fixture.userAdmin)
        }
    }

    @Test("Assigning without Add and edit users is refused")
    func assignWithoutUsers() {
        expectRefusal(.missingPermission(.addAndEditUsers), on: Fixture.legacy()) { account throws(ModelError) in
            try account.assignSeat(.service, to: Fixture.plain, by: Fixture.biller)
        }
    }

    @Test("Without either permission, Add and edit users is named first")
    func assignWithoutAny() {
        expectRefusal(.missingPermission(.addAndEditUsers), on: Fixture.legacy()) { account throws(ModelError) in
            try account.assignSeat(.service, to: Fixture.plain, by: Fixture.plain)
        }
    }

    @Test("Unassigning without Edit billing is refused")
    func unassignWithoutBilling() {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.legacy()) { account throws(ModelError) in
            try account.unassignSeat(.sales, from: Fixture.seller, by: Fixture.userAdmin)
        }
    }

    @Test("Unassigning without Add and edit users is refused")
    func unassignWithoutUsers() {
        expectRefusal(.missingPermission(.addAndEditUsers), on: Fixture.legacy()) { account throws(ModelError) in
            try account.unassignSeat(.sales, from: Fixture.seller, by: Fixture.biller)
        }
    }

    @Test("Creating a user with a seat needs Edit billing too; without seats it does not")
    func createWithSeats() throws {
        expectRefusal(.missingPermission(.editBilling), on: Fixture.legacy()) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [.sales], by: Fixture.userAdmin)
        }
        var account = Fixture.legacy()
        try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [], by: Fixture.userAdmin)
        #expect(account.user(Fixture.newcomer)?.invitationPending == true)
    }

    @Test("Creating a user with a seat with both permissions takes the seat")
    func createWithSeatAllowed() throws {
        var account = Fixture.legacy()
        try account.createUser(email: Fixture.newcomer, name: "New", permissions: [.addAndEditUsers], seats: [.service], by: Fixture.manager)
        #expect(account.user(Fixture.newcomer)?.seats == [.service])
        #expect(account.availableSeats(.service) == 0)
    }

    @Test("An unknown actor is refused")
    func unknownActor() {
        expectRefusal(.unknownUser("ghost@example.com"), on: Fixture.legacy()) { account throws(ModelError) in
            try account.assignSeat(.service, to: Fixture.plain, by: "ghost@example.com")
        }
    }

    @Test("A deactivated actor is refused")
    func deactivatedActor() throws {
        var account = Fixture.legacy()
        try account.deactivateUser(Fixture.manager, by: Fixture.admin)
        expectRefusal(.actorDeactivated(Fixture.manager), on: account) { account throws(ModelError) in
            try account.assignSeat(.service, to: Fixture.plain, by: Fixture.manager)
        }
    }

    @Test("An unknown target user is refused")
    func unknownTarget() {
        expectRefusal(.unknownUser("ghost@example.com"), on: Fixture.legacy()) { account throws(ModelError) in
            try account.assignSeat(.service, to: "ghost@example.com", by: Fixture.manager)
        }
    }

    @Test("Assigning a seat the user already holds is refused")
    func alreadyAssigned() {
        expectRefusal(.seatAlreadyAssigned(Fixture.seller, .sales), on: Fixture.legacy()) { account throws(ModelError) in
            try account.assignSeat(.sales, to: Fixture.seller, by: Fixture.manager)
        }
    }

    @Test("Unassigning a seat the user does not hold is refused")
    func notAssigned() {
        expectRefusal(.seatNotAssigned(Fixture.plain, .sales), on: Fixture.legacy()) { account throws(ModelError) in
            try account.unassignSeat(.sales, from: Fixture.plain, by: Fixture.manager)
        }
    }
}
