extension HubSpotAccount {
    // Each check returns when the account allows something and throws the model's refusal
    // otherwise, so that a procedure that stops early reports the same refusal (code and rule)
    // as the command it stops before.

    /// Checks that `actor` exists, is active, is not View-only and holds `permissions` (rules 2, 11).
    public func checkActor(_ actor: String, has permissions: [Permission] = []) throws(ModelError) {
        _ = try authorize(actor, permissions)
    }

    /// Checks that the account uses `model`.
    public func checkPricingModel(_ model: PricingModel) throws(ModelError) {
        try requirePricingModel(model)
    }

    /// Checks that the account has paid seats to remove.
    public func checkPaidSeats() throws(ModelError) {
        guard subscriptions.contains(where: { $0.seatType.isPaid && $0.purchased > 0 }) else { throw .noPaidSeats }
    }

    /// Checks that some seat removal is scheduled (rule 9).
    public func checkRemovalsScheduled() throws(ModelError) {
        guard subscriptions.contains(where: { $0.scheduledRemoval != nil }) else { throw .noRemovalsScheduled }
    }

    /// Checks that some active user has no seat of `type` (partner seats: only partner employees).
    public func checkUserWithoutSeat(_ type: SeatType) throws(ModelError) {
        guard users.contains(where: { !$0.isDeactivated && !$0.seats.contains(type) && (type != .partner || $0.isPartnerEmployee) }) else {
            throw .noUserWithoutSeat(type)
        }
    }

    /// Checks that some user holds a seat of `type`.
    public func checkUserWithSeat(_ type: SeatType) throws(ModelError) {
        guard users.contains(where: { $0.seats.contains(type) }) else { throw .noUserWithSeat(type) }
    }

    /// Checks that the account has a user besides `actor`.
    public func checkOtherUser(than actor: String) throws(ModelError) {
        guard users.contains(where: { !$0.matches(actor) }) else { throw .noOtherUser }
    }

    /// Checks that the account has exactly one Core seat (rule 13).
    public func checkSingleCoreSeat() throws(ModelError) {
        guard purchasedSeats(.core) == 1 else { throw .notSingleCoreSeat(count: purchasedSeats(.core)) }
    }

    /// Checks that some active user without a paid seat could take the Core seat (rule 13).
    public func checkTransferTarget() throws(ModelError) {
        guard users.contains(where: { !$0.isDeactivated && $0.paidSeats.isEmpty }) else { throw .noTransferTarget }
    }

    /// Checks that `actor` may create a user with this e-mail address (rule 2), before asking the rest.
    public func checkNewUser(_ email: String, by actor: String) throws(ModelError) {
        _ = try authorize(actor, [.addAndEditUsers])
        guard EmailAddress.isValid(email) else { throw .invalidEmail(email) }
        if let existing = user(email) { throw .userExists(existing.email) }
    }

    /// Checks that no removal of `type` is scheduled yet (rule 9: cancel it to change the number).
    public func checkNoRemovalScheduled(_ type: SeatType) throws(ModelError) {
        if subscriptions.first(where: { $0.seatType == type })?.scheduledRemoval != nil { throw .removalAlreadyScheduled(type) }
    }

    /// Checks that `count` seats of `type` are unassigned, so that they can be removed (rules 8, 12).
    public func checkUnassignedSeats(_ type: SeatType, count: Int = 1) throws(ModelError) {
        let available = max(0, availableSeats(type))
        guard count <= available else { throw .notEnoughUnassignedSeats(requested: count, available: available, model: pricingModel) }
    }

    /// Checks that seats of `type` can be removed now: none is already due for removal and one is unassigned (rules 8, 9, 12).
    public func checkRemovableSeats(_ type: SeatType) throws(ModelError) {
        try checkNoRemovalScheduled(type)
        try checkUnassignedSeats(type)
    }

    /// The paid seat types the account has bought, in `SeatType` order.
    var boughtPaidTypes: [SeatType] {
        SeatType.allCases.filter { type in type.isPaid && subscriptions.contains { $0.seatType == type && $0.purchased > 0 } }
    }

    /// Checks that seats of some bought type can be removed now; otherwise throws the first type's refusal.
    public func checkSomeRemovableSeats() throws(ModelError) {
        try checkSome(boughtPaidTypes, checkRemovableSeats)
    }

    /// Checks that some active user lacks a seat of some subscribed type of `types`; otherwise the first type's refusal.
    public func checkSomeUserWithoutSeat(among types: [SeatType]) throws(ModelError) {
        try checkSome(types.filter { subscription(for: $0) != nil }, checkUserWithoutSeat)
    }

    /// Checks that some user holds a seat of some type of `types`; otherwise the first type's refusal.
    public func checkSomeUserWithSeat(among types: [SeatType]) throws(ModelError) {
        try checkSome(types.filter { subscription(for: $0) != nil }, checkUserWithSeat)
    }

    /// Returns when `check` allows one of `types`; throws the first type's refusal, or `.noPaidSeats` when there is none.
    private func checkSome(_ types: [SeatType], _ check: (SeatType) throws(ModelError) -> Void) throws(ModelError) {
        var first: ModelError?
        for type in types {
            do {
                try check(type)
                return
            } catch {
                if first == nil { first = error }
            }
        }
        throw first ?? .noPaidSeats
    }
}
