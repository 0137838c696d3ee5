import Foundation

/// Generates help-center articles shaped like HubSpot knowledge-base pages (title, last-updated date,
/// tiers, sections of nested numbered steps with notes, UI labels and screenshots) in five languages.
struct ArticleCorpusGenerator: Sendable {
    /// The phrases of one language (written for the benchmark, not taken from any article).
    struct Phrases: Sendable {
        var code: String
        var updated: String
        var months: [String]
        var available: String
        var titles: [String]
        var headings: [String]
        var steps: [String]
        var labels: [String]
        var notes: [String]
        var noteWord: String
        var paragraphs: [String]
    }

    /// The seed.
    var seed: UInt64 = SeededGenerator.defaultSeed

    /// Articles totalling at least `bytes` bytes, each a few tens of kilobytes.
    func generate(totalBytes bytes: Int) -> [Data] {
        var random = SeededGenerator(seed: seed)
        var pages: [Data] = []
        var total = 0
        while total < bytes {
            let page = Data(article(index: pages.count, random: &random).utf8)
            total += page.count
            pages.append(page)
        }
        return pages
    }

    /// One article.
    func article(index: Int, random: inout SeededGenerator) -> String {
        let phrases = Self.languages[index % Self.languages.count]
        let title = random.pick(phrases.titles)
        let day = Int.random(in: 1...28, using: &random)
        let month = random.pick(phrases.months)
        let year = Int.random(in: 2021...2026, using: &random)
        var html = """
            <!DOCTYPE html>
            <html lang="\(phrases.code)">
            <head>
            <meta charset="utf-8">
            <title>\(title) | HubSpot</title>
            <link rel="canonical" href="https://knowledge.hubspot.com/\(phrases.code)/account/generated-\(index)">
            </head>
            <body>
            <nav class="kb-breadcrumbs"><a href="/">HubSpot</a> › <a href="/account">Account</a></nav>
            <main>
            <h1>\(title)</h1>
            <p class="kb-meta">\(phrases.updated) \(day) \(month) \(year)</p>
            <div class="kb-availability">
              <p>\(phrases.available)</p>
              <ul>
                <li>Sales Hub Starter, Professional, Enterprise</li>
                <li>Service Hub Starter, Professional, Enterprise</li>
              </ul>
            </div>

            """
        html += "<p>\(random.pick(phrases.paragraphs))</p>\n"
        let sections = Int.random(in: 10...24, using: &random)
        for _ in 0..<sections {
            html += "<h2>\(random.pick(phrases.headings))</h2>\n"
            if Int.random(in: 0..<3, using: &random) == 0 {
                html += "<div class=\"note\"><p><strong>\(phrases.noteWord)</strong> \(random.pick(phrases.notes))</p></div>\n"
            }
            html += "<ol>\n"
            for _ in 0..<Int.random(in: 4...12, using: &random) {
                html += "  <li>\(step(phrases, random: &random))"
                if Int.random(in: 0..<4, using: &random) == 0 {
                    html += "\n    <ul>\n"
                    for _ in 0..<Int.random(in: 2...4, using: &random) {
                        html += "      <li>\(step(phrases, random: &random))</li>\n"
                    }
                    html += "    </ul>\n  "
                }
                if Int.random(in: 0..<6, using: &random) == 0 {
                    let image = Int.random(in: 1...9_999, using: &random)
                    html += "\n    <img src=\"https://cdn.example.com/hubfs/kb/screen-\(image).png?width=600\" alt=\"\(random.pick(phrases.labels))\">\n  "
                }
                html += "</li>\n"
            }
            html += "</ol>\n<p>\(random.pick(phrases.paragraphs))</p>\n"
        }
        html += "</main>\n<footer><ul><li><a href=\"/privacy\">Privacy</a></li></ul></footer>\n</body>\n</html>\n"
        return html
    }

    /// One step sentence with a bold UI label.
    func step(_ phrases: Phrases, random: inout SeededGenerator) -> String {
        random.pick(phrases.steps).replacingOccurrences(of: "%l", with: "<strong>\(random.pick(phrases.labels))</strong>")
    }

    /// The five languages' phrases.
    static let languages: [Phrases] = [
        Phrases(
            code: "en", updated: "Last updated:", months: ["January", "March", "June", "October"], available: "Available with:",
            titles: ["Give a user a paid seat", "Take back unused seats", "Change who manages billing"],
            headings: ["Before you start", "Hand out a seat", "Free up a seat", "Check the result"],
            steps: ["In the top bar, click %l.", "In the left menu, open %l.", "Select the user, then click %l.",
                    "Check the summary and click %l to finish.", "If the panel stays closed, click %l again."],
            labels: ["Settings", "Users &amp; Teams", "Manage paid users", "Save", "Checkout", "Account &amp; Billing"],
            notes: ["a removed seat stays billed until the renewal date.", "only a Super Admin sees this menu."],
            noteWord: "Note:",
            paragraphs: ["Paid seats open the paid features to one person each.", "Changes apply from the next renewal."]),
        Phrases(
            code: "fr", updated: "Dernière mise à jour :", months: ["janvier", "mars", "juin", "octobre"], available: "Disponible avec :",
            titles: ["Attribuer une licence payante", "Récupérer les licences inutilisées", "Changer qui gère la facturation"],
            headings: ["Avant de commencer", "Attribuer une licence", "Libérer une licence", "Vérifier le résultat"],
            steps: ["Dans la barre du haut, cliquez sur %l.", "Dans le menu de gauche, ouvrez %l.",
                    "Sélectionnez l’utilisateur, puis cliquez sur %l.", "Relisez le résumé et cliquez sur %l pour terminer.",
                    "Si le panneau reste fermé, cliquez de nouveau sur %l."],
            labels: ["Paramètres", "Utilisateurs et équipes", "Gérer les utilisateurs payants", "Enregistrer", "Paiement"],
            notes: ["une licence retirée reste facturée jusqu’au renouvellement.", "seul un super administrateur voit ce menu."],
            noteWord: "Remarque :",
            paragraphs: ["Chaque licence payante ouvre les fonctions payantes à une personne.", "Les changements valent au prochain renouvellement."]),
        Phrases(
            code: "de", updated: "Zuletzt aktualisiert:", months: ["Januar", "März", "Juni", "Oktober"], available: "Verfügbar mit:",
            titles: ["Einem Benutzer einen bezahlten Sitz geben", "Ungenutzte Sitze zurücknehmen", "Ändern, wer die Abrechnung verwaltet"],
            headings: ["Bevor Sie beginnen", "Einen Sitz vergeben", "Einen Sitz freigeben", "Das Ergebnis prüfen"],
            steps: ["Klicken Sie in der oberen Leiste auf %l.", "Öffnen Sie im linken Menü %l.",
                    "Wählen Sie den Benutzer aus und klicken Sie auf %l.", "Prüfen Sie die Übersicht und klicken Sie auf %l.",
                    "Bleibt das Fenster geschlossen, klicken Sie erneut auf %l."],
            labels: ["Einstellungen", "Benutzer und Teams", "Bezahlte Benutzer verwalten", "Speichern", "Zur Kasse"],
            notes: ["ein entfernter Sitz wird bis zur Verlängerung berechnet.", "nur ein Super-Admin sieht dieses Menü."],
            noteWord: "Hinweis:",
            paragraphs: ["Jeder bezahlte Sitz öffnet die bezahlten Funktionen für eine Person.", "Änderungen gelten ab der nächsten Verlängerung."]),
        Phrases(
            code: "sv", updated: "Senast uppdaterad:", months: ["januari", "mars", "juni", "oktober"], available: "Tillgänglig med:",
            titles: ["Ge en användare en betald licens", "Ta tillbaka oanvända licenser", "Ändra vem som sköter faktureringen"],
            headings: ["Innan du börjar", "Dela ut en licens", "Frigör en licens", "Kontrollera resultatet"],
            steps: ["Klicka på %l i det övre fältet.", "Öppna %l i vänstermenyn.", "Välj användaren och klicka sedan på %l.",
                    "Granska sammanfattningen och klicka på %l.", "Om panelen förblir stängd klickar du på %l igen."],
            labels: ["Inställningar", "Användare och team", "Hantera betalda användare", "Spara", "Till kassan"],
            notes: ["en borttagen licens faktureras till förnyelsedatumet.", "bara en superadministratör ser den här menyn."],
            noteWord: "Obs!",
            paragraphs: ["Varje betald licens öppnar de betalda funktionerna för en person.", "Ändringar gäller från nästa förnyelse."]),
        Phrases(
            code: "nl", updated: "Laatst bijgewerkt:", months: ["januari", "maart", "juni", "oktober"], available: "Beschikbaar met:",
            titles: ["Een gebruiker een betaalde licentie geven", "Ongebruikte licenties terugnemen", "Wijzigen wie de facturering beheert"],
            headings: ["Voordat je begint", "Een licentie uitdelen", "Een licentie vrijmaken", "Het resultaat controleren"],
            steps: ["Klik in de bovenste balk op %l.", "Open %l in het linkermenu.", "Selecteer de gebruiker en klik op %l.",
                    "Controleer het overzicht en klik op %l.", "Blijft het paneel dicht, klik dan nogmaals op %l."],
            labels: ["Instellingen", "Gebruikers en teams", "Betaalde gebruikers beheren", "Opslaan", "Afrekenen"],
            notes: ["een verwijderde licentie wordt gefactureerd tot de verlengingsdatum.", "alleen een superbeheerder ziet dit menu."],
            noteWord: "Opmerking:",
            paragraphs: ["Elke betaalde licentie opent de betaalde functies voor één persoon.", "Wijzigingen gelden vanaf de volgende verlenging."]),
    ]
}
