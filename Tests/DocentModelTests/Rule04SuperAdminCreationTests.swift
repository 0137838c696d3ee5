import DocentModel
import Testing

@Suite("Rule 4: creating a Super Admin grants no paid seat; it is assigned afterwards")
struct Rule04SuperAdminCreationTests {
    @Test("A Super Admin is created without a seat and gets one afterwards")
    func createThenAssign() throws {
        var account = Fixture.legacy()
        try account.createUser(email: Fixture.newcomer, name: "New Admin", permissions: [.superAdmin], seats: [], by: Fixture.admin)
        let created = try #require(account.user(Fixture.newcomer))
        #expect(created.seats.isEmpty)
        #expect(created.invitationPending)
        #expect(created.has(.editBilling))
        try account.assignSeat(.sales, to: Fixture.newcomer, by: Fixture.admin)
        #expect(account.user(Fixture.newcomer)?.seats == [.sales])
    }

    @Test("Creating a Super Admin with a seat is refused")
    func createWithSeat() {
        expectRefusal(.superAdminSeatAfterCreation, on: Fixture.legacy()) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "New Admin", permissions: [.superAdmin], seats: [.sales], by: Fixture.admin)
        }
    }

    @Test("Creating a user with an existing email (any case) is refused")
    func duplicate() {
        expectRefusal(.userExists(Fixture.seller), on: Fixture.legacy()) { account throws(ModelError) in
            try account.createUser(email: "Seller@Example.com", name: "Dup", permissions: [], seats: [], by: Fixture.admin)
        }
    }

    @Test("Creating a user with a malformed email is refused", arguments: [
        "plain", "@example.com", "a@b", "a@@example.com", "a b@example.com", "a@example.", "a@.com", "",
    ])
    func invalidEmail(_ email: String) {
        expectRefusal(.invalidEmail(email), on: Fixture.legacy()) { account throws(ModelError) in
            try account.createUser(email: email, name: "Bad", permissions: [], seats: [], by: Fixture.admin)
        }
    }

    @Test("Creating a user needs Add and edit users")
    func createWithoutPermission() {
        expectRefusal(.missingPermission(.addAndEditUsers), on: Fixture.legacy()) { account throws(ModelError) in
            try account.createUser(email: Fixture.newcomer, name: "New", permissions: [], seats: [], by: Fixture.biller)
        }
    }
}
