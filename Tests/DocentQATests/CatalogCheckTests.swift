import DocentLocalization
import Testing
@testable import DocentQA

/// Each catalog check fires on a defective unit and stays silent on a correct one, in at least two languages.
@Suite("docent qa: catalog checks")
struct CatalogCheckTests {
    /// A check, a language, a source message, a defective translation and a correct one.
    struct Case: Sendable, CustomTestStringConvertible {
        var check: QACheck
        var language: Language
        var source: String
        var bad: String
        var good: String
        var recordedBad: String?

        var testDescription: String { "\(check.rawValue) [\(language.rawValue)]" }
    }

    static let nnbsp = "\u{202F}"
    static let nbsp = "\u{00A0}"

    static let cases: [Case] = [
        Case(check: .untranslated, language: .fr, source: "Remove the seats", bad: "Remove the seats", good: "Supprimer les licences"),
        Case(check: .untranslated, language: .de, source: "Remove the seats", bad: "remove the seats ", good: "Lizenzen entfernen"),
        Case(check: .placeholders, language: .fr, source: "Hello {user}.", bad: "Bonjour {name}.", good: "Bonjour {user}."),
        Case(check: .placeholders, language: .sv, source: "Renewal on {date, date}.", bad: "Förnyas {date}.", good: "Förnyas {date, date}."),
        Case(check: .pluralVariant, language: .fr,
             source: "{count, plural, one {# seat for {user}} other {# seats for {user}}}",
             bad: "{count, plural, one {# licence pour {user}} many {# de licences pour {user}} other {# licences}}",
             good: "{count, plural, one {# licence pour {user}} many {# de licences pour {user}} other {# licences pour {user}}}"),
        Case(check: .pluralVariant, language: .de,
             source: "{count, plural, one {# seat for {user}} other {# seats for {user}}}",
             bad: "{count, plural, one {# Lizenz} other {# Lizenzen für {user}}}",
             good: "{count, plural, one {# Lizenz für {user}} other {# Lizenzen für {user}}}"),
        Case(check: .pluralMissing, language: .fr, source: "{count, plural, one {# seat} other {# seats}}",
             bad: "{count, plural, one {# licence} other {# licences}}",
             good: "{count, plural, one {# licence} many {# de licences} other {# licences}}"),
        Case(check: .pluralMissing, language: .sv, source: "{count, plural, one {# seat} other {# seats}}",
             bad: "{count, plural, other {# platser}}", good: "{count, plural, one {# plats} other {# platser}}"),
        Case(check: .pluralExtra, language: .de, source: "{count, plural, one {# seat} other {# seats}}",
             bad: "{count, plural, one {# Lizenz} few {# Lizenzen} other {# Lizenzen}}", good: "{count, plural, one {# Lizenz} other {# Lizenzen}}"),
        Case(check: .pluralExtra, language: .nl, source: "{count, plural, one {# seat} other {# seats}}",
             bad: "{count, plural, one {# seat} many {# seats} other {# seats}}", good: "{count, plural, one {# seat} other {# seats}}"),
        Case(check: .productName, language: .fr, source: "Open the Sales Hub settings.",
             bad: "Ouvrez les paramètres des ventes.", good: "Ouvrez les paramètres de Sales Hub."),
        Case(check: .productName, language: .sv, source: "Open the Sales Hub settings.",
             bad: "Öppna inställningarna för försäljning.", good: "Öppna inställningarna för Sales Hub."),
        Case(check: .forbiddenTerm, language: .sv, source: "Open Sales Hub.", bad: "Öppna Försäljningshubben.", good: "Öppna Sales Hub."),
        Case(check: .forbiddenTerm, language: .nl, source: "Open Sales Hub.", bad: "Open de Verkoophub.", good: "Open Sales Hub."),
        Case(check: .labelVariant, language: .fr, source: "Click {ui.create-user}, then wait.",
             bad: "Cliquez sur {ui.create-user} (Créer utilisateur), puis patientez.", good: "Cliquez sur {ui.create-user}, puis patientez."),
        Case(check: .labelVariant, language: .de, source: "Click {ui.create-user}, then wait.",
             bad: "Klicken Sie auf {ui.create-user} (Benutzer anlegen) und warten Sie.", good: "Klicken Sie auf {ui.create-user} und warten Sie."),
        Case(check: .labelLiteral, language: .fr, source: "Click {ui.save}.", bad: "Cliquez sur Enregistrer.", good: "Cliquez sur {ui.save}."),
        Case(check: .labelLiteral, language: .de, source: "Click {ui.save}.", bad: "Klicken Sie auf Speichern.", good: "Klicken Sie auf {ui.save}."),
        Case(check: .labelQuoted, language: .fr, source: "Click {ui.save}.", bad: "Cliquez sur «\(nbsp){ui.save}\(nbsp)».", good: "Cliquez sur {ui.save}."),
        Case(check: .labelQuoted, language: .de, source: "Click {ui.save}.", bad: "Klicken Sie auf „{ui.save}“.", good: "Klicken Sie auf {ui.save}."),
        Case(check: .spaces, language: .fr, source: "Hello {user}.", bad: "Bonjour  {user}.", good: "Bonjour {user}."),
        Case(check: .spaces, language: .de, source: "Hello {user}.", bad: "Hallo {user}. ", good: "Hallo {user}."),
        Case(check: .endPunctuation, language: .fr, source: "Remove the seats?", bad: "Supprimer les licences.", good: "Supprimer les licences\(nnbsp)?"),
        Case(check: .endPunctuation, language: .de, source: "Remove the seats?", bad: "Lizenzen entfernen.", good: "Lizenzen entfernen?"),
        Case(check: .brackets, language: .fr, source: "Remove seats (unassigned only).",
             bad: "Supprimer des licences (non attribuées.", good: "Supprimer des licences (non attribuées uniquement)."),
        Case(check: .brackets, language: .de, source: "Remove seats (unassigned only).",
             bad: "Lizenzen entfernen (nur nicht zugewiesene)).", good: "Lizenzen entfernen (nur nicht zugewiesene)."),
        Case(check: .quotes, language: .fr, source: "Type “yes” to confirm.",
             bad: "Tapez \"oui\" pour confirmer.", good: "Tapez «\(nbsp)oui\(nbsp)» pour confirmer."),
        Case(check: .quotes, language: .de, source: "Type “yes” to confirm.",
             bad: "Geben Sie “ja” zur Bestätigung ein.", good: "Geben Sie „ja“ zur Bestätigung ein."),
        Case(check: .frenchSpacing, language: .fr, source: "Warning: {detail}", bad: "Attention : {detail}", good: "Attention\(nbsp): {detail}"),
        Case(check: .frenchSpacing, language: .fr, source: "Remove them?", bad: "Les supprimer?", good: "Les supprimer\(nnbsp)?"),
        Case(check: .numbers, language: .fr, source: "Seats bought in 2024 stay until 2025.",
             bad: "Les licences achetées en 2024 restent.", good: "Les licences achetées en 2024 restent jusqu’en 2025."),
        Case(check: .numbers, language: .sv, source: "Seats bought in 2024 stay until 2025.",
             bad: "Platser köpta 2024 finns kvar.", good: "Platser köpta 2024 finns kvar till 2025."),
        Case(check: .urls, language: .fr, source: "See https://example.com/help for details.",
             bad: "Voir https://example.com/aide pour les détails.", good: "Voir https://example.com/help pour les détails."),
        Case(check: .urls, language: .nl, source: "See https://example.com/help for details.",
             bad: "Zie example.com voor details.", good: "Zie https://example.com/help voor details."),
        Case(check: .repeatedWord, language: .fr, source: "Click the button.", bad: "Cliquez sur sur le bouton.", good: "Cliquez sur le bouton."),
        Case(check: .repeatedWord, language: .nl, source: "Click the button.", bad: "Klik op de de knop.", good: "Klik op de knop."),
        Case(check: .gluedWords, language: .fr, source: "Open the HubSpot Sales tab.",
             bad: "Ouvrez l’ongletVentes de HubSpot.", good: "Ouvrez l’onglet Ventes de HubSpot."),
        Case(check: .gluedWords, language: .sv, source: "Open the HubSpot Sales tab.",
             bad: "Öppna flikenFörsäljning i HubSpot.", good: "Öppna fliken Försäljning i HubSpot."),
        Case(check: .length, language: .fr, source: "Remove the unassigned seats from the account.",
             bad: "Supprimer.", good: "Supprimer les licences non attribuées du compte."),
        Case(check: .length, language: .de, source: "Remove the unassigned seats from the account.",
             bad: "Entfernen Sie jetzt bitte alle nicht zugewiesenen Lizenzen aus dem Account, und zwar sofort und vollständig, ohne Ausnahme.",
             good: "Entfernen Sie die nicht zugewiesenen Lizenzen aus dem Account."),
        Case(check: .labelSuffix, language: .fr, source: "Buy {ui.seats.core}.", bad: "Achetez des {ui.seat.core}s.", good: "Achetez des {ui.seats.core}."),
        Case(check: .labelSuffix, language: .sv, source: "Buy {ui.seats.core}.", bad: "Köp {ui.seat.core}er.", good: "Köp {ui.seats.core}."),
        Case(check: .manyWithoutDe, language: .fr, source: "{count, plural, one {# seat} other {# seats}}",
             bad: "{count, plural, one {# licence} many {# licences} other {# licences}}",
             good: "{count, plural, one {# licence} many {# de licences} other {# licences}}"),
        Case(check: .currencySpace, language: .fr, source: "Each seat costs 90 EUR a month.",
             bad: "Chaque licence coûte 90 € par mois.", good: "Chaque licence coûte 90\(nbsp)€ par mois."),
        Case(check: .currencySpace, language: .nl, source: "Each seat costs 90 EUR a month.",
             bad: "Elke seat kost € 90 per maand.", good: "Elke seat kost €\(nbsp)90 per maand."),
        Case(check: .bareNumber, language: .fr, source: "You bought {count, number} seats.",
             bad: "Vous avez acheté {count} licences.", good: "Vous avez acheté {count, number} licences."),
        Case(check: .bareNumber, language: .de, source: "You bought {count, number} seats.",
             bad: "Sie haben {count} Lizenzen gekauft.", good: "Sie haben {count, number} Lizenzen gekauft."),
        Case(check: .stale, language: .fr, source: "Save the user.", bad: "Enregistrez l’utilisateur.", good: "Enregistrez l’utilisateur.",
             recordedBad: "Save user."),
        Case(check: .stale, language: .nl, source: "Save the user.", bad: "Sla de gebruiker op.", good: "Sla de gebruiker op.",
             recordedBad: "Save user."),
    ]

    @Test(arguments: cases)
    func firesOnDefectAndStaysSilentOnCorrect(_ testCase: Case) throws {
        let bad = try QAFixture.findings(testCase.language, source: testCase.source, target: testCase.bad, recordedSource: testCase.recordedBad)
        #expect(bad.contains { $0.check == testCase.check }, "expected \(testCase.check.rawValue) on '\(testCase.bad)': \(bad.map(\.message))")
        let good = try QAFixture.findings(testCase.language, source: testCase.source, target: testCase.good)
        #expect(!good.contains { $0.check == testCase.check }, "unexpected \(testCase.check.rawValue) on '\(testCase.good)': \(good.map(\.message))")
    }

    @Test("every catalog check has a case in at least two languages, or its own test")
    func coverage() {
        let ownTests: Set<QACheck> = [.missing, .obsolete, .duplicateID, .emptyTarget, .malformedUnit, .icuSyntax, .metadata,
                                      .frenchSpacing, .manyWithoutDe, .labelArguments]
        for check in QAReport.catalogChecks where !ownTests.contains(check) {
            let languages = Set(Self.cases.filter { $0.check == check }.map(\.language))
            #expect(languages.count >= 2, "\(check.rawValue) is tested in \(languages.count) language(s)")
        }
    }

    @Test("French spacing is French: German and Dutch colons need no space", arguments: [Language.de, .nl])
    func frenchSpacingOnlyInFrench(_ language: Language) throws {
        let findings = try QAFixture.findings(language, source: "Warning: {detail}", target: "Achtung: {detail}")
        #expect(!findings.contains { $0.check == .frenchSpacing })
    }

    @Test("the many-without-de note exempts a French plural whose # is not followed by a noun")
    func manyWithoutDeExemption() throws {
        let target = "{count, plural, one {# licence} many {# licences} other {# licences}}"
        let exempt = try QAFixture.findings(.fr, source: "{count, plural, one {# seat} other {# seats}}", target: target,
                                            notes: [("translator", "Test."), ("qa", "many-without-de")])
        #expect(!exempt.contains { $0.check == .manyWithoutDe })
        let german = try QAFixture.findings(.de, source: "{count, plural, one {# seat} other {# seats}}",
                                            target: "{count, plural, one {# Lizenz} other {# Lizenzen}}")
        #expect(!german.contains { $0.check == .manyWithoutDe })
    }

    @Test("a label whose arguments the message does not supply", arguments: [Language.fr, .de])
    func labelArguments(_ language: Language) throws {
        let bad = try QAFixture.findings(language, source: "Click {ui.remove-seats}.", target: language == .fr ? "Cliquez sur {ui.remove-seats}." : "Klicken Sie auf {ui.remove-seats}.")
        #expect(bad.contains { $0.check == .labelArguments && $0.message.contains("{count}") })
        let goodSource = "Remove {count, number} seats: click {ui.remove-seats}."
        let goodTarget = language == .fr ? "Pour supprimer {count, number} licences, cliquez sur {ui.remove-seats}."
            : "Um {count, number} Lizenzen zu entfernen, klicken Sie auf {ui.remove-seats}."
        let good = try QAFixture.findings(language, source: goodSource, target: goodTarget)
        #expect(!good.contains { $0.check == .labelArguments })
    }

    @Test("an untranslated target is reported once: not again for its typography")
    func rootCauseUntranslated() throws {
        let findings = try QAFixture.findings(.sv, source: "Open the  settings", target: "Open the  settings")
        #expect(findings.map(\.check) == [.untranslated])
    }

    @Test("a label written out is reported as such, not also as a missing placeholder")
    func rootCauseLabelLiteral() throws {
        let findings = try QAFixture.findings(.fr, source: "Click {ui.save}.", target: "Cliquez sur Enregistrer.")
        #expect(findings.map(\.check) == [.labelLiteral])
    }

    @Test("a forbidden term replacing a product name is reported once, as the forbidden term")
    func rootCauseForbiddenTerm() throws {
        let findings = try QAFixture.findings(.sv, source: "Open Sales Hub.", target: "Öppna Försäljningshubben.")
        #expect(findings.map(\.check) == [.forbiddenTerm])
    }

    @Test("a placeholder missing everywhere is not reported again for each plural variant")
    func rootCausePlaceholder() throws {
        let findings = try QAFixture.findings(.de, source: "{count, plural, one {# seat for {user}} other {# seats for {user}}}",
                                              target: "{count, plural, one {# Lizenz} other {# Lizenzen}}")
        #expect(findings.map(\.check) == [.placeholders])
    }

    @Test("product names written in camel case and the language's genitive are not defects", arguments: [Language.sv, .de])
    func brandNames(_ language: Language) throws {
        let target = language == .sv ? "HubSpots kostnadsfria verktyg." : "Die kostenlosen Tools von HubSpot."
        let findings = try QAFixture.findings(language, source: "HubSpot's free tools.", target: target)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("glued words and plurals without letters glued are also checked in the English source")
    func sourceChecks() throws {
        #expect(try QAFixture.sourceFindings("Open the settingsPage.").contains { $0.check == .gluedWords })
        #expect(try QAFixture.sourceFindings("Buy {ui.seat.core}s.").contains { $0.check == .labelSuffix })
        #expect(try QAFixture.sourceFindings("Buy {ui.seats.core}.").isEmpty)
    }
}
