/// A subscription change request sent by an admin without billing rights (rule 16).
public struct ZendeskChangeRequest: Hashable, Codable, Sendable {
    /// The email of the requesting admin.
    public var requestedBy: String
    /// What the admin asks for.
    public var summary: String
    /// The day of the request.
    public var on: CalendarDate

    /// Creates a change request.
    public init(requestedBy: String, summary: String, on: CalendarDate) {
        self.requestedBy = requestedBy
        self.summary = summary
        self.on = on
    }
}
