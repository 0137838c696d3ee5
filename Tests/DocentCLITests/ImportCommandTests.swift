import DocentKit
import Foundation
import Testing

/// `docent import` as a user runs it: text, JSON, labels, drift, and its exit codes.
@Suite("docent import")
struct ImportCommandTests {
    /// The article fixtures of DocentArticlesTests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DocentArticlesTests/Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The fields of `--json` output the tests read.
    struct Article: Decodable {
        var title: String
        var language: String
        var shape: String
        var updated: String?
    }

    @Test("text output names the file, shape, language and date, then the step tree")
    func text() async throws {
        let run = try await Docent.run(["import", Self.fixture("hubspot-sv.html")])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("hubspot-sv.html: HubSpot knowledge base, sv (from html-lang)"))
        #expect(run.stdout.contains("  updated: 2022-08-26"))
        #expect(run.stdout.contains("         1. Öppna fliken Försäljning.  [Försäljning]"))
    }

    @Test("--json prints one article, or an array for several files, in the order given")
    func json() async throws {
        let one = try await Docent.run(["import", "--json", Self.fixture("zendesk-fr.html")])
        #expect(one.status == 0, "\(one)")
        #expect(try one.decode(Article.self).shape == "zendesk")
        let many = try await Docent.run(["import", "--json", Self.fixture("hubspot-nl.html"), Self.fixture("zendesk-api-nl.json")])
        let articles = try many.decode([Article].self)
        #expect(articles.map(\.shape) == ["hubspot", "zendesk-api"])
        #expect(articles.map(\.language) == ["nl", "nl"])
    }

    @Test("- reads standard input; --lang gives a language the page does not")
    func standardInput() async throws {
        let page = "<html><body><h1>Brief</h1><ol><li>Klik op <b>Opslaan</b>.</li></ol></body></html>"
        let run = try await Docent.run(["import", "--json", "--lang", "nl", "-"], stdin: page)
        #expect(run.status == 0, "\(run)")
        #expect(try run.decode(Article.self).language == "nl")
    }

    @Test("errors name the file: 66 missing, 65 unreadable article, 64 usage")
    func errors() async throws {
        let missing = try await Docent.run(["import", "nowhere.html"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "nowhere.html: error: cannot read the file: no such file\n")
        let bad = try await Docent.run(["import", "-"], stdin: "<html><body><h1>Xyzzy</h1></body></html>")
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("-: error: cannot tell the article's language"))
        let lang = try await Docent.run(["import", "--lang", "es", Self.fixture("hubspot-en.html")])
        #expect(lang.status == 64)
        let encoding = try await Docent.run(["import", "--encoding", "nope", Self.fixture("hubspot-en.html")])
        #expect(encoding.status == 64)
        #expect(encoding.stderr.contains("hubspot-en.html: error: unknown encoding 'nope'"))
        let procedure = try await Docent.run(["import", "--against", "no-such", Self.fixture("hubspot-fr.html")])
        #expect(procedure.status == 64)
    }

    @Test("--against: 0 when aligned, 1 with the drift listed when not")
    func against() async throws {
        let aligned = try await Docent.run(["import", Self.fixture("hubspot-fr.html"), "--against", "assign-seat"])
        #expect(aligned.status == 0, "\(aligned)")
        #expect(aligned.stdout.contains(": aligned"))
        let drifted = try await Docent.run(["import", Self.fixture("hubspot-fr-2025.html"), "--against", "assign-seat", "--json"])
        #expect(drifted.status == 1, "\(drifted)")
        #expect(drifted.stderr == "")
        let report = try drifted.decode(DriftReport.self)
        #expect(report.drift && report.source.newer)
    }

    @Test("--labels lists labels per language and flags the ones Docent words differently")
    func labels() async throws {
        let run = try await Docent.run(["import", "--labels", "--json", Self.fixture("hubspot-fr-2025.html"), Self.fixture("hubspot-sv.html")])
        #expect(run.status == 0, "\(run)")
        let reports = try run.decode([LabelReport].self)
        #expect(reports.map(\.language.rawValue) == ["fr", "sv"])
        let french = try #require(reports.first)
        #expect(french.labels.first { $0.label == "Paramètres" }?.relation == .same)
        #expect(french.differing.map(\.label).contains("Valider"))
    }
}

/// `docent import --draft` writes a draft folder that validates, and refuses to overwrite one.
@Suite("docent import --draft")
struct ImportDraftTests {
    @Test("writes <id>.json and <lang>.xlf, which load back; a second run in the same language is refused")
    func draft() async throws {
        let directory = try TemporaryDirectory()
        let run = try await Docent.run(
            ["import", ImportCommandTests.fixture("hubspot-nl.html"), "--draft", "seats-nl"], directory: directory.url)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("seats-nl/seats-nl.json: "))
        let folder = directory.url.appendingPathComponent("seats-nl")
        let draft = try Docent.library().loadDraft(at: folder)
        #expect(draft.language == .nl)
        let again = try await Docent.run(
            ["import", ImportCommandTests.fixture("hubspot-nl.html"), "--draft", "seats-nl"], directory: directory.url)
        #expect(again.status == 64)
        #expect(again.stderr.contains("already has its nl catalog"))
        let badID = try await Docent.run(["import", ImportCommandTests.fixture("hubspot-nl.html"), "--draft", "Seats NL"])
        #expect(badID.status == 64)
    }
}
