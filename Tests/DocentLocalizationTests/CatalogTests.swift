@testable import DocentLocalization
import Foundation
import Testing

@Suite("XLIFF catalogs and the localizer")
struct CatalogTests {
    @Test func sourceCatalogFromFixtures() throws {
        let set = try Fixtures.catalogSet()
        let en = set.catalog(.en)
        #expect(en.language == .en)
        #expect(en.sourceLanguage == .en)
        #expect(en.isSource)
        #expect(en.file.hasSuffix("Catalogs/en.xlf"))
        #expect(en.units.map(\.id) == ["ui.seat", "walk.assign-seat.title", "seats.count", "error.sign-in", "ui.ok"])
        let seat = try #require(en[id: "ui.seat"])
        #expect(seat.source == "paid seat")
        #expect(seat.target == nil)
        #expect(seat.text == "paid seat")
        #expect(seat.state == nil)
        #expect(seat.line == 4)
        #expect(seat.notes == [CatalogUnit.Note(category: "developer", text: "Label for a paid seat, shown in bold.")])
        #expect(en["ui.ok"]?.line == 29)
        #expect(en[id: "nope"] == nil)
    }

    @Test(arguments: Language.allCases.filter { $0 != .source })
    func targetCatalogsFromFixtures(language: Language) throws {
        let catalog = try Fixtures.catalogSet().catalog(language)
        #expect(catalog.language == language)
        #expect(catalog.sourceLanguage == .en)
        #expect(!catalog.isSource)
        #expect(catalog.units.count == 5)
        let title = try #require(catalog[id: "walk.assign-seat.title"])
        #expect(title.source == "Assign a {ui.seat}")
        #expect(title.target != nil)
        #expect(title.text == title.target)
        #expect(title.state == .reviewed)
        #expect(title.line == 13)
        #expect(title.notes.first?.category == "translator")
        #expect(catalog[id: "seats.count"]?.state == .final)
        #expect(catalog[id: "ui.ok"]?.hasNote(category: "qa", text: "identical-to-source") == true)
        #expect(catalog[id: "seats.count"]?.pattern.pluralArguments == ["count"])
    }

    @Test func fixturesAreAuditClean() throws {
        let issues = CatalogAudit.audit(try Fixtures.catalogSet())
        #expect(issues.isEmpty, "\(issues.map(\.description))")
    }

    /// Expected output of each fixture language for the same calls.
    static let expected: [Language: [String]] = [
        .en: ["Assign a paid seat", "No seats", "1 seat", "5 seats", "1,000,000 seats", "Eve can't sign in: the account is {locked}"],
        .fr: ["Attribuer une licence payante", "Aucune licence", "1 licence", "5 licences", "1\u{202F}000\u{202F}000 de licences",
              "L'utilisateur Eve ne peut pas se connecter : le compte est {verrouillé}"],
        .de: ["Eine kostenpflichtige Lizenz zuweisen", "Keine Lizenzen", "1 Lizenz", "5 Lizenzen", "1.000.000 Lizenzen",
              "Eve kann sich nicht anmelden: das Konto ist {gesperrt}"],
        .sv: ["Tilldela en betald licens", "Inga licenser", "1 licens", "5 licenser", "1\u{00A0}000\u{00A0}000 licenser",
              "Eve kan inte logga in: kontot är {låst}"],
        .nl: ["Een betaalde licentie toewijzen", "Geen licenties", "1 licentie", "5 licenties", "1.000.000 licenties",
              "Eve kan niet inloggen: het account is {vergrendeld}"],
    ]

    @Test(arguments: Language.allCases)
    func localizerFormatsEveryLanguage(language: Language) throws {
        let localizer = Localizer(catalogs: try Fixtures.catalogSet(), language: language)
        let results = [
            try localizer.message("walk.assign-seat.title").plainText,
            localizer.string("seats.count", ["count": 0]),
            localizer.string("seats.count", ["count": 1]),
            localizer.string("seats.count", ["count": 5]),
            localizer.string("seats.count", ["count": 1_000_000]),
            localizer.string("error.sign-in", ["name": "Eve"]),
        ]
        #expect(results == Self.expected[language])
        let title = try localizer.message("walk.assign-seat.title")
        #expect(title.segments.contains { if case .label = $0 { true } else { false } })
    }

    @Test func localizerErrors() throws {
        let localizer = Localizer(catalogs: try Fixtures.catalogSet(), language: .de)
        #expect(throws: LocalizationError.missingMessage("nope", .de)) {
            try localizer.message("nope")
        }
        #expect(localizer.string("nope") == "nope")
        do {
            _ = try localizer.message("error.sign-in")
            Issue.record("expected a missing argument")
        } catch {
            guard case let .formatting(id, language, file, line, cause) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(id == "error.sign-in")
            #expect(language == .de)
            #expect(file.hasSuffix("de.xlf"))
            #expect(line == 32)
            #expect(cause == .missingArgument("name"))
            #expect(error.description.hasSuffix("de.xlf:32: error: [error.sign-in] missing argument \"name\""))
        }
        #expect(localizer.label("ui.seat") == "kostenpflichtige Lizenz")
    }

    @Test func groupsAreReadRecursively() throws {
        let catalog = try Fixtures.parse(Fixtures.xliff("""
        <group id="g1">
        <group id="g2">
        <unit id="deep"><segment><source>Deep</source></segment></unit>
        </group>
        </group>
        <unit id="flat"><segment><source>Flat</source></segment></unit>
        """))
        #expect(catalog.units.map(\.id) == ["deep", "flat"])
        #expect(catalog.units.map(\.line) == [6, 9])
    }

    @Test func multipleSegmentsAreConcatenated() throws {
        let catalog = try Fixtures.parse(Fixtures.xliff("""
        <unit id="u">
        <segment state="reviewed"><source>One. </source><target>Un. </target></segment>
        <ignorable><source> </source><target> </target></ignorable>
        <segment><source>Two.</source><target>Deux.</target></segment>
        </unit>
        """, trgLang: "fr"))
        let unit = try #require(catalog[id: "u"])
        #expect(unit.source == "One.  Two.")
        #expect(unit.target == "Un.  Deux.")
        #expect(unit.state == .reviewed)
    }

    @Test func unitInitParsesPattern() throws {
        let unit = try CatalogUnit(id: "x", source: "{a}", target: "{b}", state: .initial, notes: [], line: 3)
        #expect(unit.pattern.argumentNames == ["b"])
        #expect(throws: MessageFormatError.self) {
            try CatalogUnit(id: "x", source: "{a}", target: "{b", state: nil, notes: [], line: 3)
        }
    }

    @Test func catalogSetFromCatalogsRequiresAllLanguages() throws {
        let set = try Fixtures.catalogSet()
        let four = Language.allCases.filter { $0 != .sv }.map(set.catalog)
        #expect(throws: CatalogError(file: "sv.xlf", line: nil, kind: .missingCatalog(.sv))) {
            try CatalogSet(four)
        }
        let all = try CatalogSet(Language.allCases.map(set.catalog))
        #expect(all.catalog(.sv).language == .sv)
    }
}

@Suite("Catalogs loaded on first use")
struct LazyCatalogTests {
    @Test("a lazily loaded set reads each language on first use, the same units as an eager one", arguments: Language.allCases)
    func lazyEqualsEager(language: Language) throws {
        let directory = try #require(Bundle.module.url(forResource: "Catalogs", withExtension: nil, subdirectory: "Fixtures"))
        let eager = try CatalogSet.load(directory: directory)
        let lazy = try CatalogSet.load(directory: directory, preloading: [.source])
        #expect(lazy.catalog(language).units == eager.catalog(language).units)
        #expect(lazy.catalog(language).language == language)
    }

    @Test("a preloaded language's errors are thrown; a missing folder reads as empty catalogs on first use")
    func errors() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-docent-catalogs")
        #expect(throws: CatalogError.self) { try CatalogSet.load(directory: missing, preloading: [.en]) }
        let lazy = try CatalogSet.load(directory: missing, preloading: [])
        #expect(lazy.catalog(.fr).units.isEmpty)
    }
}
