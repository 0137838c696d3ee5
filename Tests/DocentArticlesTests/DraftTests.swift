import DocentArticles
import DocentKit
import DocentLocalization
import DocentModel
import DocentWorkflow
import Foundation
import Testing

/// Drafts written from articles load, validate, and walk as guided checklists.
@Suite("drafts from articles")
struct DraftTests {
    /// A fresh folder for one draft, removed afterwards by the caller.
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("docent-draft-\(UUID().uuidString)")
    }

    /// Every path of `definition` from a demo account, as answered by the explorer.
    static func paths(_ definition: Definition, library: DocentLibrary) throws -> [ExploredPath] {
        let demo = try library.account(library.defaultDemo)
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 28))
        let situation = Situation(account: demo.account, actor: demo.defaultActor, today: today)
        return try Explorer().explore(definition, bindings: library.bindings, from: situation).paths
    }

    static let files: [Language: String] = [
        .en: "hubspot-en.html", .fr: "hubspot-fr.html", .de: "hubspot-de.html", .sv: "hubspot-sv.html", .nl: "hubspot-nl.html",
    ]

    @Test("the draft of every language's article validates and every path completes", arguments: Language.allCases)
    func validates(language: Language) throws {
        let library = try DocentLibrary.bundled()
        let article = try Fixtures.article(try #require(Self.files[language]))
        let draft = ProcedureDraft(article: article, id: "draft-\(language.rawValue)", catalogs: library.catalogs)
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try draft.write(to: folder)
        let loaded = try library.loadDraft(at: folder)
        #expect(loaded.language == language)
        #expect(loaded.definition.id == "draft-\(language.rawValue)")
        #expect(loaded.definition.sources.first?.updated == article.updated?.iso)
        let paths = try Self.paths(loaded.definition, library: library)
        #expect(!paths.isEmpty)
        #expect(paths.allSatisfy { $0.outcome == .completed })
    }

    @Test("conditional steps become yes/no questions that skip their step on no", arguments: [
        (Language.en, "If a bought seat is still free"), (.fr, "Si vous attribuez une licence encore libre"),
        (.de, "Wenn Sie noch eine freie Lizenz haben"), (.sv, "Om det finns en ledig plats"),
        (.nl, "Als je zeker bent"),
    ])
    func conditions(language: Language, condition: String) throws {
        let library = try DocentLibrary.bundled()
        let article = try Fixtures.article(try #require(Self.files[language]))
        let draft = ProcedureDraft(article: article, id: "draft", catalogs: library.catalogs)
        let asks = draft.units.filter { $0.id.hasSuffix("-ask") }
        #expect(asks.contains { $0.text.hasPrefix(condition) }, "\(asks.map(\.text))")
        let confirms = draft.definition.steps.filter { $0.kindName == "confirm" }
        #expect(confirms.count == asks.count)
        for step in confirms {
            guard case .confirm(_, let yes, let no) = step.kind else { continue }
            #expect(yes != no)
        }
    }

    @Test("labels reuse Docent's ui.* units; only unknown labels get new units")
    func labels() throws {
        let library = try DocentLibrary.bundled()
        let draft = ProcedureDraft(article: try Fixtures.article("hubspot-fr-2025.html"), id: "assign-fr", catalogs: library.catalogs)
        let texts = Dictionary(draft.units.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        #expect(texts["assign-fr.s1-1"] == "Dans la barre de navigation principale, cliquez sur l’icône {ui.settings}.")
        #expect(texts["assign-fr.s1-7"]?.contains("{ui.checkout}") == true)
        let newLabels = draft.units.filter { $0.id.hasPrefix("ui.") }.map(\.text)
        #expect(newLabels.sorted() == ["Type de licence", "Valider"])
        #expect(!String(decoding: draft.catalogXLIFF(), as: UTF8.self).contains("<target>"))
    }

    @Test("a folder that is not a draft is refused")
    func notADraft() throws {
        let library = try DocentLibrary.bundled()
        let folder = Self.folder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: KitError.self) { try library.loadDraft(at: folder) }
    }
}

/// The same article in a second language fills the targets of the labels a draft added.
@Suite("draft label translations")
struct DraftTranslationTests {
    /// A Swedish twin of `hubspot-fr-2025.html`: same steps, Swedish words.
    static let swedish = """
        <html lang="sv"><body><h1>Hantera betalda platser</h1><p>Senast uppdaterad: 10 februari 2025</p>
        <h2>Tilldela platser</h2><ol>
        <li>Klicka på kugghjulet <strong>Inställningar</strong> i huvudmenyn.</li>
        <li>Gå till <strong>Användare och team</strong> i menyn till vänster.</li>
        <li>Klicka på <strong>Hantera betalda användare</strong> uppe till höger.</li>
        <li>Välj hubben i rullgardinsmenyn <strong>Platstyp</strong>.</li>
        <li>Markera rutan bredvid användaren.</li>
        <li>Om en plats är ledig klickar du på <strong>Bekräfta</strong>.</li>
        <li>Annars klickar du på <strong>Checkout</strong> och sedan på <strong>Slutför köpet</strong> i panelen <strong>Köp användare</strong>.</li>
        </ol></body></html>
        """

    @Test("labels only, marked for review (needs-review-translation), prompts untouched; the folder still validates")
    func labelTargets() throws {
        let library = try DocentLibrary.bundled()
        let folder = DraftTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = ProcedureDraft(article: try Fixtures.article("hubspot-fr-2025.html"), id: "assign-fr", catalogs: library.catalogs)
        try french.write(to: folder)
        let loaded = try library.loadDraft(at: folder)
        let article = try ArticleImporter().importData(Data(Self.swedish.utf8), file: "sv.html")
        let swedish = ProcedureDraft(article: article, id: "assign-fr", catalogs: library.catalogs)
        let targets = swedish.labelTargets(for: loaded, catalogs: library.catalogs)
        #expect(Set(targets.map { "\($0.source) → \($0.target)" }) == ["Type de licence → Platstyp", "Valider → Bekräfta"])
        try swedish.targetXLIFF(targets, for: loaded).write(to: folder.appendingPathComponent("sv.xlf"))
        let again = try library.loadDraft(at: folder)
        let translation = try #require(again.translations.first)
        #expect(translation.language == .sv)
        #expect(translation.units.count == 2)
        #expect(translation.units.allSatisfy { $0.state == .translated && $0.id.hasPrefix("ui.assign-fr.") })
        let xml = try String(contentsOf: folder.appendingPathComponent("sv.xlf"), encoding: .utf8)
        #expect(xml.components(separatedBy: "subState=\"docent:needs-review-translation\"").count == 3)
    }
}
