/// How a HubSpot account is billed for users.
public enum PricingModel: String, Codable, CaseIterable, Hashable, Sendable {
    /// The legacy paid-seat model: Sales Hub and Service Hub seats only.
    case legacyPaidSeats = "legacy-paid-seats"
    /// The seat-based model (from 2024-03-05): Core, Sales Hub, Service Hub, View-only, Partner seats.
    case seatBased = "seat-based"

    /// The seat types an account on this model can use.
    var seatTypes: [SeatType] {
        switch self {
        case .legacyPaidSeats: return [.sales, .service]
        case .seatBased: return SeatType.allCases
        }
    }
}
