import CLibXML2
import Foundation

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

    /// Parses XML bytes with no network, no DTD and no entity expansion; the caller frees the
    /// document (one per call, never shared across threads).
    ///
    /// The structured-error callback lives in the C shim: its parameter type differs between
    /// libxml2 2.9 (`xmlErrorPtr`) and 2.12+ (`const xmlError *`).
    ///
    /// - Throws: ``CatalogError`` `.notWellFormed` at the first error's line and column.
    static func readXML(_ data: Data, file: String) throws(CatalogError) -> xmlDocPtr {
        initialize()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)
        var errors = docent_error_record()
        let document: xmlDocPtr? = withUnsafeMutablePointer(to: &errors) { record in
            docent_collect_errors(record)
            defer { docent_collect_errors(nil) }
            return data.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, raw.count > 0, raw.count <= Int(Int32.max) else { return nil }
                return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), file, nil, options)
            }
        }
        guard let document else {
            if errors.errors > 0 {
                let message = withUnsafeBytes(of: errors.firstMessage) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                throw CatalogError(file: file, line: errors.firstLine > 0 ? Int(errors.firstLine) : nil,
                                   column: errors.firstColumn > 0 ? Int(errors.firstColumn) : nil,
                                   kind: .notWellFormed(message: message.trimmingWhitespace(), code: Int(errors.firstCode)))
            }
            throw CatalogError(file: file, line: 1, kind: .notWellFormed(message: "empty document", code: 0))
        }
        return document
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
