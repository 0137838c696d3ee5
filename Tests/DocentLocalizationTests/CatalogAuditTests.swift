@testable import DocentLocalization
import Foundation
import Testing

@Suite("Catalog audit")
struct CatalogAuditTests {
    /// Source messages shared by the audit scenarios.
    static let sources: [(String, String)] = [
        ("ui.seat", "paid seat"),
        ("msg.assign", "Assign {user} a {ui.seat}"),
        ("msg.count", "{n, plural, =0 {none} one {# seat} other {# seats}}"),
        ("msg.ok", "OK"),
        ("msg.only-source", "Only in English"),
    ]

    /// A clean target catalog for `language` (texts prefixed with the code so they differ from English).
    static func cleanTarget(_ language: Language) -> String {
        let body = sources.map { id, source in
            let target: String
            switch id {
            case "msg.count": target = "{n, plural, =0 {0} one {# x} many {# y} other {# z}}"
            case "msg.assign": target = "\(language.rawValue) {user} {ui.seat}"
            default: target = "\(language.rawValue) \(source)"
            }
            return Fixtures.targetUnit(id, source: source, target: target)
        }.joined(separator: "\n")
        return Fixtures.xliff(body, trgLang: language.rawValue)
    }

    /// Parses the catalogs, replacing some languages' documents.
    static func set(source: String? = nil, targets: [Language: String] = [:]) throws -> CatalogSet {
        let sourceText = source ?? Fixtures.xliff(sources.map { Fixtures.sourceUnit($0.0, $0.1) }.joined(separator: "\n"))
        var catalogs = [try Fixtures.parse(sourceText, file: "en.xlf")]
        for language in Language.allCases where language != .source {
            let text = targets[language] ?? cleanTarget(language)
            catalogs.append(try Fixtures.parse(text, file: "\(language.rawValue).xlf"))
        }
        return try CatalogSet(catalogs)
    }

    @Test func cleanSetHasNoIssues() throws {
        let issues = CatalogAudit.audit(try Self.set())
        #expect(issues.isEmpty, "\(issues.map(\.description))")
    }

    @Test func findsEveryKindOfProblem() throws {
        let french = Fixtures.xliff([
            Fixtures.targetUnit("ui.seat", source: "paid seat", target: "licence payante"),                      // 4
            Fixtures.targetUnit("msg.assign", source: "Assign {user} a {ui.seat}", target: "Attribuer une {ui.licence}"), // 11
            Fixtures.targetUnit("msg.count", source: "x", target: "{n, plural, =0 {aucune} =1 {une} one {# licence} other {# licences}}"), // 18
            Fixtures.targetUnit("msg.ok", source: "OK", target: " ok "),                                            // 25
            "<unit id=\"msg.extra\">\n<segment>\n<source>E</source>\n<target>F</target>\n</segment>\n</unit>",   // 32
        ].joined(separator: "\n"), trgLang: "fr")
        let issues = CatalogAudit.audit(try Self.set(targets: [.fr: french]))
        let summary = issues.map { "\($0.file):\($0.line) \($0.unitID) \($0.kind.rawValue)" }
        #expect(summary == [
            "fr.xlf:2 msg.only-source missingTranslation",
            "fr.xlf:11 msg.assign placeholderMismatch",
            "fr.xlf:25 msg.ok untranslated",
            "fr.xlf:32 msg.extra unknownUnit",
            "fr.xlf:11 msg.assign missingLabel",
            "fr.xlf:18 msg.count missingPluralCategory",
        ])
        let mismatch = try #require(issues.first { $0.kind == .placeholderMismatch })
        #expect(mismatch.description == "fr.xlf:11: error: [msg.assign] placeholders differ from the source: "
            + "missing {ui.seat}, {user}; extra {ui.licence}")
        let plural = try #require(issues.first { $0.kind == .missingPluralCategory })
        #expect(plural.message == "plural {n} lacks many required in fr")
        let untranslated = try #require(issues.first { $0.kind == .untranslated })
        #expect(untranslated.message.hasPrefix("English left in fr"))
    }

    @Test func stateAndTranslatorNoteAreRequired() throws {
        let german = Fixtures.xliff(Self.sources.map { id, source in
            if id == "msg.ok" {
                return "<unit id=\"msg.ok\">\n<notes><note category=\"developer\">d</note></notes>\n<segment>\n<source>OK</source>\n<target>Okay</target>\n</segment>\n</unit>"
            }
            return Fixtures.targetUnit(id, source: source, target: id == "msg.assign" ? "{user} {ui.seat}" : "de \(source)")
        }.joined(separator: "\n"), trgLang: "de")
        let issues = CatalogAudit.audit(try Self.set(targets: [.de: german]))
        #expect(issues.map(\.kind) == [.missingState, .missingTranslatorNote])
        #expect(issues.allSatisfy { $0.unitID == "msg.ok" && $0.file == "de.xlf" && $0.line == 25 })
    }

    @Test func identicalToSourceNoteAllowsEnglish() throws {
        func swedish(note: String) -> String {
            Fixtures.xliff(Self.sources.map { id, source in
                if id == "msg.ok" { return Fixtures.targetUnit(id, source: source, target: "ok", extraNote: note) }
                return Fixtures.targetUnit(id, source: source, target: id == "msg.assign" ? "{user} {ui.seat}" : "sv \(source)")
            }.joined(separator: "\n"), trgLang: "sv")
        }
        #expect(CatalogAudit.audit(try Self.set(targets: [.sv: swedish(note: "")])).map(\.kind) == [.untranslated])
        let allowed = swedish(note: "<note category=\"qa\">identical-to-source</note>")
        #expect(CatalogAudit.audit(try Self.set(targets: [.sv: allowed])).isEmpty)
    }

    @Test(arguments: Language.allCases)
    func pluralCoveragePerLanguage(language: Language) throws {
        let onlyOther = "{n, plural, =1 {one exactly} other {# items}}"
        let issues: [CatalogIssue]
        if language == .source {
            let source = Fixtures.xliff((Self.sources.filter { $0.0 != "msg.count" } + [("msg.count", onlyOther)])
                .map { Fixtures.sourceUnit($0.0, $0.1) }.joined(separator: "\n"))
            issues = CatalogAudit.audit(try Self.set(source: source)).filter { $0.file == "en.xlf" }
        } else {
            let text = Self.cleanTarget(language).replacingOccurrences(
                of: "{n, plural, =0 {0} one {# x} many {# y} other {# z}}", with: onlyOther)
            issues = CatalogAudit.audit(try Self.set(targets: [language: text]))
        }
        let expectedMissing = language == .fr ? "one, many" : "one"
        #expect(issues.map(\.message) == ["plural {n} lacks \(expectedMissing) required in \(language.rawValue)"])
    }

    @Test("letters glued to a label reference are rejected", arguments: [
        ("{n, plural, one {# {ui.seat}} other {# {ui.seat}s}}", ["{ui.seat}s"]),
        ("{t, select, core {{ui.seat}} other {{t}}}er vill du", ["{ui.seat}er"]),
        ("Alle {t, select, core {{ui.seat}} other {{t}}}-Plätze. Klicken Sie auf {ui.seat}.", []),
        ("{ui.seat}’s {ui.seat} {ui.seat}, «{ui.seat}»", []),
    ])
    func labelSuffix(_ target: String, _ glued: [String]) throws {
        let source = Fixtures.xliff((Self.sources + [("msg.glued", "{n}{t}{ui.seat}")]).map { Fixtures.sourceUnit($0.0, $0.1) }
            .joined(separator: "\n"))
        let german = Self.cleanTarget(.de).replacingOccurrences(of: "</file>", with:
            Fixtures.targetUnit("msg.glued", source: "{n}{t}{ui.seat}", target: target) + "\n</file>")
        var targets: [Language: String] = [.de: german]
        for language in Language.allCases where language != .source && language != .de {
            targets[language] = Self.cleanTarget(language).replacingOccurrences(of: "</file>", with:
                Fixtures.targetUnit("msg.glued", source: "{n}{t}{ui.seat}", target: "{n}{t}{ui.seat}") + "\n</file>")
        }
        let issues = CatalogAudit.audit(try Self.set(source: source, targets: targets)).filter { $0.kind == .labelSuffix }
        #expect(issues.map { $0.message.prefix { $0 != ":" } } == glued.map { Substring($0) })
        #expect(issues.allSatisfy { $0.file == "de.xlf" && $0.unitID == "msg.glued" })
    }

    @Test("French many differs from other before a noun", arguments: [
        ("{n, plural, =0 {0} one {# licence} many {# licences} other {# licences}}", "", 1),
        ("{n, plural, =0 {0} one {# {ui.seat}} many {# {ui.seat}} other {# {ui.seat}}}", "", 1),
        ("{n, plural, =0 {0} one {# licence} many {# de licences} other {# licences}}", "", 0),
        ("{n, plural, =0 {0} one {# licence} many {# d’utilisateurs} other {# utilisateurs}}", "", 0),
        ("{n, plural, =0 {0} one {# libre} many {# libres} other {# libres}}", "<note category=\"qa\">many-without-de</note>", 0),
        ("{n, plural, =0 {0} one {#} many {#} other {#}}", "", 0),
        ("{n, plural, =0 {0} one {# libre} many {# libres} other {# libres}}", "<note category=\"qa\">many-without-de: n</note>", 0),
        ("{n, plural, =0 {0} one {# libre} many {# libres} other {# libres}}", "<note category=\"qa\">many-without-de: m</note>", 1),
    ])
    func frenchMany(_ target: String, _ note: String, _ expected: Int) throws {
        let french = Fixtures.xliff(Self.sources.map { id, source in
            switch id {
            case "msg.count": return Fixtures.targetUnit(id, source: source, target: target, extraNote: note)
            case "msg.assign": return Fixtures.targetUnit(id, source: source, target: "{user} {ui.seat}")
            default: return Fixtures.targetUnit(id, source: source, target: "fr \(source)")
            }
        }.joined(separator: "\n"), trgLang: "fr")
        let issues = CatalogAudit.audit(try Self.set(targets: [.fr: french])).filter { $0.kind != .placeholderMismatch }
        #expect(issues.map(\.kind) == Array(repeating: .manyWithoutDe, count: expected))
        #expect(issues.allSatisfy { $0.unitID == "msg.count" && $0.message.hasPrefix("plural {n}: 'many' equals 'other'") })
    }

    @Test func missingLabelInSourceCatalog() throws {
        let source = Fixtures.xliff((Self.sources + [("msg.help", "Open {ui.help}")]).map { Fixtures.sourceUnit($0.0, $0.1) }
            .joined(separator: "\n"))
        let issues = CatalogAudit.audit(try Self.set(source: source))
        let sourceIssues = issues.filter { $0.file == "en.xlf" }
        #expect(sourceIssues.map(\.kind) == [.missingLabel])
        #expect(sourceIssues.first?.description == "en.xlf:29: error: [msg.help] label {ui.help} is not in this catalog")
        #expect(issues.filter { $0.kind == .missingTranslation }.count == 4)
    }
}
