/// A kind of HubSpot seat.
public enum SeatType: String, Codable, CaseIterable, Hashable, Sendable {
    /// Core seat (seat-based model).
    case core
    /// Sales Hub seat.
    case sales = "sales-hub"
    /// Service Hub seat.
    case service = "service-hub"
    /// View-only seat: the user cannot change anything.
    case viewOnly = "view-only"
    /// Partner seat: free and unlimited, for eligible partner employees only.
    case partner

    /// Whether the seat is paid (core, sales, service).
    public var isPaid: Bool {
        switch self {
        case .core, .sales, .service: return true
        case .viewOnly, .partner: return false
        }
    }

    /// The default price per seat and month, in cents, used when a subscription is created.
    var defaultMonthlyPriceCents: Int {
        isPaid ? 2000 : 0
    }
}
