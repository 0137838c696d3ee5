/// What an admin sees of a Zendesk subscription (rule 15).
public struct SubscriptionSummary: Hashable, Codable, Sendable {
    /// The product names, in subscription order.
    public var products: [String]
    /// The edition of each product, by product name.
    public var editions: [String: String]
    /// The number of full agent seats.
    public var fullAgentSeats: Int
    /// The billing cycle.
    public var billingCycle: BillingCycle
    /// The payment details.
    public var paymentDetails: String
    /// The cost of each product by name; nil unless the account is self-service.
    public var costs: [String: Money]?
    /// The sum of the costs minus the discount; nil unless the account is self-service.
    public var totalCost: Money?

    /// Creates a summary.
    public init(
        products: [String], editions: [String: String], fullAgentSeats: Int, billingCycle: BillingCycle,
        paymentDetails: String, costs: [String: Money]? = nil, totalCost: Money? = nil
    ) {
        self.products = products
        self.editions = editions
        self.fullAgentSeats = fullAgentSeats
        self.billingCycle = billingCycle
        self.paymentDetails = paymentDetails
        self.costs = costs
        self.totalCost = totalCost
    }
}
