/// One `<unit>` of an XLIFF 2.0 catalog, with its message pre-parsed.
public struct CatalogUnit: Sendable, Equatable {
    /// The XLIFF 2.0 segment state.
    public enum State: String, Sendable, Codable, CaseIterable {
        case initial, translated, reviewed, final
    }

    /// A `<note>`: an optional `category` (`translator`, `developer`, `qa`, …) and its text.
    public struct Note: Sendable, Equatable {
        /// The `category` attribute, if any.
        public let category: String?
        /// The note's text.
        public let text: String

        /// Creates a note.
        public init(category: String?, text: String) {
            self.category = category
            self.text = text
        }
    }

    /// The unit id, e.g. `walk.assign-seat.title` or `ui.seat`.
    public let id: String
    /// The `<source>` text (English).
    public let source: String
    /// The `<target>` text; `nil` in the source catalog.
    public let target: String?
    /// The segment `state`, if given.
    public let state: State?
    /// The unit's notes in file order.
    public let notes: [Note]
    /// The line of the `<unit>` element.
    public let line: Int
    /// ``text`` parsed once at load.
    public let pattern: MessagePattern

    /// The message text: the target in target catalogs, the source in the source catalog.
    public var text: String { target ?? source }

    /// Creates a unit, parsing its ``text``.
    public init(
        id: String,
        source: String,
        target: String?,
        state: State?,
        notes: [Note],
        line: Int
    ) throws(MessageFormatError) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.notes = notes
        self.line = line
        self.pattern = try MessagePattern(parsing: target ?? source)
    }

    /// Whether a note of `category` exists (and, when `text` is given, has that trimmed text).
    public func hasNote(category: String, text: String? = nil) -> Bool {
        notes.contains { note in
            note.category == category && (text.map { note.text.trimmingWhitespace() == $0 } ?? true)
        }
    }
}
