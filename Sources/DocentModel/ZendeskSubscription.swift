/// The subscription of a Zendesk account.
public struct ZendeskSubscription: Hashable, Sendable {
    /// The subscribed products.
    public var products: [ZendeskProduct]
    /// The number of full agent seats.
    public var fullAgentSeats: Int
    /// The billing cycle.
    public var billingCycle: BillingCycle
    /// The payment details, e.g. "Visa ending 4242".
    public var paymentDetails: String
    /// A discount subtracted from the total, if any.
    public var discount: Money?
    /// Whether temporary subscriptions are supported.
    public var supportsTemporarySubscriptions: Bool
    /// Products the account can buy, with their price per billing period (rule 16: "buy new products").
    public var offers: [ZendeskProduct]

    /// Creates a subscription.
    public init(
        products: [ZendeskProduct], fullAgentSeats: Int, billingCycle: BillingCycle, paymentDetails: String,
        discount: Money? = nil, supportsTemporarySubscriptions: Bool = false, offers: [ZendeskProduct] = []
    ) {
        self.products = products
        self.fullAgentSeats = fullAgentSeats
        self.billingCycle = billingCycle
        self.paymentDetails = paymentDetails
        self.discount = discount
        self.supportsTemporarySubscriptions = supportsTemporarySubscriptions
        self.offers = offers
    }
}
