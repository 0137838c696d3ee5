import CLibXML2
import Foundation

/// Reads an XLIFF 1.2 file (as written by ``CatalogWriter/xliff12(_:)`` or a translation tool) with libxml2.
public struct XLIFF12Reader: Sendable {
    /// The XLIFF 1.2 namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    /// The file name used in diagnostics.
    public let file: String

    /// Creates a reader naming `file` in diagnostics.
    public init(file: String) {
        self.file = file
    }

    /// Reads the first `<file>`: its `target-language` (or `source-language` when it has none) and its
    /// `<trans-unit>`s, in any `<group>`s.
    ///
    /// - Throws: ``CatalogError`` for XML that is not well formed, a root that is not XLIFF 1.2, an unsupported
    ///   language, a unit without id or source, an unknown state or an invalid message pattern.
    public func read(_ data: Data) throws(CatalogError) -> Catalog {
        let document = try LibXML2.readXML(data, file: file)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), LibXML2.localName(root) == "xliff",
              LibXML2.namespace(root) == Self.namespace
        else {
            throw CatalogError(file: file, line: 1, kind: .notXLIFF2(found: "not an XLIFF 1.2 document"))
        }
        guard let fileNode = LibXML2.elementChildren(root).first(where: { LibXML2.localName($0) == "file" }) else {
            throw CatalogError(file: file, line: LibXML2.line(root), kind: .missingSourceLanguage)
        }
        let line = LibXML2.line(fileNode)
        guard let sourceCode = LibXML2.attribute(fileNode, "source-language") else {
            throw CatalogError(file: file, line: line, kind: .missingSourceLanguage)
        }
        guard Language(rawValue: sourceCode) == .source else {
            throw CatalogError(file: file, line: line, kind: .unsupportedLanguage(sourceCode, attribute: "source-language"))
        }
        var language = Language.source
        let targetCode = LibXML2.attribute(fileNode, "target-language")
        if let targetCode {
            guard let parsed = Language(rawValue: targetCode) else {
                throw CatalogError(file: file, line: line, kind: .unsupportedLanguage(targetCode, attribute: "target-language"))
            }
            language = parsed
        }
        var units: [CatalogUnit] = []
        try collect(fileNode, isTarget: targetCode != nil, into: &units)
        return Catalog(language: language, isSource: targetCode == nil, file: file, units: units)
    }

    /// Reads the trans-units under `node` (its `<body>` and `<group>`s).
    private func collect(_ node: xmlNodePtr, isTarget: Bool, into units: inout [CatalogUnit]) throws(CatalogError) {
        for child in LibXML2.elementChildren(node) {
            switch LibXML2.localName(child) {
            case "body", "group":
                try collect(child, isTarget: isTarget, into: &units)
            case "trans-unit":
                units.append(try unit(child, isTarget: isTarget))
            default:
                continue
            }
        }
    }

    /// One `<trans-unit>`.
    private func unit(_ node: xmlNodePtr, isTarget: Bool) throws(CatalogError) -> CatalogUnit {
        let line = LibXML2.line(node)
        guard let id = LibXML2.attribute(node, "id"), !id.isEmpty else {
            throw CatalogError(file: file, line: line, kind: .missingUnitID)
        }
        var source: String?
        var target: String?
        var state: CatalogUnit.State?
        var notes: [CatalogUnit.Note] = []
        for child in LibXML2.elementChildren(node) {
            switch LibXML2.localName(child) {
            case "source":
                source = LibXML2.content(child)
            case "target":
                if let value = LibXML2.attribute(child, "state") {
                    guard let parsed = CatalogUnit.State(xliff12: value) else {
                        throw CatalogError(file: file, line: LibXML2.line(child), kind: .unknownState(unitID: id, value: value))
                    }
                    state = parsed
                }
                if child.pointee.children != nil || isTarget { target = LibXML2.content(child) }
            case "note":
                notes.append(CatalogUnit.Note(category: LibXML2.attribute(child, "from"), text: LibXML2.content(child)))
            default:
                continue
            }
        }
        guard let source else { throw CatalogError(file: file, line: line, kind: .missingSource(unitID: id)) }
        if isTarget, target == nil { throw CatalogError(file: file, line: line, kind: .missingTarget(unitID: id)) }
        do {
            return try CatalogUnit(id: id, source: source, target: isTarget ? target : nil, state: state, notes: notes, line: line)
        } catch {
            throw CatalogError(file: file, line: line, kind: .invalidPattern(unitID: id, element: isTarget ? "target" : "source", error))
        }
    }
}
