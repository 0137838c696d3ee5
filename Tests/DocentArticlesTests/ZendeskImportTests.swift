import DocentArticles
import Foundation
import DocentLocalization
import Testing

/// The Zendesk Help Center fixtures (one per language) and the Help Center API JSON.
@Suite("Zendesk Help Center articles")
struct ZendeskImportTests {
    /// What each language's page must yield: file, date, location path, the label of "Manage".
    static let expected: [Language: (file: String, updated: String, location: [String], manage: String)] = [
        .en: ("zendesk-en.html", "2023-03-14", ["Admin Center", "Account", "Billing", "Subscription"], "Manage"),
        .fr: ("zendesk-fr.html", "2022-11-03", ["Centre d’administration", "Compte", "Facturation", "Abonnement"], "Gérer"),
        .de: ("zendesk-de.html", "2023-06-02", ["Admin Center", "Konto", "Abrechnung", "Abonnement"], "Verwalten"),
        .sv: ("zendesk-sv.html", "2024-01-09", ["Administrationscenter", "Konto", "Fakturering", "Prenumeration"], "Hantera"),
        .nl: ("zendesk-nl.html", "2024-05-21", ["Beheercentrum", "Account", "Facturering", "Abonnement"], "Beheren"),
    ]

    @Test("shape told from the content, date from <time datetime>, location path, steps", arguments: Language.allCases)
    func page(language: Language) throws {
        let expected = try #require(Self.expected[language])
        let article = try Fixtures.article(expected.file)
        #expect(article.shape == .zendesk)
        #expect(article.language == language)
        #expect(article.updated?.iso == expected.updated)
        #expect(article.location == expected.location)
        #expect(article.sections.count >= 3)
        let manage = article.flattenedSteps.map(\.step).filter { $0.labels.first == expected.manage }
        #expect(!manage.isEmpty)
        #expect(article.allNotes.count == 1)
        #expect(article.disclaimer == nil)
    }

    @Test("German page without any Zendesk theme class is still a Zendesk page")
    func noThemeClasses() throws {
        let article = try Fixtures.article("zendesk-de.html")
        #expect(article.shape == .zendesk)
        #expect(article.title == "Editionsabonnements im Admin Center anzeigen und verwalten")
        #expect(!article.sections.flatMap(\.paragraphs).contains { $0.contains("Bearbeitet am") })
    }

    @Test("English page: sidebar link lists and comments are not steps; the article id comes from the address")
    func englishChrome() throws {
        let article = try Fixtures.article("zendesk-en.html")
        #expect(article.id == "4408822236698")
        #expect(!article.flattenedSteps.contains { $0.step.text.contains("Buying agent seats") })
        #expect(!article.sections.contains { $0.heading == "2 comments" })
        #expect(article.section("Viewing edition subscriptions")?.steps[1].images.first?.slug == "subscription_summary")
        #expect(article.markupErrors == 0)
    }

    @Test("Dutch page: the language comes from the address (/hc/nl-nl/)")
    func languageFromAddress() throws {
        let article = try Fixtures.article("zendesk-nl.html")
        #expect(article.language == .nl)
        #expect(article.languageSource == .url)
    }

    @Test("API JSON, wrapped in {\"article\": …}: id, locale, source locale, outdated, body as HTML")
    func apiWrapped() throws {
        let article = try Fixtures.article("zendesk-api-nl.json")
        #expect(article.shape == .zendeskAPI)
        #expect(article.id == "4408822236698")
        #expect(article.language == .nl)
        #expect(article.languageSource == .locale)
        #expect(article.sourceLocale == "en-us")
        #expect(article.outdated == true)
        #expect(article.updated?.iso == "2024-05-21")
        #expect(article.location == ["Beheercentrum", "Account", "Facturering", "Abonnement"])
        #expect(article.allNotes.map(\.text) == ["alleen de eigenaar kan het account annuleren."])
        #expect(article.section("Je abonnement wijzigen")?.steps.count == 3)
    }

    @Test("API JSON, bare, with a string id and nested steps")
    func apiBare() throws {
        let article = try Fixtures.article("zendesk-api-en.json")
        #expect(article.id == "9000000000001")
        #expect(article.language == .en)
        #expect(article.outdated == false)
        let cancel = try #require(article.section("Cancelling your account")?.steps[1])
        #expect(cancel.labels == ["Cancel account"])
        #expect(cancel.substeps.map(\.text) == ["Confirm; the account closes at once."])
    }

    @Test("JSON that is not an article names the missing field")
    func badJSON() throws {
        let data = Data(#"{"id": 1, "body": "<p>x</p>"}"#.utf8)
        #expect(throws: ArticleError(file: "a.json", kind: .badJSON("the field 'title' is missing"))) {
            try ArticleImporter().importData(data, file: "a.json")
        }
        #expect(throws: ArticleError(file: "b.json", kind: .badJSON("not valid JSON"))) {
            try ArticleImporter().importData(Data("{\"title\": ".utf8), file: "b.json")
        }
    }
}
