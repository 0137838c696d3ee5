import Foundation

/// The five catalogs, one per ``Language``, loaded together.
public struct CatalogSet: Sendable {
    /// The English (source) catalog.
    private let en: Catalog
    /// The French catalog.
    private let fr: Catalog
    /// The German catalog.
    private let de: Catalog
    /// The Swedish catalog.
    private let sv: Catalog
    /// The Dutch catalog.
    private let nl: Catalog

    /// Builds a set from exactly one catalog per language; `en` must be the source catalog.
    public init(_ catalogs: [Catalog]) throws(CatalogError) {
        var byLanguage: [Language: Catalog] = [:]
        for catalog in catalogs {
            try Self.check(catalog, expected: catalog.language)
            byLanguage[catalog.language] = catalog
        }
        func take(_ language: Language) throws(CatalogError) -> Catalog {
            guard let catalog = byLanguage[language] else {
                throw CatalogError(file: "\(language.rawValue).xlf", line: nil, kind: .missingCatalog(language))
            }
            return catalog
        }
        en = try take(.en)
        fr = try take(.fr)
        de = try take(.de)
        sv = try take(.sv)
        nl = try take(.nl)
    }

    /// Loads `<lang>.xlf` for every language from `directory`.
    ///
    /// - Throws: ``CatalogError`` naming the path of a missing or invalid file, or a file whose
    ///   `trgLang`/`srcLang` does not match its name.
    public static func load(directory: URL) throws(CatalogError) -> CatalogSet {
        var loaded: [Catalog] = []
        for language in Language.allCases {
            let url = directory.appendingPathComponent("\(language.rawValue).xlf")
            let path = url.relativePath
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw CatalogError(file: path, line: nil, kind: .missingCatalog(language))
            }
            let catalog = try Catalog.load(contentsOf: url)
            try check(catalog, expected: language)
            loaded.append(catalog)
        }
        return try CatalogSet(loaded)
    }

    /// Checks that `catalog` is a proper catalog for `expected` (source catalog for English, target otherwise).
    private static func check(_ catalog: Catalog, expected: Language) throws(CatalogError) {
        if catalog.sourceLanguage != .source {
            throw CatalogError(file: catalog.file, line: catalog.line,
                               kind: .languageMismatch(expected: .source, found: catalog.sourceLanguage))
        }
        if catalog.language != expected {
            throw CatalogError(file: catalog.file, line: catalog.line,
                               kind: .languageMismatch(expected: expected, found: catalog.language))
        }
        if expected == .source, !catalog.isSource {
            throw CatalogError(file: catalog.file, line: catalog.line,
                               kind: .languageMismatch(expected: .source, found: catalog.language))
        }
        if expected != .source, catalog.isSource {
            throw CatalogError(file: catalog.file, line: catalog.line, kind: .missingTargetLanguage)
        }
    }

    /// The catalog for `language`.
    public func catalog(_ language: Language) -> Catalog {
        switch language {
        case .en: en
        case .fr: fr
        case .de: de
        case .sv: sv
        case .nl: nl
        }
    }

    /// The source (English) catalog.
    public var source: Catalog { catalog(.source) }
}

extension CatalogSet {
    /// The set with `extra`'s units added to the catalog of `extra`'s language (a draft's own
    /// messages, or its label translations), the bundled units winning where ids meet.
    public func supplemented(with extra: Catalog) -> CatalogSet {
        let catalogs = Language.allCases.map { language in
            language == extra.language ? catalog(language).supplemented(with: extra) : catalog(language)
        }
        return (try? CatalogSet(catalogs)) ?? self
    }
}
