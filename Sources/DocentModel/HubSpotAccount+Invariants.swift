extension HubSpotAccount {
    /// Developer descriptions of every broken invariant; empty when the account is consistent.
    public func invariantViolations() -> [String] {
        var violations: [String] = []
        var seen: Set<String> = []
        for user in users {
            let key = user.email.lowercased()
            if seen.contains(key) { violations.append("Duplicate user email '\(user.email)'.") }
            seen.insert(key)
            if pricingModel == .legacyPaidSeats {
                for seat in user.seats.sorted(by: { $0.rawValue < $1.rawValue }) where seat != .sales && seat != .service {
                    violations.append("Legacy user '\(user.email)' holds a \(seat.rawValue) seat.")
                }
            } else if user.seats.count > 1 {
                violations.append("User '\(user.email)' holds \(user.seats.count) seats; at most one is allowed.")
            }
            if user.seats.contains(.partner), !user.isPartnerEmployee {
                violations.append("User '\(user.email)' holds a partner seat but is not a partner employee.")
            }
        }
        var seenTypes: Set<SeatType> = []
        for subscription in subscriptions {
            let type = subscription.seatType
            if seenTypes.contains(type) { violations.append("More than one \(type.rawValue) subscription.") }
            seenTypes.insert(type)
            if subscription.pricePerSeat.currency != billing.currency {
                violations.append("The \(type.rawValue) price is in \(subscription.pricePerSeat.currency), but the account is billed in \(billing.currency).")
            }
            if subscription.purchased < 0 {
                violations.append("Negative purchased count for \(type.rawValue).")
            }
            if subscription.purchased > Limits.seats {
                violations.append("\(subscription.purchased) \(type.rawValue) seats purchased; at most \(Limits.seats) are allowed.")
            }
            if abs(subscription.pricePerSeat.cents) > Limits.cents {
                violations.append("The \(type.rawValue) price of \(subscription.pricePerSeat.cents) cents is beyond the limit of \(Limits.cents).")
            }
            if let removal = subscription.scheduledRemoval {
                if removal.count < 1 {
                    violations.append("Scheduled \(type.rawValue) removal count \(removal.count) is below 1.")
                }
                if removal.count > availableSeats(type) {
                    violations.append("Scheduled \(type.rawValue) removal of \(removal.count) exceeds the \(availableSeats(type)) unassigned seats.")
                }
            }
        }
        for type in SeatType.allCases where type != .partner && assignedSeats(type) > purchasedSeats(type) {
            violations.append("\(assignedSeats(type)) \(type.rawValue) seats assigned but only \(purchasedSeats(type)) purchased.")
        }
        if freeSeats < 0 { violations.append("Negative free seat count.") }
        if freeSeats > Limits.seats { violations.append("\(freeSeats) free seats; at most \(Limits.seats) are allowed.") }
        if freeSeats != 0, edition != .freeTools {
            violations.append("\(freeSeats) free seats on a paid edition.")
        }
        return violations
    }
}
