import DocentModel
import Testing

@Suite("Rule 16: only the owner and billing admins change the subscription; admins request a change")
struct Rule16SubscriptionChangeTests {
    static let suite = ZendeskProduct(name: "Suite", edition: "Growth", cost: Money(cents: 8900, currency: "USD"))

    @Test("Owner and billing admin add agent seats, buy products and extend", arguments: [Fixture.owner, Fixture.billingAdmin])
    func allowed(_ actor: String) throws {
        var account = Fixture.zendesk()
        try account.addAgentSeats(3, by: actor)
        try account.addProduct(Self.suite, by: actor)
        try account.extendSubscription(cycle: .annual, by: actor)
        #expect(account.subscription.fullAgentSeats == 8)
        #expect(account.subscription.products.map(\.name) == ["Support", "Chat", "Suite"])
        #expect(account.subscription.billingCycle == .annual)
    }

    @Test("Buying a product already subscribed to replaces its edition")
    func replaceProduct() throws {
        var account = Fixture.zendesk()
        let enterprise = ZendeskProduct(name: "Support", edition: "Enterprise", cost: Money(cents: 15000, currency: "USD"))
        try account.addProduct(enterprise, by: Fixture.owner)
        #expect(account.subscription.products.first == enterprise)
        #expect(account.subscription.products.count == 2)
    }

    @Test("An admin without billing rights is refused each change", arguments: 0..<3)
    func adminRefused(_ command: Int) {
        expectRefusal(.billingRightsRequired, on: Fixture.zendesk()) { account throws(ModelError) in
            switch command {
            case 0: try account.addAgentSeats(1, by: Fixture.zAdmin)
            case 1: try account.addProduct(Self.suite, by: Fixture.zAdmin)
            default: try account.extendSubscription(cycle: .annual, by: Fixture.zAdmin)
            }
        }
    }

    @Test("An agent is refused each change", arguments: 0..<3)
    func agentRefused(_ command: Int) {
        expectRefusal(.notAnAdmin, on: Fixture.zendesk()) { account throws(ModelError) in
            switch command {
            case 0: try account.addAgentSeats(1, by: Fixture.agent)
            case 1: try account.addProduct(Self.suite, by: Fixture.agent)
            default: try account.extendSubscription(cycle: .annual, by: Fixture.agent)
            }
        }
    }

    @Test("Adding zero agent seats is refused")
    func zeroSeats() {
        expectRefusal(.invalidCount(0), on: Fixture.zendesk()) { account throws(ModelError) in
            try account.addAgentSeats(0, by: Fixture.owner)
        }
    }

    @Test("An admin sends a change request")
    func requestChange() throws {
        var account = Fixture.zendesk()
        try account.requestChange(summary: "Add 2 agent seats", by: Fixture.zAdmin, on: Fixture.day("2024-06-01"))
        #expect(account.changeRequests == [
            ZendeskChangeRequest(requestedBy: Fixture.zAdmin, summary: "Add 2 agent seats", on: Fixture.day("2024-06-01")),
        ])
        #expect(account.subscription == Fixture.zendesk().subscription)
    }

    @Test("Owner and billing admin change directly instead of requesting", arguments: [Fixture.owner, Fixture.billingAdmin])
    func requestByBillingRights(_ actor: String) {
        expectRefusal(.canChangeDirectly, on: Fixture.zendesk()) { account throws(ModelError) in
            try account.requestChange(summary: "x", by: actor, on: Fixture.day("2024-06-01"))
        }
    }

    @Test("An agent cannot send a change request")
    func requestByAgent() {
        expectRefusal(.notAnAdmin, on: Fixture.zendesk()) { account throws(ModelError) in
            try account.requestChange(summary: "x", by: Fixture.agent, on: Fixture.day("2024-06-01"))
        }
    }

    @Test("An unknown user is refused")
    func unknown() {
        expectRefusal(.unknownUser("ghost@example.com"), on: Fixture.zendesk()) { account throws(ModelError) in
            try account.addAgentSeats(1, by: "ghost@example.com")
        }
    }
}

@Suite("Rule 16: currencies")
struct Rule16CurrencyTests {
    @Test("Found: a product in another currency than the account's is refused, keeping the invariant")
    func productInAnotherCurrency() throws {
        var account = Fixture.zendesk()
        let currency = try #require(account.subscription.products.first?.cost.currency)
        let foreign = ZendeskProduct(name: "Sell", edition: "Team", cost: Money(cents: 1900, currency: currency == "USD" ? "EUR" : "USD"))
        expectRefusal(.currencyMismatch(expected: currency, got: foreign.cost.currency), on: account) { account throws(ModelError) in
            try account.addProduct(foreign, by: Fixture.owner)
        }
        try account.addProduct(ZendeskProduct(name: "Sell", edition: "Team", cost: Money(cents: 1900, currency: currency)), by: Fixture.owner)
        #expect(account.invariantViolations().isEmpty)
    }
}
