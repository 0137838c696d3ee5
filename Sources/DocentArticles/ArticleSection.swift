/// A part of an article under one heading.
public struct ArticleSection: Sendable, Hashable, Codable {
    /// The heading's text, or nil for the text before the first heading.
    public var heading: String?
    /// The heading level (2 for `h2`…), 1 for the untitled first section.
    public var level: Int
    /// The paragraphs that are neither notes nor steps.
    public var paragraphs: [String]
    /// The notes outside any step.
    public var notes: [ArticleNote]
    /// The top-level steps of the section's lists, in order.
    public var steps: [ArticleStep]

    /// Creates a section.
    public init(heading: String?, level: Int, paragraphs: [String] = [], notes: [ArticleNote] = [], steps: [ArticleStep] = []) {
        self.heading = heading
        self.level = level
        self.paragraphs = paragraphs
        self.notes = notes
        self.steps = steps
    }

    /// Whether the section holds nothing.
    var isEmpty: Bool { heading == nil && paragraphs.isEmpty && notes.isEmpty && steps.isEmpty }
}
