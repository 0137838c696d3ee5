/// An input step: asks for a value and checks it when it is given.
///
/// Bounds may come from the state (`{"query": "removableSeats", …}`), so a count the account
/// cannot take is refused at the question, not after the walk has gone on. A `check` names a
/// host check run with the answer already stored in `variable`: when it throws, the answer is
/// refused with the host's reason and the question is asked again.
public struct Input: Sendable, Hashable {
    /// The question.
    public var message: MessageReference
    /// The variable the answer is stored in.
    public var variable: String
    /// What kind of value it takes.
    public var type: InputType
    /// For integers, the smallest value accepted (a literal or a query).
    public var minimum: Expression?
    /// For integers, the largest value accepted (a literal or a query).
    public var maximum: Expression?
    /// A query returning the list of accepted values (for `.option` inputs).
    public var options: Expression?
    /// The answers path exploration tries for free inputs.
    public var samples: [String]
    /// A host check run with the answer set; a throw refuses the answer.
    public var check: Call?
    /// The next step.
    public var next: String

    /// Creates an input.
    public init(
        message: MessageReference, variable: String, type: InputType, minimum: Expression? = nil, maximum: Expression? = nil,
        options: Expression? = nil, samples: [String] = [], check: Call? = nil, next: String
    ) {
        self.message = message
        self.variable = variable
        self.type = type
        self.minimum = minimum
        self.maximum = maximum
        self.options = options
        self.samples = samples
        self.check = check
        self.next = next
    }

    /// Every expression the input evaluates (bounds and options).
    var expressions: [(field: String, expression: Expression)] {
        [("minimum", minimum), ("maximum", maximum), ("options", options)].compactMap { field, expression in
            expression.map { (field, $0) }
        }
    }
}
