/// A HubSpot hub whose paid access is sold per seat.
public enum Hub: String, Codable, CaseIterable, Hashable, Sendable {
    /// Sales Hub.
    case sales
    /// Service Hub.
    case service

    /// The seat type that gives paid access to this hub.
    var seatType: SeatType {
        switch self {
        case .sales: return .sales
        case .service: return .service
        }
    }
}
