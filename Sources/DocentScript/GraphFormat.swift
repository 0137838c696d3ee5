/// The diagram formats of `docent graph`.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// Graphviz DOT.
    case dot
    /// Mermaid flowchart.
    case mermaid
    /// W3C State Chart XML.
    case scxml
}
