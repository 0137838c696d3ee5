/// A language preference that names a language Docent does not support.
public enum LanguageError: Error, Sendable, Equatable {
    /// `value` (as given) came from `source` (`--lang` or `DOCENT_LANG`) and is not supported or malformed.
    case unsupported(String, source: String)

    /// The supported language codes, for messages ("en, fr, de, sv, nl").
    static var supportedList: String {
        Language.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
