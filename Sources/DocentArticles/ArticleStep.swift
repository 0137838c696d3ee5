/// One item of an article's step list, with the nested lists under it as sub-steps.
public struct ArticleStep: Sendable, Hashable, Codable {
    /// The item's own text, without the text of its nested lists or notes.
    public var text: String
    /// Whether the item belongs to an ordered (`ol`) list.
    public var ordered: Bool
    /// The UI labels (bold or strong text) the item names.
    public var labels: [String]
    /// The item's screenshots.
    public var images: [ArticleImage]
    /// The notes inside the item.
    public var notes: [ArticleNote]
    /// The items of the lists nested in this one.
    public var substeps: [ArticleStep]

    /// Creates a step.
    public init(
        text: String, ordered: Bool, labels: [String] = [], images: [ArticleImage] = [], notes: [ArticleNote] = [],
        substeps: [ArticleStep] = []
    ) {
        self.text = text
        self.ordered = ordered
        self.labels = labels
        self.images = images
        self.notes = notes
        self.substeps = substeps
    }

    /// Calls `body` on this step and every sub-step, depth first, with their depth.
    public func visit(depth: Int, _ body: (Int, ArticleStep) -> Void) {
        body(depth, self)
        for substep in substeps { substep.visit(depth: depth + 1, body) }
    }

    /// The deepest nesting under this step (0 when it has no sub-steps).
    public var nestingDepth: Int {
        substeps.map { $0.nestingDepth + 1 }.max() ?? 0
    }
}
