import DocentModel
import Testing

@Suite("Rule 17: only the owner cancels the account; at once, and nothing is reachable afterwards")
struct Rule17AccountCancellationTests {
    static func cancelled() throws -> ZendeskAccount {
        var account = Fixture.zendesk()
        try account.cancelAccount(by: Fixture.owner, on: Fixture.day("2024-06-01"))
        return account
    }

    @Test("The owner cancels the account at once")
    func ownerCancels() throws {
        let account = try Self.cancelled()
        #expect(account.isCancelled)
        #expect(account.cancelledOn == Fixture.day("2024-06-01"))
        #expect(Account.zendesk(account).isCancelled)
    }

    @Test("Billing admins, admins and agents cannot cancel", arguments: [Fixture.billingAdmin, Fixture.zAdmin, Fixture.agent])
    func othersRefused(_ actor: String) {
        expectRefusal(.ownerOnly, on: Fixture.zendesk()) { account throws(ModelError) in
            try account.cancelAccount(by: actor, on: Fixture.day("2024-06-01"))
        }
    }

    @Test("An unknown user cannot cancel")
    func unknownRefused() {
        expectRefusal(.unknownUser("ghost@example.com"), on: Fixture.zendesk()) { account throws(ModelError) in
            try account.cancelAccount(by: "ghost@example.com", on: Fixture.day("2024-06-01"))
        }
    }

    @Test("Every later command fails with accountCancelled", arguments: 0..<6)
    func laterCommandsFail(_ command: Int) throws {
        let product = ZendeskProduct(name: "Suite", edition: "Growth", cost: Money(cents: 1, currency: "USD"))
        expectRefusal(.accountCancelled, on: try Self.cancelled()) { account throws(ModelError) in
            switch command {
            case 0: try account.addAgentSeats(1, by: Fixture.owner)
            case 1: try account.addProduct(product, by: Fixture.owner)
            case 2: try account.extendSubscription(cycle: .annual, by: Fixture.owner)
            case 3: try account.requestChange(summary: "x", by: Fixture.zAdmin, on: Fixture.day("2024-06-02"))
            case 4: try account.cancelAccount(by: Fixture.owner, on: Fixture.day("2024-06-02"))
            default: _ = try account.subscriptionSummary(for: Fixture.owner)
            }
        }
    }

    @Test("Even an unknown user gets accountCancelled first")
    func cancelledBeforeUnknown() throws {
        let account = try Self.cancelled()
        #expect(throws: ModelError.accountCancelled) { try account.subscriptionSummary(for: "ghost@example.com") }
    }
}
