import DocentKit
import DocentLocalization
import Foundation
@testable import DocentQA

/// Small in-memory catalogs for the checks, built as XLIFF 2.0 and read with libxml2 like real ones.
enum QAFixture {
    /// The bundled `Resources/qa` folder.
    static func qaFolder() throws -> URL {
        try DocentLibrary.bundledFolders().resources.appendingPathComponent("qa")
    }

    /// The bundled rules (`Resources/qa/rules.json`).
    static func rules() throws -> QARules {
        let url = try qaFolder().appendingPathComponent("rules.json")
        return try QARules.decode(try Data(contentsOf: url), file: url.path)
    }

    /// The labels every fixture catalog has, by id and language.
    static let labels: [(id: String, texts: [Language: String], notes: [Language: String])] = [
        ("ui.save", [.en: "Save", .fr: "Enregistrer", .de: "Speichern", .sv: "Spara", .nl: "Opslaan"], [:]),
        ("ui.create-user", [.en: "Create user", .fr: "Créer un utilisateur", .de: "Benutzer erstellen", .sv: "Skapa användare",
                            .nl: "Gebruiker maken"],
         [.fr: "Known variant: « Créer utilisateur » (seed wording).", .de: "Known variant: Benutzer anlegen (older articles).",
          .sv: "Known variant: Ny användare.", .nl: "Known variant: Gebruiker aanmaken."]),
        ("ui.seat.core", [.en: "Core Seat", .fr: "Licence Core", .de: "Core-Lizenz", .sv: "Core-plats", .nl: "Core-seat"], [:]),
        ("ui.seats.core", [.en: "Core Seats", .fr: "Licences Core", .de: "Core-Lizenzen", .sv: "Core-platser", .nl: "Core-seats"], [:]),
        ("ui.remove-seats", [
            .en: "Remove {count, plural, one {# seat} other {# seats}}",
            .fr: "Supprimer {count, plural, one {# licence} many {# de licences} other {# licences}}",
            .de: "{count, plural, one {# Lizenz} other {# Lizenzen}} entfernen",
            .sv: "Ta bort {count, plural, one {# plats} other {# platser}}",
            .nl: "{count, plural, one {# seat} other {# seats}} verwijderen",
        ], [:]),
    ]

    /// One unit of a fixture.
    struct Unit {
        var id: String
        var source: String
        var target: String?
        var notes: [(String, String)] = [("translator", "Test unit.")]
        var state: String? = "translated"
    }

    /// An XLIFF 2.0 document.
    static func xliff(_ language: Language, _ units: [Unit]) -> String {
        let target = language == .source ? "" : " trgLang=\"\(language.rawValue)\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"\(target)>\n<file id=\"t\">\n"
        for unit in units {
            out += "<unit id=\"\(unit.id)\">"
            if !unit.notes.isEmpty {
                out += "<notes>" + unit.notes.map { "<note category=\"\($0.0)\">\(escape($0.1))</note>" }.joined() + "</notes>"
            }
            out += "<segment\(unit.state.map { " state=\"\($0)\"" } ?? "")><source>\(escape(unit.source))</source>"
            if let text = unit.target { out += "<target>\(escape(text))</target>" }
            out += "</segment></unit>\n"
        }
        return out + "</file>\n</xliff>\n"
    }

    /// XML escaping.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The label units of `language` (source units for English).
    static func labelUnits(_ language: Language) -> [Unit] {
        labels.map { label in
            var unit = Unit(id: label.id, source: label.texts[.en] ?? "", target: language == .source ? nil : label.texts[language])
            if language == .source { unit.notes = [("developer", "Label.")]; unit.state = nil }
            if let note = label.notes[language] { unit.notes = [("translator", "Label. " + note)] }
            return unit
        }
    }

    /// Runs the catalog checks on a source message and its translation into `language` (with the fixture labels),
    /// returning the findings about `test.message` in that language.
    static func findings(
        _ language: Language, source: String, target: String?, recordedSource: String? = nil,
        notes: [(String, String)] = [("translator", "Test unit.")], extraSource: [Unit] = [], extraTarget: [Unit] = []
    ) throws -> [QAFinding] {
        let sourceUnits = labelUnits(.source) + [Unit(id: "test.message", source: source, target: nil, notes: [("developer", "Test.")], state: nil)] + extraSource
        var targetUnits = labelUnits(language) + extraTarget
        if let target {
            targetUnits.append(Unit(id: "test.message", source: recordedSource ?? source, target: target, notes: notes))
        }
        let sourceCatalog = try Catalog.parseRecovering(Data(xliff(.source, sourceUnits).utf8), file: "en.xlf")
        let targetCatalog = try Catalog.parseRecovering(Data(xliff(language, targetUnits).utf8), file: "\(language.rawValue).xlf")
        return CatalogQA(rules: try rules()).check(source: sourceCatalog, targets: [targetCatalog])
            .filter { $0.messageID == "test.message" && $0.language == language }
    }

    /// Runs the checks on the source catalog alone (for checks on English).
    static func sourceFindings(_ source: String) throws -> [QAFinding] {
        let units = labelUnits(.source) + [Unit(id: "test.message", source: source, target: nil, notes: [("developer", "Test.")], state: nil)]
        let catalog = try Catalog.parseRecovering(Data(xliff(.source, units).utf8), file: "en.xlf")
        return CatalogQA(rules: try rules()).check(source: catalog, targets: []).filter { $0.messageID == "test.message" }
    }
}
