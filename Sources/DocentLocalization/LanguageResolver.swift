/// Chooses the interface language from the `--lang` flag and the environment.
///
/// Order: `--lang`, `DOCENT_LANG`, `LANGUAGE` (colon-separated priority list), `LC_ALL`,
/// `LC_MESSAGES`, `LANG`, then ``Language/source``. Values are normalised (`sv_SE.UTF-8@euro` → `sv`);
/// empty values and `C`/`POSIX` mean "no preference". An unsupported value in a system variable is
/// skipped; an unsupported `--lang` or `DOCENT_LANG` value throws.
public struct LanguageResolver: Sendable {
    /// The outcome of resolution: the language and where the preference came from.
    public struct Resolution: Sendable, Equatable {
        /// The chosen language.
        public let language: Language
        /// `"--lang"`, `"DOCENT_LANG"`, `"LANGUAGE"`, `"LC_ALL"`, `"LC_MESSAGES"`, `"LANG"` or `"default"`.
        public let source: String

        /// Creates a resolution.
        public init(language: Language, source: String) {
            self.language = language
            self.source = source
        }
    }

    /// Sources that throw when they name an unsupported language (Docent's own settings).
    static let strictVariables = ["DOCENT_LANG"]
    /// System variables consulted after `DOCENT_LANG` and `LANGUAGE`, in order.
    static let systemVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// Resolves the language from an optional `--lang` value and an environment dictionary.
    public static func resolve(flag: String?, environment: [String: String]) throws(LanguageError) -> Resolution {
        if let flag, let language = try strictLanguage(flag, source: "--lang") {
            return Resolution(language: language, source: "--lang")
        }
        for name in strictVariables {
            if let value = environment[name], let language = try strictLanguage(value, source: name) {
                return Resolution(language: language, source: name)
            }
        }
        if let list = environment["LANGUAGE"] {
            for entry in list.split(separator: ":", omittingEmptySubsequences: true) {
                if case let .language(language) = classify(String(entry)) {
                    return Resolution(language: language, source: "LANGUAGE")
                }
            }
        }
        for name in systemVariables {
            if let value = environment[name], case let .language(language) = classify(value) {
                return Resolution(language: language, source: name)
            }
        }
        return Resolution(language: .source, source: "default")
    }

    /// The language named by a strict source, `nil` for no preference; throws when unsupported.
    private static func strictLanguage(_ value: String, source: String) throws(LanguageError) -> Language? {
        switch classify(value) {
        case .noPreference: return nil
        case let .language(language): return language
        case .unsupported: throw .unsupported(value, source: source)
        }
    }

    /// What one preference value means.
    enum Classification: Equatable {
        case noPreference
        case language(Language)
        case unsupported
    }

    /// Normalises a locale-ish value and classifies it.
    static func classify(_ value: String) -> Classification {
        guard let code = normalise(value) else { return .noPreference }
        if let language = Language(rawValue: code) { return .language(language) }
        return .unsupported
    }

    /// Strips `.codeset` and `@modifier`, lowercases, maps `-` to `_` and keeps the language part.
    ///
    /// Returns `nil` for "no preference" (empty, `C`, `POSIX`, `C.UTF-8`), or the language code
    /// (possibly unsupported or malformed, e.g. `"english"`, `"12"`).
    static func normalise(_ value: String) -> String? {
        var text = value.trimmingWhitespace()
        if let at = text.firstIndex(of: "@") { text = String(text[..<at]) }
        if let dot = text.firstIndex(of: ".") { text = String(text[..<dot]) }
        text = text.lowercased().mappingCharacter("-", to: "_")
        if text.isEmpty || text == "c" || text == "posix" { return nil }
        let language = text.split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        return language
    }
}
