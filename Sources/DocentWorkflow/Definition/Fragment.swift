/// A reusable run of steps that several definitions include, such as "open Users & Teams".
///
/// Its steps are copied into the including definition under the prefix `<as>.`, and a `next`
/// written `@exit-name` leads to the step the including definition maps that exit to.
public struct Fragment: Sendable, Hashable, Codable {
    /// The fragment's id (its file name without `.json`).
    public var id: String
    /// The first step's id within the fragment.
    public var start: String
    /// The names of the fragment's exits.
    public var exits: [String]
    /// The fragment's steps.
    public var steps: [Step]
}
