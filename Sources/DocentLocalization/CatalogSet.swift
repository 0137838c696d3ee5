import Foundation
import Synchronization

/// The five catalogs, one per ``Language``: loaded together, or (for a command that speaks one
/// language) each on first use.
public struct CatalogSet: Sendable {
    /// The catalogs by language; lazily filled when the set was loaded with ``load(directory:preloading:)``.
    private let store: Store

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
        var all: [Language: Catalog] = [:]
        for language in Language.allCases { all[language] = try take(language) }
        store = Store(loaded: all, directory: nil)
    }

    /// Loads `languages` from `directory` now (their errors are thrown) and every other language's
    /// catalog on first use, so a command that speaks one language reads two files, not five.
    ///
    /// A catalog that fails to load on first use reads as empty (its messages are missing); the
    /// bundle is validated in the tests and by `docent check`, which load every catalog at once.
    public static func load(directory: URL, preloading languages: Set<Language>) throws(CatalogError) -> CatalogSet {
        var loaded: [Language: Catalog] = [:]
        for language in Language.allCases where languages.contains(language) {
            loaded[language] = try loadOne(language, from: directory)
        }
        return CatalogSet(store: Store(loaded: loaded, directory: directory))
    }

    private init(store: Store) {
        self.store = store
    }

    /// Loads and checks one language's catalog from `directory`.
    private static func loadOne(_ language: Language, from directory: URL) throws(CatalogError) -> Catalog {
        let url = directory.appendingPathComponent("\(language.rawValue).xlf")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CatalogError(file: url.relativePath, line: nil, kind: .missingCatalog(language))
        }
        let catalog = try Catalog.load(contentsOf: url)
        try check(catalog, expected: language)
        return catalog
    }

    /// The catalogs loaded so far and where to read the others: guarded shared state.
    private final class Store: Sendable {
        let catalogs: Mutex<[Language: Catalog]>
        let directory: URL?

        init(loaded: [Language: Catalog], directory: URL?) {
            catalogs = Mutex(loaded)
            self.directory = directory
        }

        func catalog(_ language: Language) -> Catalog {
            if let catalog = catalogs.withLock({ $0[language] }) { return catalog }
            let loaded = directory.flatMap { try? CatalogSet.loadOne(language, from: $0) }
                ?? Catalog(language: language, sourceLanguage: .source, isSource: language == .source, file: "\(language.rawValue).xlf", line: 1, units: [])
            return catalogs.withLock { stored in
                if let existing = stored[language] { return existing }
                stored[language] = loaded
                return loaded
            }
        }
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
        store.catalog(language)
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
