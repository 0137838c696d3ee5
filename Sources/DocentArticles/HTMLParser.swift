import CLibXML2
import Foundation

/// Parses HTML bytes with libxml2's HTML parser into ``HTMLNode``s.
///
/// One `htmlDoc` per call, created, copied and freed on the calling thread; never shared.
/// `HTML_PARSE_NONET` forbids network access; no DTD or external entity is loaded.
enum HTMLParser {
    /// The deepest element nesting copied; deeper content is kept as text.
    static let maximumDepth = 96

    /// What one parse yields.
    struct Result {
        /// The `<html>` element (or whatever root libxml2 built).
        var root: HTMLNode
        /// The encoding the document declared or was read with, as libxml2 reports it.
        var encoding: String?
        /// How many errors libxml2 recovered from.
        var errors: Int
        /// The first error's line, if any.
        var firstErrorLine: Int?
        /// The first error's message, if any.
        var firstErrorMessage: String?
    }

    /// Calls `xmlInitParser()` once per process.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Whether libxml2 knows the encoding `name`.
    static func knowsEncoding(_ name: String) -> Bool {
        _ = initialized
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        _ = xmlCharEncCloseFunc(handler)
        return true
    }

    /// Parses `data`; `encoding` overrides the page's declared charset. Nil when libxml2 builds no document.
    static func parse(_ data: Data, url: String, encoding: String?) -> Result? {
        _ = initialized
        guard !data.isEmpty, data.count <= Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        var record = docent_error_record()
        let document: htmlDocPtr? = withUnsafeMutablePointer(to: &record) { recordPointer in
            docent_collect_errors(recordPointer)
            defer { docent_collect_errors(nil) }
            return data.withUnsafeBytes { raw -> htmlDocPtr? in
                guard let base = raw.baseAddress else { return nil }
                return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), url, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let rootElement = xmlDocGetRootElement(document) else { return nil }
        var counter = 0
        let declared = document.pointee.encoding.map { String(cString: $0) }
        return Result(
            root: copy(rootElement, depth: 0, counter: &counter), encoding: encoding ?? declared, errors: Int(record.errors),
            firstErrorLine: record.firstLine > 0 ? Int(record.firstLine) : nil,
            firstErrorMessage: record.errors > 0 ? message(of: &record) : nil)
    }

    /// The first error's message, without its trailing newline.
    private static func message(of record: inout docent_error_record) -> String {
        withUnsafeBytes(of: &record.firstMessage) { raw in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self).collapsingWhitespace
        }
    }

    /// Copies an element and its descendants, up to ``maximumDepth``.
    private static func copy(_ node: xmlNodePtr, depth: Int, counter: inout Int) -> HTMLNode {
        let line = Int(xmlGetLineNo(node))
        counter += 1
        let index = counter
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        if depth >= maximumDepth {
            counter += 1
            return HTMLNode(
                name: name, text: "", attributes: [:], children: [.text(content(node), line: line, index: counter)], line: line, index: index)
        }
        var attributes: [String: String] = [:]
        var property = node.pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name {
                let key = String(cString: attributeName).lowercased()
                if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                    attributes[key] = String(cString: value)
                    docent_xmlFree(value)
                } else {
                    attributes[key] = ""
                }
            }
            property = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(copy(current, depth: depth + 1, counter: &counter))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let text = current.pointee.content {
                    counter += 1
                    children.append(.text(String(cString: text), line: Int(xmlGetLineNo(current)), index: counter))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return HTMLNode(name: name, text: "", attributes: attributes, children: children, line: line, index: index)
    }

    /// All the text under `node` (used only below the depth limit).
    private static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { docent_xmlFree(value) }
        return String(cString: value)
    }
}
