/// Answers, for a message id and the placeholder values a step provides, what is wrong.
///
/// The host implements it over its catalogs: a missing message in some language, a placeholder
/// the message uses that the step does not provide.
public protocol MessageCheck: Sendable {
    /// The problems with showing message `id` given values for `provided` placeholders.
    func problems(message id: String, provided: Set<String>) -> [MessageProblem]
}

/// A problem with a message a definition uses.
public struct MessageProblem: Sendable, Hashable {
    /// `.missingMessage` or `.missingPlaceholder`.
    public var kind: DefinitionError.Kind
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(kind: DefinitionError.Kind, message: String) {
        self.kind = kind
        self.message = message
    }
}
