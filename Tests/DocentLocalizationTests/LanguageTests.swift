@testable import DocentLocalization
import Testing

@Suite("Language and resolution")
struct LanguageTests {
    @Test func namesAndSource() {
        #expect(Language.source == .en)
        #expect(Language.allCases.map(\.rawValue) == ["en", "fr", "de", "sv", "nl"])
        #expect(Language.allCases.map(\.nativeName) == ["English", "Français", "Deutsch", "Svenska", "Nederlands"])
        #expect(Language.fr.englishName == "French")
        #expect(Language.nl.englishName == "Dutch")
    }

    @Test(arguments: Language.allCases)
    func flagSelectsEachLanguage(language: Language) throws {
        let resolution = try LanguageResolver.resolve(flag: language.rawValue, environment: ["LANG": "de_DE.UTF-8"])
        #expect(resolution == .init(language: language, source: "--lang"))
    }

    /// One environment case: flag, environment, expected language and source.
    struct Case: Sendable, CustomTestStringConvertible {
        let flag: String?
        let environment: [String: String]
        let language: Language
        let source: String
        var testDescription: String { "\(flag ?? "-") \(environment.sorted { $0.key < $1.key })" }
    }

    static let cases: [Case] = [
        Case(flag: nil, environment: [:], language: .en, source: "default"),
        Case(flag: "fr", environment: ["DOCENT_LANG": "de"], language: .fr, source: "--lang"),
        Case(flag: "FR-ca", environment: [:], language: .fr, source: "--lang"),
        Case(flag: "sv_SE.UTF-8", environment: [:], language: .sv, source: "--lang"),
        Case(flag: "", environment: ["LANG": "nl_NL"], language: .nl, source: "LANG"),
        Case(flag: "C", environment: ["LANG": "nl_NL"], language: .nl, source: "LANG"),
        Case(flag: nil, environment: ["DOCENT_LANG": "de", "LANGUAGE": "fr", "LANG": "sv"], language: .de, source: "DOCENT_LANG"),
        Case(flag: nil, environment: ["DOCENT_LANG": "", "LANGUAGE": "fr"], language: .fr, source: "LANGUAGE"),
        Case(flag: nil, environment: ["DOCENT_LANG": "POSIX", "LANG": "de"], language: .de, source: "LANG"),
        Case(flag: nil, environment: ["LANGUAGE": "de:fr", "LC_ALL": "sv"], language: .de, source: "LANGUAGE"),
        Case(flag: nil, environment: ["LANGUAGE": "pt_BR:it:fr_FR", "LC_ALL": "sv"], language: .fr, source: "LANGUAGE"),
        Case(flag: nil, environment: ["LANGUAGE": "pt:it", "LC_ALL": "sv_FI.UTF-8"], language: .sv, source: "LC_ALL"),
        Case(flag: nil, environment: ["LANGUAGE": "::", "LC_MESSAGES": "nl_BE"], language: .nl, source: "LC_MESSAGES"),
        Case(flag: nil, environment: ["LC_ALL": "C", "LC_MESSAGES": "de_AT", "LANG": "fr"], language: .de, source: "LC_MESSAGES"),
        Case(flag: nil, environment: ["LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"], language: .fr, source: "LANG"),
        Case(flag: nil, environment: ["LC_ALL": "ja_JP.UTF-8", "LANG": "sv_SE.ISO-8859-1"], language: .sv, source: "LANG"),
        Case(flag: nil, environment: ["LANG": "de_DE@euro"], language: .de, source: "LANG"),
        Case(flag: nil, environment: ["LANG": "nl_NL.UTF-8@euro"], language: .nl, source: "LANG"),
        Case(flag: nil, environment: ["LANG": "EN_gb"], language: .en, source: "LANG"),
        Case(flag: nil, environment: ["LANG": "es_ES.UTF-8"], language: .en, source: "default"),
        Case(flag: nil, environment: ["LANG": "POSIX"], language: .en, source: "default"),
        Case(flag: nil, environment: ["LANG": ""], language: .en, source: "default"),
    ]

    @Test(arguments: cases)
    func resolutionOrderAndNormalisation(_ testCase: Case) throws {
        let resolution = try LanguageResolver.resolve(flag: testCase.flag, environment: testCase.environment)
        #expect(resolution.language == testCase.language)
        #expect(resolution.source == testCase.source)
    }

    @Test(arguments: ["xx", "english", "pt_BR", "12", "f r", "-"])
    func unsupportedFlagThrows(value: String) {
        #expect(throws: LanguageError.unsupported(value, source: "--lang")) {
            try LanguageResolver.resolve(flag: value, environment: ["LANG": "fr"])
        }
    }

    @Test func unsupportedDocentLangThrows() {
        #expect(throws: LanguageError.unsupported("es", source: "DOCENT_LANG")) {
            try LanguageResolver.resolve(flag: nil, environment: ["DOCENT_LANG": "es", "LANG": "fr"])
        }
    }

    @Test func flagWinsOverBadDocentLang() throws {
        let resolution = try LanguageResolver.resolve(flag: "nl", environment: ["DOCENT_LANG": "es"])
        #expect(resolution.language == .nl)
    }

    @Test func errorDescriptionListsSupportedCodes() {
        let error = LanguageError.unsupported("xx", source: "--lang")
        #expect(error.description == "--lang: error: unsupported language \"xx\"; supported languages: en, fr, de, sv, nl")
    }

    @Test func normalisation() {
        #expect(LanguageResolver.normalise("sv_SE.UTF-8@euro") == "sv")
        #expect(LanguageResolver.normalise(" de-AT ") == "de")
        #expect(LanguageResolver.normalise("C") == nil)
        #expect(LanguageResolver.normalise("posix") == nil)
        #expect(LanguageResolver.normalise("") == nil)
    }
}
