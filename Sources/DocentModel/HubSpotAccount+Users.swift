extension HubSpotAccount {
    /// Creates (invites) a user, optionally with seats (rules 2, 3, 4, 11).
    ///
    /// Needs "Add and edit users", plus "Edit billing" when `seats` is non-empty. A Super Admin gets
    /// no seat at creation (`.superAdminSeatAfterCreation`). The new user has `invitationPending`.
    public mutating func createUser(
        email: String, name: String, permissions: Set<Permission> = [], seats: Set<SeatType> = [],
        by actor: String
    ) throws(ModelError) {
        _ = try authorize(actor, seats.isEmpty ? [.addAndEditUsers] : [.addAndEditUsers, .editBilling])
        guard EmailAddress.isValid(email) else { throw .invalidEmail(email) }
        if let existing = user(email) { throw .userExists(existing.email) }
        if permissions.contains(.superAdmin), !seats.isEmpty { throw .superAdminSeatAfterCreation }
        let ordered = seats.sorted { $0.rawValue < $1.rawValue }
        for type in ordered { try requireSeatType(type) }
        if pricingModel == .seatBased, ordered.count > 1 { throw .tooManySeats(count: ordered.count) }
        let newUser = HubSpotUser(
            email: email, name: name, permissions: permissions, seats: seats, invitationPending: true)
        for type in ordered { try requireSeatAvailable(type, for: newUser) }
        var next = self
        next.users.append(newUser)
        for type in ordered { next.cancelRemovalIfReassigned(type) }
        self = next
    }

    /// Removes a user from the account (rule 6: paid seats must be unassigned first).
    public mutating func removeUser(_ email: String, by actor: String) throws(ModelError) {
        let acting = try authorize(actor, [.addAndEditUsers])
        guard !acting.matches(email) else { throw .cannotRemoveSelf }
        let index = try requireUser(email)
        let target = users[index]
        let paid = target.paidSeats
        guard paid.isEmpty else { throw .userHoldsPaidSeat(target.email, paid) }
        users.remove(at: index)
    }

    /// Deactivates a user; the user keeps any seats (rule 5).
    public mutating func deactivateUser(_ email: String, by actor: String) throws(ModelError) {
        let acting = try authorize(actor, [.addAndEditUsers])
        guard !acting.matches(email) else { throw .cannotRemoveSelf }
        let index = try requireUser(email)
        guard !users[index].isDeactivated else { throw .alreadyDeactivated(users[index].email) }
        users[index].isDeactivated = true
    }

    /// Reactivates a deactivated user (rule 5).
    public mutating func reactivateUser(_ email: String, by actor: String) throws(ModelError) {
        _ = try authorize(actor, [.addAndEditUsers])
        let index = try requireUser(email)
        guard users[index].isDeactivated else { throw .notDeactivated(users[index].email) }
        users[index].isDeactivated = false
    }
}
