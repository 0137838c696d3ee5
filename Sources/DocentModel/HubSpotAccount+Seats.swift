extension HubSpotAccount {
    /// Assigns a seat to a user (rules 1, 2, 3, 9, 11, 12).
    ///
    /// Needs "Add and edit users" and "Edit billing". Seat-based: replaces the user's current seat.
    /// A scheduled removal that now exceeds the unassigned seats of the type is cancelled.
    public mutating func assignSeat(_ type: SeatType, to email: String, by actor: String) throws(ModelError) {
        _ = try authorize(actor, [.addAndEditUsers, .editBilling])
        let index = try requireUser(email)
        try requireSeatType(type)
        let target = users[index]
        guard !target.seats.contains(type) else { throw .seatAlreadyAssigned(target.email, type) }
        guard !target.isDeactivated else { throw .userDeactivated(target.email) }
        try requireSeatAvailable(type, for: target)
        var next = self
        if pricingModel == .seatBased {
            next.users[index].seats = [type]
        } else {
            next.users[index].seats.insert(type)
        }
        next.cancelRemovalIfReassigned(type)
        self = next
    }

    /// Unassigns a seat from a user; it stays purchased and billed (rules 2, 5, 7).
    public mutating func unassignSeat(_ type: SeatType, from email: String, by actor: String) throws(ModelError) {
        _ = try authorize(actor, [.addAndEditUsers, .editBilling])
        let index = try requireUser(email)
        let target = users[index]
        guard target.seats.contains(type) else { throw .seatNotAssigned(target.email, type) }
        guard !target.isDeactivated else { throw .userDeactivated(target.email) }
        users[index].seats.remove(type)
    }

    /// Changes a user's seat in the seat-based model; nil removes the seat (rules 2, 3, 5, 11).
    public mutating func changeSeat(of email: String, to newType: SeatType?, by actor: String) throws(ModelError) {
        try requirePricingModel(.seatBased)
        if let newType {
            try assignSeat(newType, to: email, by: actor)
            return
        }
        _ = try authorize(actor, [.addAndEditUsers, .editBilling])
        let index = try requireUser(email)
        let target = users[index]
        guard !target.seats.isEmpty else { return }
        guard !target.isDeactivated else { throw .userDeactivated(target.email) }
        users[index].seats = []
    }

    /// Moves the account's single Core seat from one user to another (rule 13, seat-based only).
    public mutating func transferCoreSeat(from source: String, to destination: String, by actor: String) throws(ModelError) {
        try requirePricingModel(.seatBased)
        _ = try authorize(actor, [.addAndEditUsers, .editBilling])
        guard coreSeatCount == 1 else { throw .notSingleCoreSeat(count: coreSeatCount) }
        let sourceIndex = try requireUser(source)
        guard users[sourceIndex].seats.contains(.core) else { throw .seatNotAssigned(users[sourceIndex].email, .core) }
        let destinationIndex = try requireUser(destination)
        let target = users[destinationIndex]
        guard !target.isDeactivated else { throw .userDeactivated(target.email) }
        let paid = target.paidSeats
        guard paid.isEmpty else { throw .userHoldsPaidSeat(target.email, paid) }
        var next = self
        next.users[sourceIndex].seats.remove(.core)
        next.users[destinationIndex].seats = [.core]
        self = next
    }

    /// Throws unless a seat of a type can go to this user (rule 3; Partner seats: rule 11, unlimited).
    func requireSeatAvailable(_ type: SeatType, for user: HubSpotUser) throws(ModelError) {
        if type == .partner {
            guard user.isPartnerEmployee else { throw .notPartnerEmployee(user.email) }
            return
        }
        guard availableSeats(type) >= 1 else { throw .noSeatAvailable(type) }
    }
}
