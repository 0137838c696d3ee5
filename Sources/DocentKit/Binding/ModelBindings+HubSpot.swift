import DocentModel
import DocentWorkflow

extension ModelBindings {
    static func bindHubSpotGuards(_ b: inout Bindings<Situation>) {
        let typed = sig(["type": .required(.seatType)])
        let user = sig(["user": .required(.email)])
        b.bindGuard("pricingModelIs", sig(["model": .required(.pricingModel)])) { args, s in
            try s.hubspot().pricingModel.rawValue == args.string("model")
        }
        b.bindGuard("actorHas", sig(["permission": .required(.permission)])) { args, s in
            try s.hubspot().user(s.actor)?.has(permission(args)) ?? false
        }
        b.bindGuard("actorIsViewOnly") { _, s in
            try s.hubspot().user(s.actor)?.seats.contains(.viewOnly) ?? false
        }
        b.bindGuard("onFreeTools") { _, s in try s.hubspot().edition == .freeTools }
        b.bindGuard("subscribedTo", typed) { args, s in
            try s.hubspot().subscription(for: seatType(args)) != nil
        }
        b.bindGuard("hasPaidSeats") { _, s in
            try s.hubspot().subscriptions.contains { $0.seatType.isPaid && $0.purchased > 0 }
        }
        b.bindGuard("seatAvailable", typed) { args, s in
            let type = try seatType(args)
            return try type == .partner || s.hubspot().availableSeats(type) > 0
        }
        b.bindGuard("userHoldsPaidSeat", user) { args, s in
            try s.hubspot().user(args.string("user"))?.seats.contains(where: { $0 == .sales || $0 == .service || $0 == .core }) ?? false
        }
        b.bindGuard("userIsDeactivated", user) { args, s in
            try s.hubspot().user(args.string("user"))?.isDeactivated ?? false
        }
        b.bindGuard("hasUnassignedSeats", typed) { args, s in
            try s.hubspot().availableSeats(seatType(args)) > 0
        }
        b.bindGuard("removalScheduled", typed) { args, s in
            try s.hubspot().subscription(for: seatType(args))?.scheduledRemoval != nil
        }
        b.bindGuard("anyRemovalScheduled") { _, s in
            try s.hubspot().subscriptions.contains { $0.scheduledRemoval != nil }
        }
        b.bindGuard("hasLegacySalesHubSubscription") { _, s in try s.hubspot().hasLegacySalesHubSubscription }
        b.bindGuard("hasPostDatedQuote") { _, s in try s.hubspot().hasPostDatedQuote }
        b.bindGuard("singleCoreSeat") { _, s in try s.hubspot().purchasedSeats(.core) == 1 }
        b.bindGuard("seatChoiceAllowed", sig(["user": .required(.email), "seat": .required(.seatOrNone)])) { args, s in
            guard let user = try s.hubspot().user(args.string("user")) else { return false }
            if try args.string("seat") == "none" { return !user.seats.isEmpty }
            let type = try seatType(args, "seat")
            return !user.seats.contains(type) && (type != .partner || user.isPartnerEmployee)
        }
        b.bindGuard("needsPurchase", requestedSeatsSignature) { args, s in
            try !seatsToBuy(args, s.hubspot()).isEmpty
        }
    }

    static func bindHubSpotQueries(_ b: inout Bindings<Situation>) {
        let typed = sig(["type": .required(.seatType)], result: .integer)
        b.bindQuery("available", typed) { args, s in try .int(s.hubspot().availableSeats(seatType(args))) }
        b.bindQuery("purchased", typed) { args, s in try .int(s.hubspot().purchasedSeats(seatType(args))) }
        b.bindQuery("assigned", typed) { args, s in try .int(s.hubspot().assignedSeats(seatType(args))) }
        b.bindQuery("pending", typed) { args, s in try .int(s.hubspot().pendingRemoval(seatType(args))) }
        b.bindQuery("afterRemoving", sig(["type": .required(.seatType), "count": .required(.integer)], result: .integer)) { args, s in
            try .int(max(0, s.hubspot().purchasedSeats(seatType(args)) - args.int("count")))
        }
        b.bindQuery("pricePerSeat", sig(["type": .required(.seatType)], result: .decimal)) { args, s in
            let account = try s.hubspot()
            let type = try seatType(args)
            return money(account.subscription(for: type)?.pricePerSeat ?? Money(cents: 0, currency: account.billing.currency))
        }
        b.bindQuery("currency", sig(result: .string)) { _, s in try .string(s.hubspot().billing.currency) }
        b.bindQuery("renewalDate", sig(result: .date)) { _, s in try .string(s.hubspot().billing.renewalDate.description) }
        b.bindQuery("removalDate", sig(["type": .required(.seatType)], result: .date)) { args, s in
            let account = try s.hubspot()
            let date = try account.subscription(for: seatType(args))?.scheduledRemoval?.effectiveOn ?? account.billing.renewalDate
            return .string(date.description)
        }
        b.bindQuery("tier", sig(["type": .required(.seatType)], result: .string)) { args, s in try .string(s.hubspot().subscription(for: seatType(args))?.tier?.rawValue ?? "starter") }
        b.bindQuery("usersWithoutSeat", sig(["type": .required(.seatType)], result: .list(.email))) { args, s in
            let type = try seatType(args)
            return try .list(s.hubspot().users.filter { !$0.isDeactivated && !$0.seats.contains(type) && (type != .partner || $0.isPartnerEmployee) }.map { .string($0.email) })
        }
        b.bindQuery("usersWithSeat", sig(["type": .required(.seatType)], result: .list(.email))) { args, s in
            let type = try seatType(args)
            return try .list(s.hubspot().users.filter { $0.seats.contains(type) }.map { .string($0.email) })
        }
        b.bindQuery("otherUsers", sig(result: .list(.email))) { _, s in
            try .list(s.hubspot().users.filter { $0.email.lowercased() != s.actor.lowercased() }.map { .string($0.email) })
        }
        b.bindQuery("activeUsers", sig(result: .list(.email))) { _, s in
            try .list(s.hubspot().users.filter { !$0.isDeactivated }.map { .string($0.email) })
        }
        b.bindQuery("coreSeatHolder", sig(result: .email)) { _, s in
            guard let holder = try s.hubspot().users.first(where: { $0.seats.contains(.core) }) else {
                throw ModelError.noUserWithSeat(.core)
            }
            return .string(holder.email)
        }
        b.bindQuery("transferTargets", sig(result: .list(.email))) { _, s in
            try .list(s.hubspot().users.filter { !$0.isDeactivated && $0.seats.allSatisfy { !$0.isPaid } }.map { .string($0.email) })
        }
        b.bindQuery("seatsToBuy", sig(requestedSeatsSignature.parameters, result: .integer)) { args, s in
            try .int(seatsToBuy(args, s.hubspot()).count)
        }
    }

    static func bindHubSpotQueriesOfLimits(_ b: inout Bindings<Situation>) {
        let typed = sig(["type": .required(.seatType)], result: .integer)
        b.bindQuery("removableSeats", typed) { args, s in try .int(max(0, s.hubspot().availableSeats(seatType(args)))) }
        b.bindQuery("purchasableSeats", typed) { args, s in try .int(s.hubspot().purchasableSeats(seatType(args))) }
    }

    static func bindHubSpotChecks(_ b: inout Bindings<Situation>) {
        b.bindCheck("requireActor", sig(["permissions": .optional(.list(.permission))])) { args, s in
            let permissions = try (args["permissions"]?.listValue ?? []).map { value in
                guard let permission = Permission(rawValue: value.text) else {
                    throw KitError.badValue(argument: "permissions", value: value.text, expected: Permission.allCases.map(\.rawValue).joined(separator: ", "))
                }
                return permission
            }
            try s.hubspot().checkActor(s.actor, has: permissions)
        }
        b.bindCheck("requirePricingModel", sig(["model": .required(.pricingModel)])) { args, s in
            let raw = try args.string("model")
            guard let model = PricingModel(rawValue: raw) else {
                throw KitError.badValue(argument: "model", value: raw, expected: PricingModel.allCases.map(\.rawValue).joined(separator: ", "))
            }
            try s.hubspot().checkPricingModel(model)
        }
        b.bindCheck("requirePaidSeats") { _, s in try s.hubspot().checkPaidSeats() }
        b.bindCheck("requireRemovalsScheduled") { _, s in try s.hubspot().checkRemovalsScheduled() }
        b.bindCheck("requireUserWithoutSeat", sig(["type": .required(.seatType)])) { args, s in
            try s.hubspot().checkUserWithoutSeat(seatType(args))
        }
        b.bindCheck("requireUserWithSeat", sig(["type": .required(.seatType)])) { args, s in
            try s.hubspot().checkUserWithSeat(seatType(args))
        }
        b.bindCheck("requireNoRemovalScheduled", sig(["type": .required(.seatType)])) { args, s in
            try s.hubspot().checkNoRemovalScheduled(seatType(args))
        }
        b.bindCheck("requireUnassignedSeats", sig(["type": .required(.seatType)])) { args, s in
            try s.hubspot().checkUnassignedSeats(seatType(args))
        }
        let typed = sig(["type": .required(.seatType)])
        let hubs: [SeatType] = [.sales, .service]
        // Each check below has a guard of the same rule, so that a definition can route around a
        // refusal that no answer can help, and show it at the question where a different answer can.
        b.bindCheck("canRemoveSeatsOf", typed) { args, s in try s.hubspot().checkRemovableSeats(seatType(args)) }
        b.bindGuard("seatsRemovable", typed) { args, s in
            let account = try s.hubspot()
            let type = try seatType(args)
            return (try? account.checkRemovableSeats(type)) != nil
        }
        b.bindCheck("requireRemovableSeats") { _, s in try s.hubspot().checkSomeRemovableSeats() }
        b.bindGuard("hasUserWithoutSeat", typed) { args, s in
            let account = try s.hubspot()
            let type = try seatType(args)
            return (try? account.checkSomeUserWithoutSeat(among: [type])) != nil
        }
        b.bindCheck("requireSomeUserWithoutSeat") { _, s in try s.hubspot().checkSomeUserWithoutSeat(among: hubs) }
        b.bindGuard("hasUserWithSeat", typed) { args, s in
            let account = try s.hubspot()
            let type = try seatType(args)
            return (try? account.checkSomeUserWithSeat(among: [type])) != nil
        }
        b.bindCheck("requireSomeUserWithSeat") { _, s in try s.hubspot().checkSomeUserWithSeat(among: hubs) }
        b.bindCheck("requireOtherUser") { _, s in try s.hubspot().checkOtherUser(than: s.actor) }
        b.bindCheck("requireSingleCoreSeat") { _, s in try s.hubspot().checkSingleCoreSeat() }
        b.bindCheck("requireTransferTarget") { _, s in try s.hubspot().checkTransferTarget() }
        b.bindCheck("canScheduleRemoval", sig(["type": .required(.seatType), "count": .required(.integer)])) { args, s in
            try s.hubspot().checkRemoval(seatType(args), count: args.int("count"), by: s.actor)
        }
        b.bindCheck("canCreateUser", sig(["email": .required(.email)])) { args, s in
            try s.hubspot().checkNewUser(args.string("email"), by: s.actor)
        }
    }

    static func bindHubSpotEffects(_ b: inout Bindings<Situation>) {
        let user = sig(["user": .required(.email)])
        let typedUser = sig(["type": .required(.seatType), "user": .required(.email)])
        let typedCount = sig(["type": .required(.seatType), "count": .required(.integer)])
        b.bindEffect(
            "createUser",
            sig(requestedSeatsSignature.parameters.merging([
                "email": .required(.email), "superAdmin": .required(.bool),
                "permissions": .required(.oneOf(["none", "users", "billing", "both"])),
            ]) { $1 })
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
        b.bindEffect("buySeatsForNewUser", requestedSeatsSignature) { args, s in
            try hubspot(s) { account in
                for type in try seatsToBuy(args, account) { try account.purchaseSeats(type, count: 1, by: s.actor) }
            }
        }
        b.bindEffect("purchaseSeats", typedCount) { args, s in
            try hubspot(s) { try $0.purchaseSeats(seatType(args), count: args.int("count"), by: s.actor) }
        }
        b.bindEffect("assignSeat", typedUser) { args, s in
            try hubspot(s) { try $0.assignSeat(seatType(args), to: args.string("user"), by: s.actor) }
        }
        b.bindEffect("unassignSeat", typedUser) { args, s in
            try hubspot(s) { try $0.unassignSeat(seatType(args), from: args.string("user"), by: s.actor) }
        }
        b.bindEffect("changeSeat", sig(["user": .required(.email), "seat": .required(.seatOrNone)])) { args, s in
            let raw = try args.string("seat")
            let type = raw == "none" ? nil : try seatType(args, "seat")
            return try hubspot(s) { try $0.changeSeat(of: args.string("user"), to: type, by: s.actor) }
        }
        b.bindEffect("scheduleRemoval", typedCount) { args, s in
            try hubspot(s) { try $0.scheduleRemoval(seatType(args), count: args.int("count"), by: s.actor, today: s.today) }
        }
        b.bindEffect("cancelRemoval", sig(["type": .required(.seatType)])) { args, s in
            try hubspot(s) { try $0.cancelRemoval(seatType(args), by: s.actor) }
        }
        b.bindEffect("unassignPaidSeats", user) { args, s in
            try hubspot(s) { account in
                let email = try args.string("user")
                let held = account.user(email)?.seats.filter(\.isPaid).sorted { $0.rawValue < $1.rawValue } ?? []
                for type in held { try account.unassignSeat(type, from: email, by: s.actor) }
            }
        }
        b.bindEffect("removeUser", user) { args, s in
            try hubspot(s) { try $0.removeUser(args.string("user"), by: s.actor) }
        }
        b.bindEffect("deactivateUser", user) { args, s in
            try hubspot(s) { try $0.deactivateUser(args.string("user"), by: s.actor) }
        }
        b.bindEffect("reactivateUser", user) { args, s in
            try hubspot(s) { try $0.reactivateUser(args.string("user"), by: s.actor) }
        }
        b.bindEffect("upgradeFromFreeTools", sig(["core": .required(.integer)])) { args, s in
            try hubspot(s) { try $0.upgradeFromFreeTools(seats: [.core: args.int("core")], by: s.actor) }
        }
        b.bindQuery("freeSeats", sig(result: .integer)) { _, s in try .int(s.hubspot().freeSeats) }
        b.bindEffect("transferCoreSeat", sig(["from": .required(.email), "to": .required(.email)])) { args, s in
            try hubspot(s) { try $0.transferCoreSeat(from: args.string("from"), to: args.string("to"), by: s.actor) }
        }
    }

    /// The optional `sales`/`service` (legacy) and `seat` (seat-based) parameters of a new user's seats.
    static let requestedSeatsSignature = sig([
        "sales": .optional(.bool), "service": .optional(.bool), "seat": .optional(.seatOrNone),
    ])

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
