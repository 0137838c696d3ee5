import DocentArticles
import DocentKit
import DocentLocalization
import Foundation
import Testing
@testable import DocentQA

/// `docent qa --articles`: localized articles against their source, on HTML fixtures written for these tests
/// (with defects of the kinds the machine-translated seeds have) and a plain-text capture.
@Suite("docent qa: articles")
struct ArticleQATests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func article(_ name: String) throws -> Article {
        try ArticleImporter().importFile(atPath: fixtures.appendingPathComponent(name).path)
    }

    static func findings(_ target: String) throws -> [QAFinding] {
        let qa = ArticleQA(rules: try QAFixture.rules(), catalogs: try DocentLibrary.bundled().catalogs)
        return qa.compare(source: try article("article-en.html"), targets: [try article(target)])
    }

    @Test("a faithful translation has no finding", arguments: ["article-fr-good.html", "article-sv-good.html"])
    func faithful(_ name: String) throws {
        let findings = try Self.findings(name)
        #expect(findings.isEmpty, "\(findings.map { "\($0.check.rawValue) \($0.messageID): \($0.message)" })")
    }

    @Test("French: stale date, missing step and note, label variant and inconsistency, forbidden product name, glued words, duplicated sentence, spacing")
    func frenchDefects() throws {
        let findings = try Self.findings("article-fr-bad.html")
        let checks = Set(findings.map(\.check))
        for check: QACheck in [.articleStale, .articleStructure, .articleNotes, .articleLabels, .articleLabelConsistency, .forbiddenTerm,
                               .gluedWords, .articleDuplicateSentence, .frenchSpacing] {
            #expect(checks.contains(check), "\(check.rawValue) not found in \(findings.map(\.message))")
        }
        // The translated product name is reported as the forbidden term, not again as a missing product name.
        #expect(!checks.contains(.productName))
        #expect(findings.contains { $0.check == .articleLabelConsistency && $0.message.contains("ui.create-user") })
    }

    @Test("Swedish: translated product name, glued words, changed number, missing note, space before punctuation")
    func swedishDefects() throws {
        let findings = try Self.findings("article-sv-bad.html")
        let checks = Set(findings.map(\.check))
        for check: QACheck in [.forbiddenTerm, .gluedWords, .articleDates, .articleNotes, .spaces] {
            #expect(checks.contains(check), "\(check.rawValue) not found in \(findings.map(\.message))")
        }
        #expect(!checks.contains(.articleStale))
        #expect(findings.contains { $0.check == .articleDates && $0.message.contains("25") })
    }

    @Test("a plain-text capture reads into an article: title, date, disclaimer, nested steps, notes")
    func plainText() throws {
        let url = Self.fixtures.appendingPathComponent("capture-sv.txt")
        let article = try PlainTextArticleReader().read(try Data(contentsOf: url), file: url.path)
        #expect(article.language == .sv)
        #expect(article.title == "Ge användare en betald plats i Försäljningshubben")
        #expect(article.updated?.iso == "2022-08-26")
        #expect(article.disclaimer?.contains("automatiskt") == true)
        let section = try #require(article.sections.first { $0.heading == "Lägg till en användare med en plats" })
        #expect(section.steps.count == 2)
        #expect(section.steps.last?.substeps.count == 2)
        #expect(section.notes.count == 1)
        let findings = ArticleQA(rules: try QAFixture.rules(), catalogs: try DocentLibrary.bundled().catalogs)
            .compare(source: try Self.article("article-en.html"), targets: [article])
        let checks = Set(findings.map(\.check))
        for check: QACheck in [.articleStale, .forbiddenTerm, .gluedWords, .articleDuplicateSentence, .articleLabelConsistency] {
            #expect(checks.contains(check), "\(check.rawValue) not found in \(findings.map(\.message))")
        }
    }
}
