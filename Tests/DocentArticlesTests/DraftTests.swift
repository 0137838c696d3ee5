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
