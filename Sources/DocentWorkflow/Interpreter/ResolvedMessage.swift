/// A message id with its placeholder values evaluated against the current state.
public struct ResolvedMessage: Sendable, Hashable {
    /// The catalog id.
    public var id: String
    /// Placeholder values.
    public var arguments: [String: Value]

    /// Creates a resolved message.
    public init(id: String, arguments: [String: Value] = [:]) {
        self.id = id
        self.arguments = arguments
    }
}
