/// Writes a procedure graph as DOT, Mermaid or SCXML.
public struct GraphExporter: Sendable {
    /// The graph.
    public let graph: ProcedureGraph

    /// Creates an exporter.
    public init(graph: ProcedureGraph) {
        self.graph = graph
    }

    /// The graph in `format`.
    public func render(_ format: GraphFormat) -> String {
        switch format {
        case .dot: return dot()
        case .mermaid: return mermaid()
        case .scxml: return scxml()
        }
    }

    /// Graphviz DOT: boxes for steps, diamonds for checks, rounded boxes for ends.
    public func dot() -> String {
        func quote(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        var lines = ["digraph \(quote(graph.procedure)) {"]
        lines.append("  graph [label=\(quote(graph.title)), labelloc=t, rankdir=TB];")
        lines.append("  node [shape=box, fontname=\"Helvetica\"];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=10];")
        for node in graph.nodes {
            let shape: String
            switch node.kind {
            case "decide": shape = "diamond"
            case "end": shape = "doubleoctagon"
            case "effect": shape = "parallelogram"
            case "question", "confirm", "input": shape = "box, style=\"rounded,bold\""
            default: shape = "box, style=rounded"
            }
            lines.append("  \(quote(node.id)) [label=\(quote(Self.wrapped(node.title, width: 32))), shape=\(shape)];")
        }
        for edge in graph.edges {
            let label = edge.label.isEmpty ? "" : " [label=\(quote(Self.wrapped(edge.label, width: 28)))]"
            lines.append("  \(quote(edge.from)) -> \(quote(edge.to))\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Mermaid flowchart; node ids are `n0`, `n1`… and the step ids are kept in comments.
    public func mermaid() -> String {
        var ids: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() { ids[node.id] = "n\(index)" }
        func text(_ words: String) -> String {
            var out = ""
            for character in words {
                switch character {
                case "\"": out += "#quot;"
                case "<": out += "#lt;"
                case ">": out += "#gt;"
                case "#": out += "#35;"
                case "\n": out += " "
                default: out.append(character)
                }
            }
            return "\"" + out + "\""
        }
        var lines = ["---", "title: " + text(graph.title), "---", "flowchart TD"]
        for node in graph.nodes {
            guard let id = ids[node.id] else { continue }
            let shape: (String, String)
            switch node.kind {
            case "decide": shape = ("{", "}")
            case "end": shape = ("([", "])")
            case "effect": shape = ("[/", "/]")
            default: shape = ("[", "]")
            }
            lines.append("  %% \(node.id)")
            lines.append("  \(id)\(shape.0)\(text(node.title))\(shape.1)")
        }
        for edge in graph.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            lines.append(edge.label.isEmpty ? "  \(from) --> \(to)" : "  \(from) -->|\(text(edge.label))| \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// W3C SCXML: one `<state>` per step (`<final>` for ends), one `<transition>` per way out, in
    /// document order so the first enabled transition is the one the engine takes. Titles and
    /// words are kept in `docent:` attributes.
    public func scxml() -> String {
        func attribute(_ text: String) -> String { HTMLText.escape(text) }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:docent=\"urn:docent:procedure\" version=\"1.0\" "
                + "name=\"\(attribute(graph.procedure))\" initial=\"\(attribute(graph.start))\" xml:lang=\"\(graph.language)\" "
                + "docent:title=\"\(attribute(graph.title))\">",
        ]
        let outgoing = Dictionary(grouping: graph.edges, by: \.from)
        for node in graph.nodes {
            if node.kind == "end" {
                lines.append("  <final id=\"\(attribute(node.id))\" docent:kind=\"end\" docent:outcome=\"\(node.outcome?.rawValue ?? "")\" docent:title=\"\(attribute(node.title))\"/>")
                continue
            }
            lines.append("  <state id=\"\(attribute(node.id))\" docent:kind=\"\(node.kind)\" docent:title=\"\(attribute(node.title))\">")
            for edge in outgoing[node.id] ?? [] {
                var parts = ["target=\"\(attribute(edge.to))\""]
                if let event = edge.event { parts.insert("event=\"\(attribute(event))\"", at: 0) }
                if let condition = edge.condition { parts.append("cond=\"\(attribute(condition))\"") }
                if !edge.label.isEmpty { parts.append("docent:label=\"\(attribute(edge.label))\"") }
                lines.append("    <transition " + parts.joined(separator: " ") + "/>")
            }
            lines.append("  </state>")
        }
        lines.append("</scxml>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text broken into lines of about `width` characters, for node boxes.
    static func wrapped(_ text: String, width: Int) -> String {
        TextWrapper.wrap(TextWrapper.words([(text, { $0 })]), width: width).map(\.text).joined(separator: "\n")
    }
}
