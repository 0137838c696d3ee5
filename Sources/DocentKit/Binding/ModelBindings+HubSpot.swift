import DocentModel
import DocentWorkflow

extension ModelBindings {
    static func bindHubSpotGuards(_ b: inout Bindings<Situation>) {
        b.bindGuard("pricingModelIs", Signature(required: ["model"])) { args, s in
            try s.hubspot().pricingModel.rawValue == args.string("model")
        }
        b.bindGuard("actorHas", Signature(required: ["permission"])) { args, s in
            try s.hubspot().user(s.actor)?.has(permission(args)) ?? false
        }
        b.bindGuard("actorIsViewOnly") { _, s in
            try s.hubspot().user(s.actor)?.seats.contains(.viewOnly) ?? false
        }
        b.bindGuard("onFreeTools") { _, s in try s.hubspot().edition == .freeTools }
        b.bindGuard("subscribedTo", Signature(required: ["type"])) { args, s in
            try s.hubspot().subscription(for: seatType(args)) != nil
        }
        b.bindGuard("hasPaidSeats") { _, s in
            try s.hubspot().subscriptions.contains { $0.seatType.isPaid && $0.purchased > 0 }
        }
        b.bindGuard("seatAvailable", Signature(required: ["type"])) { args, s in
            let type = try seatType(args)
            return try type == .partner || s.hubspot().availableSeats(type) > 0
        }
        b.bindGuard("userExists", Signature(required: ["user"])) { args, s in
            try s.hubspot().user(args.string("user")) != nil
        }
        b.bindGuard("userHoldsPaidSeat", Signature(required: ["user"])) { args, s in
            try s.hubspot().user(args.string("user"))?.seats.contains(where: { $0 == .sales || $0 == .service || $0 == .core }) ?? false
        }
        b.bindGuard("userIsDeactivated", Signature(required: ["user"])) { args, s in
            try s.hubspot().user(args.string("user"))?.isDeactivated ?? false
        }
        b.bindGuard("hasUnassignedSeats", Signature(required: ["type"])) { args, s in
            try s.hubspot().availableSeats(seatType(args)) > 0
        }
        b.bindGuard("removalScheduled", Signature(required: ["type"])) { args, s in
            try s.hubspot().subscription(for: seatType(args))?.scheduledRemoval != nil
        }
        b.bindGuard("anyRemovalScheduled") { _, s in
            try s.hubspot().subscriptions.contains { $0.scheduledRemoval != nil }
        }
        b.bindGuard("removalNeedsManager", Signature(required: ["type"])) { args, s in
            let account = try s.hubspot()
            return try account.hasPostDatedQuote || (account.hasLegacySalesHubSubscription && seatType(args) == .sales)
        }
        b.bindGuard("singleCoreSeat") { _, s in try s.hubspot().purchasedSeats(.core) == 1 }
        b.bindGuard("seatChoiceAllowed", Signature(required: ["user", "seat"])) { args, s in
            guard let user = try s.hubspot().user(args.string("user")) else { return false }
            if try args.string("seat") == "none" { return !user.seats.isEmpty }
            let type = try seatType(args, "seat")
            return !user.seats.contains(type) && (type != .partner || user.isPartnerEmployee)
        }
        b.bindGuard("needsPurchase", Signature(optional: ["sales", "service", "seat"])) { args, s in
            try !seatsToBuy(args, s.hubspot()).isEmpty
        }
    }

    static func bindHubSpotQueries(_ b: inout Bindings<Situation>) {
        let typed = Signature(required: ["type"])
        b.bindQuery("available", typed) { args, s in try .int(s.hubspot().availableSeats(seatType(args))) }
        b.bindQuery("purchased", typed) { args, s in try .int(s.hubspot().purchasedSeats(seatType(args))) }
        b.bindQuery("assigned", typed) { args, s in try .int(s.hubspot().assignedSeats(seatType(args))) }
        b.bindQuery("pending", typed) { args, s in try .int(s.hubspot().pendingRemoval(seatType(args))) }
        b.bindQuery("afterRemoving", Signature(required: ["type", "count"])) { args, s in
            try .int(max(0, s.hubspot().purchasedSeats(seatType(args)) - args.int("count")))
        }
        b.bindQuery("pricePerSeat", typed) { args, s in
            let account = try s.hubspot()
            let type = try seatType(args)
            return money(account.subscription(for: type)?.pricePerSeat ?? Money(cents: 0, currency: account.billing.currency))
        }
        b.bindQuery("currency") { _, s in try .string(s.hubspot().billing.currency) }
        b.bindQuery("renewalDate") { _, s in try .string(s.hubspot().billing.renewalDate.description) }
        b.bindQuery("removalDate", typed) { args, s in
            let account = try s.hubspot()
            let date = try account.subscription(for: seatType(args))?.scheduledRemoval?.effectiveOn ?? account.billing.renewalDate
            return .string(date.description)
        }
        b.bindQuery("tier", typed) { args, s in try .string(s.hubspot().subscription(for: seatType(args))?.tier?.rawValue ?? "starter") }
        b.bindQuery("usersWithoutSeat", typed) { args, s in
            let type = try seatType(args)
            return try .list(s.hubspot().users.filter { !$0.isDeactivated && !$0.seats.contains(type) && (type != .partner || $0.isPartnerEmployee) }.map { .string($0.email) })
        }
        b.bindQuery("usersWithSeat", typed) { args, s in
            let type = try seatType(args)
            return try .list(s.hubspot().users.filter { $0.seats.contains(type) }.map { .string($0.email) })
        }
        b.bindQuery("otherUsers") { _, s in
            try .list(s.hubspot().users.filter { $0.email.lowercased() != s.actor.lowercased() }.map { .string($0.email) })
        }
        b.bindQuery("activeUsers") { _, s in
            try .list(s.hubspot().users.filter { !$0.isDeactivated }.map { .string($0.email) })
        }
        b.bindQuery("coreSeatHolder") { _, s in
            try .string(s.hubspot().users.first { $0.seats.contains(.core) }?.email ?? "")
        }
        b.bindQuery("transferTargets") { _, s in
            try .list(s.hubspot().users.filter { !$0.isDeactivated && $0.seats.allSatisfy { !$0.isPaid } }.map { .string($0.email) })
        }
        b.bindQuery("seatsToBuy", Signature(optional: ["sales", "service", "seat"])) { args, s in
            try .int(seatsToBuy(args, s.hubspot()).count)
        }
    }

    static func bindHubSpotEffects(_ b: inout Bindings<Situation>) {
        b.bindEffect(
            "createUser",
            Signature(required: ["email", "superAdmin", "permissions"], optional: ["sales", "service", "seat"])
        ) { args, s in
            let email = try args.string("email")
            var permissions: Set<Permission> = []
            if try yes(args, "superAdmin") { permissions.insert(.superAdmin) }
            switch try args.string("permissions") {
            case "users": permissions.insert(.addAndEditUsers)
            case "billing": permissions.insert(.editBilling)
            case "both": permissions.formUnion([.addAndEditUsers, .editBilling])
            case "none": break
            case let other: throw KitError.badValue(argument: "permissions", value: other, expected: "none, users, billing or both")
            }
            let seats = try requestedSeats(args)
            let name = String(email.split(separator: "@").first ?? Substring(email))
            return try hubspot(s) { try $0.createUser(email: email, name: name, permissions: permissions, seats: seats, by: s.actor) }
        }
        b.bindEffect("buySeatsForNewUser", Signature(optional: ["sales", "service", "seat"])) { args, s in
            try hubspot(s) { account in
                for type in try seatsToBuy(args, account) { try account.purchaseSeats(type, count: 1, by: s.actor) }
            }
        }
        b.bindEffect("purchaseSeats", Signature(required: ["type", "count"])) { args, s in
            try hubspot(s) { try $0.purchaseSeats(seatType(args), count: args.int("count"), by: s.actor) }
        }
        b.bindEffect("assignSeat", Signature(required: ["type", "user"])) { args, s in
            try hubspot(s) { try $0.assignSeat(seatType(args), to: args.string("user"), by: s.actor) }
        }
        b.bindEffect("unassignSeat", Signature(required: ["type", "user"])) { args, s in
            try hubspot(s) { try $0.unassignSeat(seatType(args), from: args.string("user"), by: s.actor) }
        }
        b.bindEffect("changeSeat", Signature(required: ["user", "seat"])) { args, s in
            let raw = try args.string("seat")
            let type = raw == "none" ? nil : try seatType(args, "seat")
            return try hubspot(s) { try $0.changeSeat(of: args.string("user"), to: type, by: s.actor) }
        }
        b.bindEffect("scheduleRemoval", Signature(required: ["type", "count"])) { args, s in
            try hubspot(s) { try $0.scheduleRemoval(seatType(args), count: args.int("count"), by: s.actor, today: s.today) }
        }
        b.bindEffect("cancelRemoval", Signature(required: ["type"])) { args, s in
            try hubspot(s) { try $0.cancelRemoval(seatType(args), by: s.actor) }
        }
        b.bindEffect("unassignPaidSeats", Signature(required: ["user"])) { args, s in
            try hubspot(s) { account in
                let email = try args.string("user")
                let held = account.user(email)?.seats.filter(\.isPaid).sorted { $0.rawValue < $1.rawValue } ?? []
                for type in held { try account.unassignSeat(type, from: email, by: s.actor) }
            }
        }
        b.bindEffect("removeUser", Signature(required: ["user"])) { args, s in
            try hubspot(s) { try $0.removeUser(args.string("user"), by: s.actor) }
        }
        b.bindEffect("deactivateUser", Signature(required: ["user"])) { args, s in
            try hubspot(s) { try $0.deactivateUser(args.string("user"), by: s.actor) }
        }
        b.bindEffect("reactivateUser", Signature(required: ["user"])) { args, s in
            try hubspot(s) { try $0.reactivateUser(args.string("user"), by: s.actor) }
        }
        b.bindEffect("upgradeFromFreeTools", Signature(required: ["core"])) { args, s in
            try hubspot(s) { try $0.upgradeFromFreeTools(seats: [.core: args.int("core")], by: s.actor) }
        }
        b.bindQuery("freeSeats") { _, s in try .int(s.hubspot().freeSeats) }
        b.bindEffect("transferCoreSeat", Signature(required: ["from", "to"])) { args, s in
            try hubspot(s) { try $0.transferCoreSeat(from: args.string("from"), to: args.string("to"), by: s.actor) }
        }
    }

    /// The seat types a new user is to get, from `sales`/`service` (legacy) or `seat` (seat-based).
    static func requestedSeats(_ args: Arguments) throws -> Set<SeatType> {
        var seats: Set<SeatType> = []
        if try yes(args, "sales") { seats.insert(.sales) }
        if try yes(args, "service") { seats.insert(.service) }
        if let raw = args["seat"]?.text, raw != "none" { seats.insert(try seatType(args, "seat")) }
        return seats
    }

    /// The requested seat types with no seat available, each needing one bought at checkout.
    ///
    /// Partner seats are never bought; every other type, View-only included, counts against its purchase.
    static func seatsToBuy(_ args: Arguments, _ account: HubSpotAccount) throws -> [SeatType] {
        try requestedSeats(args).filter { $0 != .partner && account.availableSeats($0) < 1 }.sorted { $0.rawValue < $1.rawValue }
    }
}
