/// A definition's use of a fragment: which one, under what prefix, and where its exits lead.
public struct Inclusion: Sendable, Hashable, Codable {
    /// The fragment's id.
    public var fragment: String
    /// The prefix of the copied step ids; defaults to the fragment id.
    public var `as`: String?
    /// The including definition's step for each exit of the fragment.
    public var exits: [String: String]

    /// The prefix used for this inclusion.
    public var prefix: String { self.as ?? fragment }
}
