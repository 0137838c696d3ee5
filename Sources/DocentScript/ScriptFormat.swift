/// The output formats of a script.
public enum ScriptFormat: String, Sendable, CaseIterable {
    /// Plain text that fits an 80-column terminal.
    case text
    /// Markdown, for a wiki or a ticket.
    case markdown
    /// One self-contained HTML page: a printable script and a live call guide.
    case html

    /// The file extension of a page in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .html: return "html"
        }
    }
}
