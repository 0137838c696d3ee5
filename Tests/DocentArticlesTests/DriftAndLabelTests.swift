import DocentArticles
import DocentKit
import DocentLocalization
import DocentWorkflow
import Testing

/// Articles compared with the bundled procedures and labels.
@Suite("drift and labels")
struct DriftAndLabelTests {
    @Test("the French article the procedure follows is aligned with assign-seat")
    func aligned() throws {
        let library = try DocentLibrary.bundled()
        let article = try Fixtures.article("hubspot-fr.html")
        let report = DriftReport.compare(article: article, definition: try library.definition("assign-seat"), catalogs: library.catalogs)
        #expect(!report.drift)
        #expect(report.section == "Attribuer, ajouter ou retirer des licences")
        #expect(report.matched.map(\.articleStep) == ["1", "2", "3", "5", "6", "6.1"])
        #expect(report.matched.first { $0.articleStep == "5" }?.procedureSteps == ["save"])
        #expect(report.articleOnly.isEmpty)
        #expect(report.procedureOnly.filter(\.required).isEmpty)
        #expect(report.source.recorded?.updated == "2022-08-26")
        #expect(!report.source.newer)
    }

    @Test("a newer French revision with a renamed button and a new step drifts from assign-seat")
    func drifted() throws {
        let library = try DocentLibrary.bundled()
        let article = try Fixtures.article("hubspot-fr-2025.html")
        let report = DriftReport.compare(article: article, definition: try library.definition("assign-seat"), catalogs: library.catalogs)
        #expect(report.drift)
        #expect(report.articleOnly.map(\.labels) == [["Type de licence"], ["Valider"]])
        #expect(report.procedureOnly.filter(\.required).map(\.step) == ["save"])
        #expect(report.source.newer)
        #expect(report.source.articleUpdated?.iso == "2025-02-10")
    }

    @Test("Zendesk pages line up with zendesk-change-subscription in every language", arguments: Language.allCases)
    func zendesk(language: Language) throws {
        let library = try DocentLibrary.bundled()
        let article = try Fixtures.article("zendesk-\(language.rawValue).html")
        let report = DriftReport.compare(
            article: article, definition: try library.definition("zendesk-change-subscription"), catalogs: library.catalogs)
        #expect(report.articleOnly.isEmpty, "\(report.articleOnly)")
        #expect(report.procedureOnly.filter(\.required).isEmpty, "\(report.procedureOnly)")
        #expect(report.matched.count >= 2)
    }

    @Test("every article label reads like one of Docent's, per language", arguments: Language.allCases)
    func labelsMatchCatalog(language: Language) throws {
        let library = try DocentLibrary.bundled()
        let articles = try ["hubspot", "zendesk"].map { try Fixtures.article("\($0)-\(language.rawValue).html") }
        let reports = LabelReport.make(articles: articles, catalogs: library.catalogs)
        #expect(reports.map(\.language) == [language])
        let report = try #require(reports.first)
        #expect(report.labels.count >= 10)
        #expect(report.differing.filter { $0.relation == .unknown }.isEmpty, "\(report.differing)")
    }

    @Test("a renamed label and a known variant are told apart from an identical one")
    func relations() throws {
        let library = try DocentLibrary.bundled()
        let french = LabelCatalog(catalogs: library.catalogs, language: .fr)
        #expect(french.relate("Enregistrer").relation == .same)
        #expect(french.relate("Terminer l'achat").entry?.id == "ui.complete-purchase")
        #expect(french.relate("Créer utilisateur").relation == .variant)
        #expect(french.relate("Créer utilisateur").entry?.id == "ui.create-user")
        #expect(french.relate("Gérer les utilisateurs payant").relation == .renamed)
        #expect(french.relate("Xylophone").relation == .unknown)
        let dutch = LabelCatalog(catalogs: library.catalogs, language: .nl)
        #expect(dutch.relate("2 zitplaatsen verwijderen").entry?.id == "ui.remove-n-seats")
        #expect(dutch.relate("2 zitplaatsen verwijderen").relation == .same)
    }

    @Test("every bundled procedure records its source articles with valid dates and languages")
    func sources() throws {
        let library = try DocentLibrary.bundled()
        for definition in library.definitions {
            #expect(!definition.sources.isEmpty, "\(definition.id)")
            for source in definition.sources {
                #expect(Language(rawValue: source.language) != nil)
                #expect(source.updated.map { ArticleDate(iso: $0) != nil } ?? true)
            }
        }
        let addSeats = try library.definition("add-seats")
        #expect(addSeats.sources == [SourceArticle(language: "nl", article: "hubspot-kb:manage-seats", updated: "2024-11-01")])
    }
}
