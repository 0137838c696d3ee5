import CLibXML2

/// Thin helpers over libxml2: one-time initialisation, node names, attributes, text.
enum LibXML2 {
    /// Calls `xmlInitParser()` exactly once (a `static let` is initialised lazily and atomically).
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure the parser is initialised.
    static func initialize() {
        _ = initialized
    }

    /// The element's local name.
    static func localName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The element's namespace URI, if any.
    static func namespace(_ node: xmlNodePtr) -> String? {
        guard let href = node.pointee.ns?.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The value of an attribute without namespace, if present.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { docent_xmlFree(value) }
        return String(cString: value)
    }

    /// The concatenated text content of a node and its descendants.
    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { docent_xmlFree(value) }
        return String(cString: value)
    }

    /// The line of a node (libxml2 parses with `XML_PARSE_BIG_LINES`).
    static func line(_ node: xmlNodePtr) -> Int {
        Int(xmlGetLineNo(node))
    }

    /// The element children of a node, in document order.
    static func elementChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }
}
