import DocentModel
import Foundation
import Testing

@Suite("Account JSON")
struct AccountCodableTests {
    static func encode(_ account: Account) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(account), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> Account {
        try JSONDecoder().decode(Account.self, from: Data(json.utf8))
    }

    @Test("HubSpot accounts round-trip, with a scheduled removal", arguments: [0, 1, 2, 3])
    func hubspotRoundTrip(_ which: Int) throws {
        var inner = [Fixture.legacy(), Fixture.seatBased(), Fixture.singleCore(), Fixture.freeTools()][which]
        if which == 1 {
            try inner.scheduleRemoval(.service, count: 1, by: Fixture.admin, today: Fixture.day("2024-06-01"))
        }
        let account = Account.hubspot(inner)
        let json = try Self.encode(account)
        #expect(json.contains(#""platform":"hubspot""#))
        #expect(try Self.decode(json) == account)
        #expect(try Self.encode(try Self.decode(json)) == json)
    }

    @Test("Zendesk accounts round-trip, cancelled or not")
    func zendeskRoundTrip() throws {
        var inner = Fixture.zendesk()
        try inner.requestChange(summary: "More seats", by: Fixture.zAdmin, on: Fixture.day("2024-05-01"))
        for account in [Account.zendesk(inner), .zendesk(try Rule17AccountCancellationTests.cancelled())] {
            let json = try Self.encode(account)
            #expect(json.contains(#""platform":"zendesk""#))
            #expect(try Self.decode(json) == account)
        }
    }

    @Test("Sets encode as sorted arrays")
    func sortedSets() throws {
        let user = HubSpotUser(email: "a@b.co", name: "A", permissions: [.superAdmin, .editBilling, .addAndEditUsers], seats: [.service, .sales])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(user), as: UTF8.self)
        #expect(json == #"{"email":"a@b.co","invitationPending":false,"isDeactivated":false,"isPartnerEmployee":false,"name":"A","permissions":["add-and-edit-users","edit-billing","super-admin"],"seats":["sales-hub","service-hub"]}"#)
    }

    @Test("Optional user and account fields default when missing")
    func defaults() throws {
        let json = """
        {"platform":"hubspot","id":"1","name":"N","pricingModel":"seat-based","edition":"starter",
         "createdOn":"2024-03-05","billing":{"cycle":"monthly","renewalDate":"2024-04-05","currency":"EUR"},
         "users":[{"email":"a@b.co","name":"A"}]}
        """
        guard case .hubspot(let account) = try Self.decode(json) else {
            Issue.record("expected a HubSpot account")
            return
        }
        let user = try #require(account.users.first)
        #expect(user == HubSpotUser(email: "a@b.co", name: "A"))
        #expect(account.subscriptions.isEmpty)
        #expect(account.freeSeats == 0)
        #expect(!account.hasPostDatedQuote)
    }

    @Test("An unknown platform is rejected")
    func unknownPlatform() {
        #expect(throws: DecodingError.self) { try Self.decode(#"{"platform":"salesforce","id":"x"}"#) }
    }

    @Test("id, name and invariants are forwarded")
    func forwarding() {
        let hubspot = Account.hubspot(Fixture.legacy())
        let zendesk = Account.zendesk(Fixture.zendesk())
        #expect(hubspot.id == "hs-legacy" && hubspot.name == "Legacy GmbH" && !hubspot.isCancelled)
        #expect(zendesk.id == "acme" && zendesk.name == "Acme Support" && !zendesk.isCancelled)
        #expect(hubspot.invariantViolations().isEmpty && zendesk.invariantViolations().isEmpty)
    }
}
