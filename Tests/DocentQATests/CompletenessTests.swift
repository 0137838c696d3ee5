import DocentLocalization
import Foundation
import Testing
@testable import DocentQA

/// Completeness, ICU syntax and metadata: defects that keep a unit from loading are reported, once each.
@Suite("docent qa: completeness")
struct CompletenessTests {
    typealias Unit = QAFixture.Unit

    /// The findings of a source catalog with `source` units and a `language` catalog with `target` units.
    static func run(_ language: Language, source: [Unit], target: String) throws -> [QAFinding] {
        let sourceCatalog = try Catalog.parseRecovering(Data(QAFixture.xliff(.source, source).utf8), file: "en.xlf")
        let targetCatalog = try Catalog.parseRecovering(Data(target.utf8), file: "\(language.rawValue).xlf")
        return CatalogQA(rules: try QAFixture.rules()).check(source: sourceCatalog, targets: [targetCatalog])
    }

    static let source = [
        Unit(id: "a", source: "First {user}.", target: nil, notes: [("developer", "A.")], state: nil),
        Unit(id: "b", source: "Second.", target: nil, notes: [("developer", "B.")], state: nil),
    ]

    /// A target document whose units are given as raw XML.
    static func document(_ language: Language, _ units: String) -> String {
        "<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"\(language.rawValue)\"><file id=\"f\">\(units)</file></xliff>"
    }

    /// A well-formed target unit.
    static func unit(_ id: String, _ source: String, _ target: String, state: String = " state=\"translated\"", note: Bool = true) -> String {
        "<unit id=\"\(id)\">" + (note ? "<notes><note category=\"translator\">n</note></notes>" : "")
            + "<segment\(state)><source>\(source)</source><target>\(target)</target></segment></unit>\n"
    }

    static let pairs: [(Language, String, String)] = [(.fr, "Premier {user}.", "Deuxième."), (.nl, "Eerste {user}.", "Tweede.")]

    @Test(arguments: [Language.fr, .nl])
    func correctCatalogHasNoCompletenessFinding(_ language: Language) throws {
        let pair = try #require(Self.pairs.first { $0.0 == language })
        let findings = try Self.run(language, source: Self.source, target: Self.document(language,
            Self.unit("a", "First {user}.", pair.1) + Self.unit("b", "Second.", pair.2)))
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test(arguments: [Language.fr, .nl])
    func missingAndObsolete(_ language: Language) throws {
        let pair = try #require(Self.pairs.first { $0.0 == language })
        let findings = try Self.run(language, source: Self.source, target: Self.document(language,
            Self.unit("a", "First {user}.", pair.1) + Self.unit("old", "Old.", "Vieux.")))
        #expect(findings.contains { $0.check == .missing && $0.messageID == "b" })
        #expect(findings.contains { $0.check == .obsolete && $0.messageID == "old" })
    }

    @Test(arguments: [Language.fr, .nl])
    func duplicateIDAndEmptyTarget(_ language: Language) throws {
        let pair = try #require(Self.pairs.first { $0.0 == language })
        let findings = try Self.run(language, source: Self.source, target: Self.document(language,
            Self.unit("a", "First {user}.", pair.1) + Self.unit("a", "First {user}.", pair.1) + Self.unit("b", "Second.", " ")))
        #expect(findings.filter { $0.check == .duplicateID }.map(\.messageID) == ["a"])
        #expect(findings.filter { $0.check == .emptyTarget }.map(\.messageID) == ["b"])
        // The empty unit is reported empty, not also missing.
        #expect(!findings.contains { $0.check == .missing })
    }

    @Test(arguments: [Language.fr, .nl])
    func icuSyntax(_ language: Language) throws {
        let pair = try #require(Self.pairs.first { $0.0 == language })
        let broken = pair.1.replacingOccurrences(of: "{user}", with: "{user")
        let findings = try Self.run(language, source: Self.source, target: Self.document(language,
            Self.unit("a", "First {user}.", broken) + Self.unit("b", "Second.", pair.2)))
        #expect(findings.map(\.check) == [.icuSyntax], "\(findings.map(\.message))")
        #expect(findings.first?.line != nil)
    }

    @Test(arguments: [Language.fr, .nl])
    func malformedUnitAndMetadata(_ language: Language) throws {
        let pair = try #require(Self.pairs.first { $0.0 == language })
        let findings = try Self.run(language, source: Self.source, target: Self.document(language,
            Self.unit("a", "First {user}.", pair.1, state: " state=\"done\"") + Self.unit("b", "Second.", pair.2, state: "", note: false)))
        #expect(findings.filter { $0.check == .malformedUnit }.map(\.messageID) == ["a"])
        #expect(findings.filter { $0.check == .metadata }.map(\.messageID) == ["b"])
    }

    @Test("the known variants of a label are read from its translator note")
    func knownVariants() {
        #expect(CatalogQA.knownVariants(in: "Label. Known variant: « Créer utilisateur » (seed 000).") == ["Créer utilisateur"])
        #expect(CatalogQA.knownVariants(in: "Known variant: Avbryt begäran om nedgradering.") == ["Avbryt begäran om nedgradering"])
        #expect(CatalogQA.knownVariants(in: "No variant here.").isEmpty)
    }
}
