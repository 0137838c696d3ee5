/// A product in a Zendesk subscription, e.g. Support Professional.
public struct ZendeskProduct: Hashable, Codable, Sendable {
    /// The product name, e.g. "Support".
    public var name: String
    /// The edition, e.g. "Professional".
    public var edition: String
    /// The cost per billing period.
    public var cost: Money

    /// Creates a product.
    public init(name: String, edition: String, cost: Money) {
        self.name = name
        self.edition = edition
        self.cost = cost
    }
}
