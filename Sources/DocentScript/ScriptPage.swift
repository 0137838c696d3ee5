import DocentWorkflow

/// A script ready to print in any format: the script, its definition (for the diagram) and the languages.
public struct ScriptPage: Sendable {
    /// The script.
    public let script: Script
    /// The definition it was built from.
    public let definition: Definition
    /// The languages, the first leading.
    public let wordings: [Wording]

    /// Creates a page.
    public init(script: Script, definition: Definition, wordings: [Wording]) {
        self.script = script
        self.definition = definition
        self.wordings = wordings
    }

    /// The page in `format`; `styled` makes text labels bold (ANSI) instead of quoted.
    public func render(_ format: ScriptFormat, styled: Bool = false) -> String {
        switch format {
        case .text: return TextRenderer(wordings: wordings, styled: styled).render(script)
        case .markdown: return MarkdownRenderer(wordings: wordings).render(script)
        case .html: return HTMLRenderer(wordings: wordings).render(script, definition: definition)
        }
    }
}
