import DocentArticles
import DocentLocalization
import Testing

/// The HubSpot knowledge-base fixtures, one per language, read into the right structure.
@Suite("HubSpot knowledge-base articles")
struct HubSpotImportTests {
    /// What each language's fixture must yield.
    struct Expected: Sendable {
        var file: String
        var title: String
        var updated: String
        var disclaimer: Bool
        var subscriptions: [String]
        var section: String
        var firstLabel: String
        var nesting: Int
    }

    static let expected: [Language: Expected] = [
        .en: Expected(
            file: "hubspot-en.html", title: "Manage Sales Hub and Service Hub paid seats", updated: "2022-08-26", disclaimer: false,
            subscriptions: ["Sales Hub Starter, Professional, Enterprise", "Service Hub Starter, Professional, Enterprise"],
            section: "Assign or remove paid seats", firstLabel: "Settings", nesting: 2),
        .fr: Expected(
            file: "hubspot-fr.html", title: "Gérer les licences payantes Sales Hub et Service Hub", updated: "2022-08-26", disclaimer: true,
            subscriptions: ["Sales Hub Starter, Pro, Entreprise", "Service Hub Starter, Pro, Entreprise"],
            section: "Attribuer, ajouter ou retirer des licences", firstLabel: "Paramètres", nesting: 1),
        .de: Expected(
            file: "hubspot-de.html", title: "Bezahlte Sales Hub- und Service Hub-Lizenzen verwalten", updated: "2023-05-23", disclaimer: true,
            subscriptions: ["Sales Hub Starter, Professional, Enterprise", "Service Hub Starter, Professional, Enterprise"],
            section: "Lizenzen zuweisen oder entziehen", firstLabel: "Einstellungen", nesting: 2),
        .sv: Expected(
            file: "hubspot-sv.html", title: "Hantera betalda platser för Sales Hub och Service Hub", updated: "2022-08-26", disclaimer: true,
            subscriptions: ["Sales Hub Starter, Professional, Enterprise", "Service Hub Starter, Professional, Enterprise"],
            section: "Tilldela eller ta bort betalda platser", firstLabel: "Inställningar", nesting: 2),
        .nl: Expected(
            file: "hubspot-nl.html", title: "Seats beheren", updated: "2024-11-01", disclaimer: true,
            subscriptions: ["Sales Hub Starter, Professional, Enterprise", "Service Hub Starter, Professional, Enterprise"],
            section: "Niet-toegewezen seats verwijderen", firstLabel: "Instellingen", nesting: 1),
    ]

    @Test("metadata: shape, language, title, date, tiers, disclaimer", arguments: Language.allCases)
    func metadata(language: Language) throws {
        let expected = try #require(Self.expected[language])
        let article = try Fixtures.article(expected.file)
        #expect(article.shape == .hubspot)
        #expect(article.language == language)
        #expect(article.title == expected.title)
        #expect(article.updated?.iso == expected.updated)
        #expect(article.subscriptions == expected.subscriptions)
        #expect((article.disclaimer != nil) == expected.disclaimer)
    }

    @Test("steps: a section's list as a tree, labels per step", arguments: Language.allCases)
    func steps(language: Language) throws {
        let expected = try #require(Self.expected[language])
        let article = try Fixtures.article(expected.file)
        let section = try #require(article.section(expected.section))
        let first = try #require(section.steps.first)
        #expect(first.ordered)
        #expect(first.labels == [expected.firstLabel])
        #expect(article.deepestNesting >= expected.nesting)
        #expect(!article.labels.isEmpty)
    }

    @Test("the disclaimer is never taken for a note, and notes lose their label", arguments: Language.allCases)
    func notes(language: Language) throws {
        let expected = try #require(Self.expected[language])
        let article = try Fixtures.article(expected.file)
        #expect(!article.allNotes.isEmpty)
        let labels = ["note", "remarque", "bitte beachten", "observera", "obs", "let op", "hinweis"]
        for note in article.allNotes {
            #expect(!labels.contains { note.text.lowercased().hasPrefix($0) }, "\(note.text)")
            #expect(!note.text.lowercased().contains("automati"), "a disclaimer read as a note: \(note.text)")
        }
    }

    @Test("three levels of nested lists; a step's text leaves out its nested lists")
    func nesting() throws {
        let article = try Fixtures.article("hubspot-en.html")
        let section = try #require(article.section("Create a Sales Hub or Service Hub user"))
        let seat = section.steps[4]
        #expect(seat.text == "To hand out a Sales Hub seat:")
        #expect(seat.substeps.count == 2)
        #expect(seat.substeps.allSatisfy { !$0.ordered })
        let tiers = seat.substeps[1]
        #expect(tiers.text == "Switch on Sales Access, then choose the tier:")
        #expect(tiers.labels == ["Sales Access"])
        #expect(tiers.substeps.map(\.labels) == [["Sales Starter"], ["Sales Professional"], ["Sales Enterprise"]])
        #expect(seat.nestingDepth == 2)
    }

    @Test("a note inside a step stays with the step; images keep alt text and slug")
    func stepNotesAndImages() throws {
        let article = try Fixtures.article("hubspot-en.html")
        let section = try #require(article.section("Assign or remove paid seats"))
        let tick = section.steps[3]
        #expect(tick.text.hasPrefix("Tick or clear the box beside each user."))
        #expect(tick.notes.count == 1)
        #expect(tick.notes.first?.text.hasPrefix("a deactivated user keeps the seat") == true)
        #expect(tick.images == [ArticleImage(alt: "The Manage paid users panel with one box ticked", slug: "manage-paid-users-panel")])
        let checkout = section.steps[5]
        #expect(checkout.substeps.first?.labels == ["Buy users", "Complete purchase"])
    }

    @Test("Swedish: a note label inside a step after a line break (Obs!), three levels deep")
    func swedishNotes() throws {
        let article = try Fixtures.article("hubspot-sv.html")
        let assign = try #require(article.section("Tilldela eller ta bort betalda platser"))
        #expect(assign.steps[3].notes.first?.text.hasPrefix("En inaktiverad användare") == true)
        #expect(assign.steps[3].text == "Markera eller avmarkera rutan bredvid användaren.")
        let create = try #require(article.section("Lägg till en ny användare med Sales Hub eller Service Hub"))
        let third = try #require(create.steps[4].substeps[1].substeps.first)
        #expect(third.notes.first?.text.hasPrefix("om alla platser") == true)
        #expect(article.disclaimer?.contains("översatts automatiskt") == true)
        #expect(!article.labels.contains("Obs"))
    }

    @Test("Dutch: “Let op:” alone introduces the list after it; the disclaimer starting with “Let op:” is told apart")
    func dutchNotes() throws {
        let article = try Fixtures.article("hubspot-nl.html")
        #expect(article.disclaimer?.hasPrefix("dit artikel is automatisch vertaald") == true)
        let intro = try #require(article.sections.first)
        #expect(intro.heading == nil)
        #expect(intro.notes.first?.text.hasPrefix("Het seatmodel geldt") == true)
        let remove = try #require(article.section("Niet-toegewezen seats verwijderen"))
        #expect(remove.steps[3].substeps[1].notes.first?.text == "de seats blijven tot de verlengingsdatum gefactureerd.")
    }

    @Test("French: unclosed <li>, a stray </li> and U+00A0 before colons")
    func frenchMarkup() throws {
        let article = try Fixtures.article("hubspot-fr.html")
        let section = try #require(article.section("Attribuer, ajouter ou retirer des licences"))
        #expect(section.steps.count == 6)
        #expect(section.steps[3].notes.first?.text.hasPrefix("pour un utilisateur désactivé") == true)
        #expect(section.steps[5].substeps.first?.labels == ["Acheter des utilisateurs", "Terminer l'achat"])
        #expect(article.section("Supprimer des utilisateurs payants supplémentaires")?.notes.first?.text.hasPrefix("avec un abonnement") == true)
        #expect(article.disclaimer?.contains("traduction automatique") == true)
        #expect(article.markupErrors > 0)
    }
}
