/// A note ("Note:", « Remarque : », „Bitte beachten Sie:", "Observera:", "Let op:") without its label.
public struct ArticleNote: Sendable, Hashable, Codable {
    /// The note's text after its label.
    public var text: String
    /// The UI labels the note names.
    public var labels: [String]

    /// Creates a note.
    public init(text: String, labels: [String] = []) {
        self.text = text
        self.labels = labels
    }
}
