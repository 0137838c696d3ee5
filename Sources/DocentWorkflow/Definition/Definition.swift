/// A procedure as data: a state machine of steps with a start, a title and a summary.
public struct Definition: Sendable, Hashable {
    /// The procedure's id, as typed on the command line (`assign-seat`).
    public var id: String
    /// The message naming the procedure in lists.
    public var title: MessageReference
    /// The message describing what the procedure does.
    public var summary: MessageReference
    /// Free tags for grouping and filtering (`hubspot`, `legacy`, `zendesk`).
    public var tags: [String]
    /// Variables set before the first step, so that a question skipped on some path still has a value.
    public var variables: [String: Value]
    /// The first step's id.
    public var start: String
    /// Every step, fragments expanded, in file order.
    public var steps: [Step]
    /// Where the definition was read from (for diagnostics), or empty when built in code.
    public var file: String
    /// Lowercase hex SHA-256 of the definition's bytes and the fragments it includes.
    public var contentHash: String
    /// The help-center articles the definition was written from, per language (`"sources"`, optional).
    public var sources: [SourceArticle] = []

    /// Creates a definition.
    public init(
        id: String, title: MessageReference, summary: MessageReference, tags: [String] = [],
        variables: [String: Value] = [:], start: String, steps: [Step], file: String = "", contentHash: String = ""
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.tags = tags
        self.variables = variables
        self.start = start
        self.steps = steps
        self.file = file
        self.contentHash = contentHash
    }

    /// The step with this id.
    public func step(_ id: String) -> Step? {
        steps.first { $0.id == id }
    }
}
