extension CatalogError: CustomStringConvertible {
    /// `FILE:LINE:COL: error: MESSAGE` (missing parts omitted).
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }

    /// The message part of the description.
    public var message: String {
        switch kind {
        case let .unreadable(reason):
            "cannot read catalog: \(reason)"
        case let .missingCatalog(language):
            "missing catalog for \(language.englishName) (\(language.rawValue))"
        case let .notWellFormed(message, _):
            "not well-formed XML: \(message)"
        case let .notXLIFF2(found):
            "not an XLIFF 2.0 document (expected <xliff> in namespace \(XLIFFReader.namespace)): \(found)"
        case .missingSourceLanguage:
            "missing srcLang on <xliff>"
        case .missingTargetLanguage:
            "missing trgLang on <xliff> in a file with <target> elements"
        case let .unsupportedLanguage(value, attribute):
            "\(attribute)=\"\(value)\" is not a supported language (supported: \(LanguageError.supportedList))"
        case let .languageMismatch(expected, found):
            "catalog is for \(found.rawValue), expected \(expected.rawValue)"
        case .missingUnitID:
            "<unit> without id"
        case let .duplicateUnitID(id, firstLine):
            "[\(id)] duplicate unit id (first defined on line \(firstLine))"
        case let .missingSource(id):
            "[\(id)] segment without <source>"
        case let .missingTarget(id):
            "[\(id)] unit without <target>"
        case let .unknownState(id, value):
            "[\(id)] unknown state \"\(value)\" (expected initial, translated, reviewed or final)"
        case let .invalidPattern(id, element, cause):
            "[\(id)] invalid message in <\(element)>: \(cause.problemDescription)"
                + (cause.positionDescription.map { " at \($0) of the text" } ?? "")
        }
    }
}
