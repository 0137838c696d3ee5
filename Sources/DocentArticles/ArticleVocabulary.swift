import DocentLocalization

/// The localized words articles use around their content: labels of the last-updated line,
/// of notes, of the "available with" list and of the Zendesk location line; month names;
/// the words that mark a machine-translation disclaimer; the openings of conditional steps.
///
/// Every entry is lowercase; matching is done on lowercased text with spaces collapsed.
enum ArticleVocabulary {
    /// Labels that open the last-updated line.
    static let updatedLabels: [Language: [String]] = [
        .en: ["last updated", "updated"],
        .fr: ["dernière mise à jour", "mis à jour le", "mise à jour"],
        .de: ["zuletzt aktualisiert am", "zuletzt aktualisiert", "aktualisiert am"],
        .sv: ["senast uppdaterad", "uppdaterad"],
        .nl: ["laatst bijgewerkt", "bijgewerkt op"],
    ]

    /// Labels that introduce the subscriptions an article applies to.
    static let availabilityLabels: [Language: [String]] = [
        .en: ["available with", "applies to"],
        .fr: ["disponible avec", "s'applique à", "s’applique à"],
        .de: ["mit einem der folgenden abonnements verfügbar", "verfügbar mit", "gilt für"],
        .sv: ["gäller för", "tillgänglig med", "tillgängligt med"],
        .nl: ["beschikbaar met", "van toepassing op"],
    ]

    /// Labels that open a note; the longer of two labels sharing a start comes first.
    static let noteLabels: [Language: [String]] = [
        .en: ["please note", "note", "important"],
        .fr: ["remarques", "remarque", "important", "note"],
        .de: ["bitte beachten sie", "bitte beachten", "hinweis", "wichtig"],
        .sv: ["observera", "obs", "viktigt"],
        .nl: ["let op", "opmerking", "belangrijk"],
    ]

    /// Labels that open a disclaimer without being note labels.
    static let disclaimerLabels: [Language: [String]] = [
        .en: ["disclaimer"],
        .fr: ["avertissement", "clause de non-responsabilité"],
        .de: ["haftungsausschluss"],
        .sv: ["ansvarsfriskrivning"],
        .nl: ["disclaimer", "vrijwaring"],
    ]

    /// Phrases found in machine-translation disclaimers (and not in notes).
    static let translationMarkers: [Language: [String]] = [
        .en: ["machine translat", "machine-translat", "automatically translated", "translated automatically", "translation software"],
        .fr: ["traduction automatique", "traduit automatiquement", "logiciel de traduction"],
        .de: ["maschinell übersetzt", "maschinelle übersetzung", "automatisch übersetzt", "übersetzungssoftware"],
        .sv: ["maskinöversatt", "maskinöversättning", "översatt automatiskt", "automatiskt översatt", "översättningsprogram",
              "skapats automatiskt"],
        .nl: ["automatisch vertaald", "machinaal vertaald", "machinevertaling", "vertaalsoftware"],
    ]

    /// Labels of the Zendesk location line ("Location: Admin Center > …").
    static let locationLabels: [Language: [String]] = [
        .en: ["location"],
        .fr: ["emplacement"],
        .de: ["speicherort", "standort", "ort"],
        .sv: ["plats"],
        .nl: ["locatie"],
    ]

    /// How conditional steps open ("If you …").
    static let conditionalOpenings: [Language: [String]] = [
        .en: ["if "],
        .fr: ["si ", "s'il ", "s’il ", "s'ils ", "s’ils "],
        .de: ["wenn ", "falls "],
        .sv: ["om "],
        .nl: ["als ", "indien "],
    ]

    /// Month names and their usual abbreviations, by month number, in all five languages.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "januar", "jänner", "januari"],
            ["february", "feb", "février", "fevrier", "févr", "fevr", "februar", "februari"],
            ["march", "mar", "mars", "märz", "maerz", "mär", "maart", "mrt"],
            ["april", "apr", "avril", "avr"],
            ["may", "mai", "maj", "mei"],
            ["june", "jun", "juin", "juni"],
            ["july", "jul", "juillet", "juil", "juli"],
            ["august", "aug", "août", "aout", "augusti", "augustus"],
            ["september", "sep", "sept", "septembre"],
            ["october", "oct", "octobre", "oktober", "okt"],
            ["november", "nov", "novembre"],
            ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez"],
        ]
        var result: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { result[word] = index + 1 }
        }
        return result
    }()

    /// Full month names by language (for guessing the language from a date).
    static let monthNames: [Language: [String]] = [
        .en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        .fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        .de: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        .sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ]

    /// All labels of one table, longest first, so that "bitte beachten sie" wins over "bitte beachten".
    static func all(_ table: [Language: [String]]) -> [String] {
        Array(Set(table.values.joined())).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The text after `label` and an optional colon when `text` (lowercased, collapsed) opens with
    /// one of `labels` followed by a colon, or is the label alone. `bold` is the text of a leading
    /// bold run: a label set in bold needs no colon.
    static func remainder(after labels: [String], in text: String, bold: String? = nil) -> String? {
        let lowered = text.lowercased()
        for label in labels where lowered.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            var trimmed = rest.drop { $0 == " " }
            if trimmed.first == "(", let close = trimmed.firstIndex(of: ")") {
                trimmed = trimmed[trimmed.index(after: close)...].drop { $0 == " " }
            }
            if trimmed.isEmpty { return "" }
            if let first = trimmed.first, first == ":" || first == "：" {
                return String(trimmed.dropFirst()).trimmedSpaces
            }
            if let first = rest.first, first.isLetter { continue }
            if let bold, bold.lowercased().trimmingColon == label { return String(trimmed).trimmedSpaces }
            if let first = trimmed.first, first == "!" || first == "-" || first == "–" {
                return String(trimmed.dropFirst()).trimmedSpaces
            }
        }
        return nil
    }
}
