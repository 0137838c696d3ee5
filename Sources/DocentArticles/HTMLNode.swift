/// An HTML element or text node copied out of libxml2's tree, so that nothing outlives the
/// `xmlDoc` it came from.
struct HTMLNode: Sendable, Hashable {
    /// The lowercase element name, or empty for a text node.
    var name: String
    /// A text node's text (U+00A0 kept as is).
    var text: String
    /// The element's attributes, names lowercased.
    var attributes: [String: String]
    /// The child nodes, in document order.
    var children: [HTMLNode]
    /// The 1-based line libxml2 recorded.
    var line: Int
    /// The node's position in document order (its identity within one page).
    var index: Int

    /// A text node.
    static func text(_ text: String, line: Int, index: Int) -> HTMLNode {
        HTMLNode(name: "", text: text, attributes: [:], children: [], line: line, index: index)
    }

    /// Whether this is a text node.
    var isText: Bool { name.isEmpty }

    /// An attribute's value.
    func attribute(_ name: String) -> String? { attributes[name] }

    /// Whether the `class` attribute holds a class containing `fragment`.
    func hasClass(containing fragment: String) -> Bool {
        guard let classes = attributes["class"]?.lowercased() else { return false }
        return classes.split(separator: " ").contains { $0.contains(fragment) }
    }

    /// The first element, depth first, for which `test` holds (this node included).
    func first(where test: (HTMLNode) -> Bool) -> HTMLNode? {
        if !isText, test(self) { return self }
        for child in children {
            if let found = child.first(where: test) { return found }
        }
        return nil
    }

    /// Calls `body` on this node and every descendant, depth first.
    func forEach(_ body: (HTMLNode) -> Void) {
        body(self)
        for child in children { child.forEach(body) }
    }
}
