import CLibXML2
import Foundation

/// Reads an XLIFF 2.0 catalog with libxml2 into a ``Catalog``.
struct XLIFFReader {
    /// The XLIFF 2.0 core namespace, required on the root element.
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    /// The file name used in diagnostics.
    let file: String
    /// Whether a defective unit (no id, a duplicate id, no or an empty target, an unknown state, an invalid
    /// pattern) is recorded in ``RecoveredCatalog/problems`` and skipped instead of failing the whole file.
    var recovering = false

    /// Parses `data`, recovering from defective units (see ``recovering``).
    func readRecovering(_ data: Data) throws(CatalogError) -> RecoveredCatalog {
        var reader = self
        reader.recovering = true
        var problems: [CatalogError] = []
        let catalog = try reader.read(data, problems: &problems)
        return RecoveredCatalog(catalog: catalog, problems: problems)
    }

    /// Parses `data`: one xmlDoc, freed before returning, never shared.
    func read(_ data: Data) throws(CatalogError) -> Catalog {
        var problems: [CatalogError] = []
        return try read(data, problems: &problems)
    }

    /// Parses `data`, appending skipped units' errors to `problems` when ``recovering``.
    private func read(_ data: Data, problems: inout [CatalogError]) throws(CatalogError) -> Catalog {
        let document = try LibXML2.readXML(data, file: file)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw CatalogError(file: file, line: 1, kind: .notXLIFF2(found: "no root element"))
        }
        return try readRoot(root, problems: &problems)
    }

    /// Reads `<xliff>`: languages, then every unit under `<file>` and `<group>` elements.
    private func readRoot(_ root: xmlNodePtr, problems: inout [CatalogError]) throws(CatalogError) -> Catalog {
        let rootLine = LibXML2.line(root)
        let name = LibXML2.localName(root)
        let namespace = LibXML2.namespace(root)
        guard name == "xliff", namespace == Self.namespace else {
            let found = "root element <\(name)>" + (namespace.map { " in namespace \($0)" } ?? " without namespace")
            throw CatalogError(file: file, line: rootLine, kind: .notXLIFF2(found: found))
        }
        guard let sourceCode = LibXML2.attribute(root, "srcLang"), !sourceCode.isEmpty else {
            throw CatalogError(file: file, line: rootLine, kind: .missingSourceLanguage)
        }
        guard let sourceLanguage = Language(rawValue: sourceCode) else {
            throw CatalogError(file: file, line: rootLine, kind: .unsupportedLanguage(sourceCode, attribute: "srcLang"))
        }
        var targetLanguage: Language?
        if let targetCode = LibXML2.attribute(root, "trgLang") {
            guard let language = Language(rawValue: targetCode) else {
                throw CatalogError(file: file, line: rootLine, kind: .unsupportedLanguage(targetCode, attribute: "trgLang"))
            }
            targetLanguage = language
        }
        var collected = UnitCollection()
        try readContainer(root, isTarget: targetLanguage != nil, into: &collected)
        problems += collected.problems
        return Catalog(
            language: targetLanguage ?? sourceLanguage,
            sourceLanguage: sourceLanguage,
            isSource: targetLanguage == nil,
            file: file,
            line: rootLine,
            units: collected.units
        )
    }

    /// Units read so far and the line of each id.
    private struct UnitCollection {
        var units: [CatalogUnit] = []
        var lines: [String: Int] = [:]
        var problems: [CatalogError] = []
    }

    /// Reads the units inside `<xliff>`, `<file>` or `<group>` (recursively).
    private func readContainer(_ node: xmlNodePtr, isTarget: Bool, into collected: inout UnitCollection) throws(CatalogError) {
        for child in LibXML2.elementChildren(node) {
            switch LibXML2.localName(child) {
            case "file", "group":
                try readContainer(child, isTarget: isTarget, into: &collected)
            case "unit":
                do throws(CatalogError) {
                    let unit = try readUnit(child, isTarget: isTarget)
                    if let firstLine = collected.lines[unit.id] {
                        throw CatalogError(file: file, line: unit.line, kind: .duplicateUnitID(unit.id, firstLine: firstLine))
                    }
                    collected.lines[unit.id] = unit.line
                    collected.units.append(unit)
                } catch {
                    guard recovering else { throw error }
                    collected.problems.append(error)
                }
            default:
                continue
            }
        }
    }

    /// Reads one `<unit>`: notes, then its segments (texts of several segments are concatenated).
    private func readUnit(_ node: xmlNodePtr, isTarget: Bool) throws(CatalogError) -> CatalogUnit {
        let line = LibXML2.line(node)
        guard let id = LibXML2.attribute(node, "id"), !id.isEmpty else {
            throw CatalogError(file: file, line: line, kind: .missingUnitID)
        }
        var notes: [CatalogUnit.Note] = []
        var source: String?
        var target: String?
        var state: CatalogUnit.State?
        var sourceLine = line
        var targetLine = line
        var segmentCount = 0
        for child in LibXML2.elementChildren(node) {
            switch LibXML2.localName(child) {
            case "notes":
                for note in LibXML2.elementChildren(child) where LibXML2.localName(note) == "note" {
                    notes.append(CatalogUnit.Note(category: LibXML2.attribute(note, "category"), text: LibXML2.content(note)))
                }
            case "segment", "ignorable":
                segmentCount += 1
                if let value = LibXML2.attribute(child, "state"), state == nil {
                    guard let parsed = CatalogUnit.State(rawValue: value) else {
                        throw CatalogError(file: file, line: LibXML2.line(child), kind: .unknownState(unitID: id, value: value))
                    }
                    state = parsed
                }
                let parts = LibXML2.elementChildren(child)
                guard let sourceNode = parts.first(where: { LibXML2.localName($0) == "source" }) else {
                    throw CatalogError(file: file, line: LibXML2.line(child), kind: .missingSource(unitID: id))
                }
                if source == nil { sourceLine = LibXML2.line(sourceNode) }
                source = (source ?? "") + LibXML2.content(sourceNode)
                if let targetNode = parts.first(where: { LibXML2.localName($0) == "target" }) {
                    if !isTarget {
                        throw CatalogError(file: file, line: LibXML2.line(targetNode), kind: .missingTargetLanguage)
                    }
                    if target == nil { targetLine = LibXML2.line(targetNode) }
                    target = (target ?? "") + LibXML2.content(targetNode)
                } else if isTarget {
                    throw CatalogError(file: file, line: LibXML2.line(child), kind: .missingTarget(unitID: id))
                }
            default:
                continue
            }
        }
        guard segmentCount > 0, let source else {
            throw CatalogError(file: file, line: line, kind: .missingSource(unitID: id))
        }
        if isTarget, (target ?? "").trimmingWhitespace().isEmpty {
            throw CatalogError(file: file, line: targetLine, kind: .missingTarget(unitID: id))
        }
        do {
            _ = try MessagePattern(parsing: source)
        } catch {
            throw patternError(error, unitID: id, element: "source", elementLine: sourceLine)
        }
        do {
            return try CatalogUnit(id: id, source: source, target: isTarget ? target : nil, state: state, notes: notes, line: line)
        } catch {
            throw patternError(error, unitID: id, element: "target", elementLine: targetLine)
        }
    }

    /// A pattern error located at the text's line in the file (element line plus the line within the text).
    private func patternError(_ error: MessageFormatError, unitID: String, element: String, elementLine: Int) -> CatalogError {
        var line = elementLine
        var column: Int?
        if case let .syntax(_, _, textLine, textColumn) = error, textLine > 1 {
            line += textLine - 1
            column = textColumn
        }
        return CatalogError(file: file, line: line, column: column, kind: .invalidPattern(unitID: unitID, element: element, error))
    }
}
