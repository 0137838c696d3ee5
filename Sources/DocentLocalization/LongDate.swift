/// A calendar day written as each language's long date, from CLDR's Gregorian data.
///
/// Foundation does not localize on this platform, so Docent carries the month names and the
/// `dateFormatLength="long"` patterns itself, as it does the plural rules:
/// en `MMMM d, y`, fr/sv/nl `d MMMM y`, de `d. MMMM y`; French writes the first of a month `1er`,
/// as French usage (and CLDR's `1er` ordinal day in fr) has it.
struct LongDate: Sendable, Equatable {
    let year: Int
    let month: Int
    let day: Int

    /// Parses `YYYY-MM-DD`; nil unless it names a real day.
    init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(in: month, of: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The long date in `language`.
    func formatted(for language: Language) -> String {
        let name = Self.months[language, default: Self.months[.en, default: []]][month - 1]
        switch language {
        case .en: return "\(name) \(day), \(year)"
        case .de: return "\(day). \(name) \(year)"
        case .fr: return "\(day == 1 ? "1er" : String(day)) \(name) \(year)"
        case .sv, .nl: return "\(day) \(name) \(year)"
        }
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// CLDR wide format month names.
    private static let months: [Language: [String]] = [
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        .fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        .de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        .sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ]
}
