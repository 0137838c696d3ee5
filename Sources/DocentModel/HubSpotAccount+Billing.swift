extension HubSpotAccount {
    /// Buys seats at checkout, creating the subscription when needed (rules 3, 12).
    ///
    /// Needs "Edit billing". Legacy accounts only buy seats of hubs they already subscribe to.
    public mutating func purchaseSeats(_ type: SeatType, count: Int, by actor: String) throws(ModelError) {
        _ = try authorize(actor, [.editBilling])
        guard count >= 1 else { throw .invalidCount(count) }
        try requireSeatType(type)
        guard count <= purchasableSeats(type) else { throw .invalidCount(count) }
        if let index = subscriptionIndex(type) {
            subscriptions[index].purchased += count
            return
        }
        guard pricingModel == .seatBased else { throw .noSubscription(type) }
        subscriptions.append(defaultSubscription(type, purchased: count))
    }

    /// Schedules the removal of unassigned seats for the start of the next term (rules 8, 9, 12).
    ///
    /// `today` picks the first renewal date after it (normally `billing.renewalDate`).
    public mutating func scheduleRemoval(_ type: SeatType, count: Int, by actor: String, today: CalendarDate) throws(ModelError) {
        let acting = try checkRemoval(type, count: count, by: actor)
        guard let index = subscriptionIndex(type) else { throw .noSubscription(type) }
        var effective = billing.renewalDate
        while effective <= today {
            effective = effective.adding(months: billing.cycle.months)
        }
        subscriptions[index].scheduledRemoval = ScheduledRemoval(
            count: count, effectiveOn: effective, requestedBy: acting.email)
    }

    /// Checks that `actor` may schedule the removal of `count` unassigned seats of `type` (rules 8, 9, 12).
    ///
    /// The actor is authorized first; then a legacy Sales Hub subscription or a post-dated quote
    /// sends any change of paid users to the Customer Success Manager (rule 8).
    @discardableResult
    public func checkRemoval(_ type: SeatType, count: Int, by actor: String) throws(ModelError) -> HubSpotUser {
        let acting = try authorize(actor, [.editBilling])
        if hasPostDatedQuote || hasLegacySalesHubSubscription { throw .contactCustomerSuccessManager }
        guard let index = subscriptionIndex(type) else { throw .noSubscription(type) }
        guard subscriptions[index].scheduledRemoval == nil else { throw .removalAlreadyScheduled(type) }
        guard count >= 1 else { throw .invalidCount(count) }
        let available = max(0, availableSeats(type))
        guard count <= available else { throw .notEnoughUnassignedSeats(requested: count, available: available, model: pricingModel) }
        return acting
    }

    /// How many more seats of `type` can be bought before the account reaches `Limits.seats`.
    public func purchasableSeats(_ type: SeatType) -> Int {
        max(0, Limits.seats - purchasedSeats(type))
    }

    /// Cancels a scheduled seat removal before it takes effect (rules 9, 12).
    public mutating func cancelRemoval(_ type: SeatType, by actor: String) throws(ModelError) {
        _ = try authorize(actor, [.editBilling])
        guard let index = subscriptionIndex(type), subscriptions[index].scheduledRemoval != nil else {
            throw .noRemovalScheduled(type)
        }
        subscriptions[index].scheduledRemoval = nil
    }

    /// Upgrades a free-tools account to Starter on the seat-based model, buying seats (rule 14).
    ///
    /// Every count must be at least 1 and at least one paid seat type must be bought
    /// (`.invalidCount(0)` otherwise). Every user's (free) seats and the free subscriptions are removed
    /// and replaced by the purchased ones; prices are the defaults
    /// (2000 cents per paid seat and month, 0 for View-only and Partner) in the account currency.
    public mutating func upgradeFromFreeTools(seats: [SeatType: Int], by actor: String) throws(ModelError) {
        guard edition == .freeTools else { throw .notOnFreeTools }
        _ = try authorize(actor, [.editBilling])
        let ordered = seats.sorted { $0.key.rawValue < $1.key.rawValue }
        for (_, count) in ordered where count < 1 || count > Limits.seats { throw .invalidCount(count) }
        guard ordered.contains(where: { $0.key.isPaid }) else { throw .invalidCount(0) }
        var next = self
        next.edition = .starter
        next.pricingModel = .seatBased
        next.freeSeats = 0
        for index in next.users.indices {
            next.users[index].seats = []
        }
        next.subscriptions = ordered.map { next.defaultSubscription($0.key, purchased: $0.value) }
        self = next
    }

    /// Moves the account to a date: at each renewal date reached, pending removals take effect (rule 10).
    ///
    /// A date before the renewal date changes nothing.
    public mutating func advance(to date: CalendarDate) {
        while date >= billing.renewalDate {
            let renewal = billing.renewalDate
            for index in subscriptions.indices {
                guard let removal = subscriptions[index].scheduledRemoval, removal.effectiveOn <= renewal else { continue }
                subscriptions[index].purchased = max(0, subscriptions[index].purchased - removal.count)
                subscriptions[index].scheduledRemoval = nil
            }
            billing.renewalDate = renewal.adding(months: billing.cycle.months)
        }
    }

    /// A new subscription of a type at the default monthly price in the account currency.
    func defaultSubscription(_ type: SeatType, purchased: Int) -> SeatSubscription {
        SeatSubscription(
            seatType: type, purchased: purchased,
            pricePerSeat: Money(cents: type.defaultMonthlyPriceCents, currency: billing.currency))
    }
}
