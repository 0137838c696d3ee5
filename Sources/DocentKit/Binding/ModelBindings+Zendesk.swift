import DocentModel
import DocentWorkflow

extension ModelBindings {
    static func bindZendesk(_ b: inout Bindings<Situation>) {
        b.bindGuard("roleIs", sig(["role": .required(.oneOf(ZendeskRole.allCases.map(\.rawValue)))])) { args, s in
            let account = try s.zendesk()
            return try account.members.first { $0.email.lowercased() == s.actor.lowercased() }?.role.rawValue == args.string("role")
        }
        b.bindGuard("selfService") { _, s in try s.zendesk().isSelfService }
        b.bindQuery("products", sig(result: .string)) { _, s in
            try .string(s.zendesk().subscription.products.map { "\($0.name) \($0.edition)" }.joined(separator: ", "))
        }
        b.bindQuery("agentSeats", sig(result: .integer)) { _, s in try .int(s.zendesk().subscription.fullAgentSeats) }
        b.bindQuery("billingCycle", sig(result: .oneOf(BillingCycle.allCases.map(\.rawValue)))) { _, s in try .string(s.zendesk().subscription.billingCycle.rawValue) }
        b.bindQuery("paymentDetails", sig(result: .string)) { _, s in try .string(s.zendesk().subscription.paymentDetails) }
        b.bindQuery("totalCost", sig(result: .decimal)) { _, s in
            let summary = try s.zendesk().subscriptionSummary(for: s.actor)
            return money(summary.totalCost ?? Money(cents: 0, currency: ""))
        }
        b.bindQuery("zendeskCurrency", sig(result: .string)) { _, s in
            let subscription = try s.zendesk().subscription
            return .string(subscription.products.first?.cost.currency ?? subscription.offers.first?.cost.currency
                ?? subscription.discount?.currency ?? "USD")
        }
        b.bindGuard("hasOffers") { _, s in !(try openOffers(s.zendesk())).isEmpty }
        b.bindQuery("offers", sig(result: .list(.string))) { _, s in .list(try openOffers(s.zendesk()).map { .string($0.name) }) }
        b.bindQuery("offerEdition", sig(["product": .required(.string)], result: .string)) { args, s in
            .string(try offer(args, s.zendesk()).edition)
        }
        b.bindQuery("offerCost", sig(["product": .required(.string)], result: .decimal)) { args, s in
            money(try offer(args, s.zendesk()).cost)
        }
        b.bindEffect("buyOffer", sig(["product": .required(.string)])) { args, s in
            try zendesk(s) { account in try account.addProduct(offer(args, account), by: s.actor) }
        }
        b.bindQuery("ownerName", sig(result: .string)) { _, s in
            try .string(s.zendesk().members.first { $0.role == .owner }?.name ?? "")
        }
        b.bindEffect("viewSubscription") { _, s in
            _ = try s.zendesk().subscriptionSummary(for: s.actor)
            return s
        }
        b.bindEffect("addAgentSeats", sig(["count": .required(.integer)])) { args, s in
            try zendesk(s) { try $0.addAgentSeats(args.int("count"), by: s.actor) }
        }
        b.bindEffect("extendSubscription", sig(["cycle": .required(.oneOf(BillingCycle.allCases.map(\.rawValue)))])) { args, s in
            let raw = try args.string("cycle")
            guard let cycle = BillingCycle(rawValue: raw) else {
                throw KitError.badValue(argument: "cycle", value: raw, expected: "monthly or annual")
            }
            return try zendesk(s) { try $0.extendSubscription(cycle: cycle, by: s.actor) }
        }
        b.bindEffect("requestChange", sig(["summary": .required(.string)])) { args, s in
            try zendesk(s) { try $0.requestChange(summary: args.string("summary"), by: s.actor, on: s.today) }
        }
        b.bindQuery("purchasableAgentSeats", sig(result: .integer)) { _, s in
            try .int(max(0, Limits.seats - s.zendesk().subscription.fullAgentSeats))
        }
        b.bindCheck("requireAdmin") { _, s in try s.zendesk().checkAdmin(s.actor) }
        b.bindCheck("requireOwner") { _, s in try s.zendesk().checkOwner(s.actor) }
        b.bindEffect("cancelAccount") { _, s in
            try zendesk(s) { try $0.cancelAccount(by: s.actor, on: s.today) }
        }
    }

    /// The offers for products the account does not have yet.
    static func openOffers(_ account: ZendeskAccount) -> [ZendeskProduct] {
        account.subscription.offers.filter { offer in !account.subscription.products.contains { $0.name == offer.name } }
    }

    /// The offer named by the `product` argument.
    static func offer(_ args: Arguments, _ account: ZendeskAccount) throws -> ZendeskProduct {
        let name = try args.string("product")
        guard let offer = account.subscription.offers.first(where: { $0.name == name }) else {
            throw KitError.badValue(argument: "product", value: name, expected: account.subscription.offers.map(\.name).joined(separator: ", "))
        }
        return offer
    }
}
