import DocentLocalization
import DocentWorkflow

/// A catalog message to be worded in any language, with what is known of its placeholders.
///
/// A script is built once and worded per language, so its messages stay references: each
/// placeholder is a value read from the account, or something only the customer's answers or
/// account will tell, named by a description key (`email`, `removalDate`).
public struct Phrase: Sendable, Hashable {
    /// What fills one placeholder.
    public enum Filler: Sendable, Hashable {
        /// A value known while building the script.
        case known(Value)
        /// A value already in message-argument form (a refusal's data).
        case argument(Argument)
        /// Unknown until the call: worded by `script.value` with this key.
        case unknown(String)
        /// Another catalog message, worded as plain text (a choice's label).
        case message(String)
    }

    /// The catalog id.
    public var id: String
    /// The placeholder fillers by name.
    public var arguments: [String: Filler]

    /// Creates a phrase.
    public init(_ id: String, _ arguments: [String: Filler] = [:]) {
        self.id = id
        self.arguments = arguments
    }
}
