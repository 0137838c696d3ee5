import Foundation

/// One language's XLIFF 2.0 message catalog (`Localizations/<lang>.xlf`).
public struct Catalog: Sendable {
    /// The catalog's language: `trgLang`, or `srcLang` for the source catalog.
    public let language: Language
    /// The `srcLang` of the file.
    public let sourceLanguage: Language
    /// Whether this is the source catalog (no `trgLang`, `<source>` only).
    public let isSource: Bool
    /// The path as given, for diagnostics.
    public let file: String
    /// The line of the root `<xliff>` element (where file-level issues are reported).
    let line: Int
    /// The units in file order (groups flattened).
    public let units: [CatalogUnit]
    /// Unit positions by id.
    private let index: [String: Int]

    /// Creates a catalog from parsed units.
    init(language: Language, sourceLanguage: Language, isSource: Bool, file: String, line: Int, units: [CatalogUnit]) {
        self.language = language
        self.sourceLanguage = sourceLanguage
        self.isSource = isSource
        self.file = file
        self.line = line
        self.units = units
        var index: [String: Int] = [:]
        for (position, unit) in units.enumerated() where index[unit.id] == nil {
            index[unit.id] = position
        }
        self.index = index
    }

    /// The unit with `id`, if any (`catalog[id: "ui.seat"]`).
    public subscript(id id: String) -> CatalogUnit? {
        index[id].map { units[$0] }
    }

    /// The unit with `id`, if any (`catalog["ui.seat"]`).
    public subscript(_ id: String) -> CatalogUnit? {
        self[id: id]
    }

    /// Creates a catalog from units read elsewhere (an exchange format); `line` 1 locates file-level issues.
    public init(language: Language, isSource: Bool, file: String, units: [CatalogUnit]) {
        self.init(language: language, sourceLanguage: .source, isSource: isSource, file: file, line: 1, units: units)
    }

    /// Loads and parses the catalog at `url`; ``file`` is the URL's path as given.
    public static func load(contentsOf url: URL) throws(CatalogError) -> Catalog {
        let file = url.isFileURL ? url.relativePath : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CatalogError(file: file, line: nil, kind: .unreadable(reason: "\(error.localizedDescription)"))
        }
        return try parse(data, file: file)
    }

    /// Parses XLIFF 2.0 `data`; `file` names it in diagnostics.
    public static func parse(_ data: Data, file: String) throws(CatalogError) -> Catalog {
        try XLIFFReader(file: file).read(data)
    }

    /// Parses XLIFF 2.0 `data` like ``parse(_:file:)`` but skips defective units, returning their errors
    /// (for quality checks that report every defect instead of stopping at the first).
    ///
    /// - Throws: ``CatalogError`` only for file-level problems (not XML, not XLIFF 2.0, no or an unknown language).
    public static func parseRecovering(_ data: Data, file: String) throws(CatalogError) -> RecoveredCatalog {
        try XLIFFReader(file: file).readRecovering(data)
    }
}

extension Catalog {
    /// This catalog with the units of `other` whose ids it lacks appended (a draft's new units).
    public func supplemented(with other: Catalog) -> Catalog {
        let added = other.units.filter { self[id: $0.id] == nil }
        return Catalog(language: language, sourceLanguage: sourceLanguage, isSource: isSource, file: file, line: line, units: units + added)
    }
}
