import DocentModel
import Testing

@Suite("Rule 15: admins and the owner can view the subscription summary")
struct Rule15SubscriptionSummaryTests {
    @Test("Owner, billing admin and admin see the summary", arguments: [Fixture.owner, Fixture.billingAdmin, Fixture.zAdmin])
    func allowed(_ actor: String) throws {
        let summary = try Fixture.zendesk().subscriptionSummary(for: actor)
        #expect(summary.products == ["Support", "Chat"])
        #expect(summary.editions == ["Support": "Professional", "Chat": "Team"])
        #expect(summary.fullAgentSeats == 5)
        #expect(summary.billingCycle == .monthly)
        #expect(summary.paymentDetails == "Visa ending 4242")
    }

    @Test("A self-service account shows costs; the total is the sum minus the discount")
    func costs() throws {
        let summary = try Fixture.zendesk(selfService: true).subscriptionSummary(for: Fixture.owner)
        #expect(summary.costs?["Support"] == Money(cents: 11500, currency: "USD"))
        #expect(summary.totalCost == Money(cents: 13400, currency: "USD"))
    }

    @Test("Other accounts show no costs")
    func noCosts() throws {
        let summary = try Fixture.zendesk(selfService: false).subscriptionSummary(for: Fixture.owner)
        #expect(summary.costs == nil)
        #expect(summary.totalCost == nil)
    }

    @Test("An agent is refused")
    func agent() {
        #expect(throws: ModelError.notAnAdmin) { try Fixture.zendesk().subscriptionSummary(for: Fixture.agent) }
    }

    @Test("An unknown user is refused")
    func unknown() {
        #expect(throws: ModelError.unknownUser("ghost@example.com")) {
            try Fixture.zendesk().subscriptionSummary(for: "ghost@example.com")
        }
    }
}
