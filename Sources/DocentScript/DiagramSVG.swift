/// A procedure graph drawn as inline SVG: steps in layers from the start, edges as arrows.
struct DiagramSVG: Sendable {
    let graph: ProcedureGraph

    private static let boxWidth = 190
    private static let boxHeight = 58
    private static let columnGap = 30
    private static let rowGap = 54

    /// The `<svg>` element.
    func render() -> String {
        let ids = graph.nodes.map(\.id)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let outgoing = Dictionary(grouping: graph.edges, by: \.from)
        // Layers: the longest way from the start along forward edges (edges into a step on the
        // current depth-first path go back and do not count).
        var layer: [String: Int] = [graph.start: 0]
        var order: [String] = []
        var state: [String: Int] = [:]
        var back: Set<String> = []
        func visit(_ id: String) {
            state[id] = 1
            for edge in outgoing[id] ?? [] {
                if state[edge.to] == 1 { back.insert(edge.from + "\u{0}" + edge.to); continue }
                if state[edge.to] == nil { visit(edge.to) }
            }
            state[id] = 2
            order.append(id)
        }
        visit(graph.start)
        for id in ids where state[id] == nil { visit(id) }
        for id in order.reversed() {
            for edge in outgoing[id] ?? [] where !back.contains(edge.from + "\u{0}" + edge.to) {
                layer[edge.to] = max(layer[edge.to] ?? 0, (layer[id] ?? 0) + 1)
            }
        }
        var rows: [[String]] = []
        for id in ids {
            let row = layer[id] ?? 0
            while rows.count <= row { rows.append([]) }
            rows[row].append(id)
        }
        // One pass of ordering each row by its parents' average position keeps crossings down.
        var position: [String: Double] = [:]
        for (r, row) in rows.enumerated() {
            var sorted = row
            if r > 0 {
                let parents = Dictionary(grouping: graph.edges.filter { row.contains($0.to) && (layer[$0.from] ?? 0) < r }, by: \.to)
                sorted.sort { a, b in
                    let pa = parents[a].map { $0.map { position[$0.from] ?? 0 }.reduce(0, +) / Double($0.count) } ?? Double(index[a] ?? 0)
                    let pb = parents[b].map { $0.map { position[$0.from] ?? 0 }.reduce(0, +) / Double($0.count) } ?? Double(index[b] ?? 0)
                    return pa == pb ? (index[a] ?? 0) < (index[b] ?? 0) : pa < pb
                }
            }
            rows[r] = sorted
            for (i, id) in sorted.enumerated() { position[id] = Double(i) }
        }
        let widest = rows.map(\.count).max() ?? 1
        let width = widest * (Self.boxWidth + Self.columnGap) + Self.columnGap
        let height = rows.count * (Self.boxHeight + Self.rowGap) + Self.rowGap
        var origin: [String: (x: Int, y: Int)] = [:]
        for (r, row) in rows.enumerated() {
            let rowWidth = row.count * (Self.boxWidth + Self.columnGap) - Self.columnGap
            let left = (width - rowWidth) / 2
            for (i, id) in row.enumerated() {
                origin[id] = (left + i * (Self.boxWidth + Self.columnGap), Self.rowGap / 2 + r * (Self.boxHeight + Self.rowGap))
            }
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" aria-label=\"\(HTMLText.escape(graph.title))\">\n"
        out += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
            + "<path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>\n"
        // Edges between the same two steps are drawn once, their words joined.
        var drawn: [ProcedureGraph.Edge] = []
        for edge in graph.edges {
            if let index = drawn.firstIndex(where: { $0.from == edge.from && $0.to == edge.to }) {
                drawn[index].short += drawn[index].short.isEmpty || edge.short.isEmpty ? edge.short : " / " + edge.short
                drawn[index].label += drawn[index].label.isEmpty || edge.label.isEmpty ? edge.label : " / " + edge.label
            } else {
                drawn.append(edge)
            }
        }
        for edge in drawn {
            guard let a = origin[edge.from], let b = origin[edge.to] else { continue }
            let x1 = a.x + Self.boxWidth / 2, y1 = a.y + Self.boxHeight
            let x2 = b.x + Self.boxWidth / 2, y2 = b.y
            let path: String
            if y2 > y1 {
                let middle = (y1 + y2) / 2
                path = "M \(x1) \(y1) C \(x1) \(middle), \(x2) \(middle), \(x2) \(y2)"
            } else {
                let side = max(a.x, b.x) + Self.boxWidth + Self.columnGap / 2
                path = "M \(a.x + Self.boxWidth) \(a.y + Self.boxHeight / 2) C \(side) \(a.y), \(side) \(b.y + Self.boxHeight), \(b.x + Self.boxWidth) \(b.y + Self.boxHeight / 2)"
            }
            out += "<path class=\"edge\" d=\"\(path)\" marker-end=\"url(#arrow)\"><title>\(HTMLText.escape(edge.label))</title></path>\n"
            if !edge.short.isEmpty {
                // Near the target, so the labels of one fork's edges stand apart.
                let lx = x1 + (x2 - x1) * 3 / 4, ly = y1 + (y2 - y1) * 2 / 3
                out += "<text class=\"edge-label\" x=\"\(lx)\" y=\"\(ly)\" text-anchor=\"middle\">\(HTMLText.escape(Self.short(edge.short, 30)))</text>\n"
            }
        }
        for node in graph.nodes {
            guard let o = origin[node.id] else { continue }
            out += "<g class=\"node \(node.kind)\(node.outcome.map { " " + $0.rawValue } ?? "")\" data-step=\"\(HTMLText.escape(node.id))\">"
            out += "<title>\(HTMLText.escape(node.title))</title>"
            out += "<rect x=\"\(o.x)\" y=\"\(o.y)\" width=\"\(Self.boxWidth)\" height=\"\(Self.boxHeight)\" rx=\"\(node.kind == "end" ? 24 : 6)\"/>"
            let lines = TextWrapper.wrap(TextWrapper.words([(node.title, { $0 })]), width: 30).map(\.text)
            let shown = Array(lines.prefix(3))
            for (i, line) in shown.enumerated() {
                let text = i == 2 && lines.count > 3 ? String(line.prefix(28)) + "…" : line
                let y = o.y + 18 + i * 15 + (3 - shown.count) * 7
                out += "<text x=\"\(o.x + Self.boxWidth / 2)\" y=\"\(y)\" text-anchor=\"middle\">\(HTMLText.escape(text))</text>"
            }
            out += "</g>\n"
        }
        out += "</svg>"
        return out
    }

    private static func short(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
