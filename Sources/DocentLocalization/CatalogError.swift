/// A catalog that cannot be loaded, located by file and (when known) line and column.
public struct CatalogError: Error, Sendable, Equatable {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// The file could not be read (`reason` from the system).
        case unreadable(reason: String)
        /// A catalog file for `language` is missing from a catalog directory.
        case missingCatalog(Language)
        /// libxml2 rejected the XML (`code` is libxml2's error code, `message` its text).
        case notWellFormed(message: String, code: Int)
        /// The root is not `<xliff>` in the XLIFF 2.0 namespace (`found` describes what it is).
        case notXLIFF2(found: String)
        /// The root has no `srcLang`.
        case missingSourceLanguage
        /// A file with `<target>` elements has no `trgLang`.
        case missingTargetLanguage
        /// `srcLang` or `trgLang` (`attribute`) names an unsupported language.
        case unsupportedLanguage(String, attribute: String)
        /// The catalog's language is not the one its place requires (`fr.xlf` must have `trgLang="fr"`).
        case languageMismatch(expected: Language, found: Language)
        /// A `<unit>` without `id`.
        case missingUnitID
        /// A second unit with the same id (first seen on `firstLine`).
        case duplicateUnitID(String, firstLine: Int)
        /// A unit with no segment, or a segment with no `<source>`.
        case missingSource(unitID: String)
        /// A unit of a target catalog with no (or an empty) `<target>`.
        case missingTarget(unitID: String)
        /// A segment `state` that is not `initial`, `translated`, `reviewed` or `final`.
        case unknownState(unitID: String, value: String)
        /// The unit's `element` (`source` or `target`) text is not a valid message pattern.
        case invalidPattern(unitID: String, element: String, MessageFormatError)
    }

    /// The file as given (path), for diagnostics.
    public let file: String
    /// The 1-based line, when known.
    public let line: Int?
    /// The 1-based column, when known.
    public let column: Int?
    /// What is wrong, with its cause.
    public let kind: Kind

    /// Creates an error.
    public init(file: String, line: Int?, column: Int? = nil, kind: Kind) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
    }
}
