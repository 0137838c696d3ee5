/// A language Docent ships a message catalog for.
///
/// The raw value is the ISO 639-1 code used in file names (`Localizations/fr.xlf`),
/// in `--lang` and in the XLIFF `srcLang`/`trgLang` attributes.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// English, the source language.
    case en
    /// French.
    case fr
    /// German.
    case de
    /// Swedish.
    case sv
    /// Dutch.
    case nl

    /// The language the source catalog (`en.xlf`) is written in.
    public static let source = Language.en

    /// The language's name in English ("French").
    public var englishName: String {
        switch self {
        case .en: "English"
        case .fr: "French"
        case .de: "German"
        case .sv: "Swedish"
        case .nl: "Dutch"
        }
    }

    /// The language's name in itself ("Français").
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .fr: "Français"
        case .de: "Deutsch"
        case .sv: "Svenska"
        case .nl: "Nederlands"
        }
    }

    /// The plural categories a message in this language must distinguish (CLDR cardinal rules).
    public var requiredPluralCategories: Set<PluralCategory> {
        switch self {
        case .fr: [.one, .many, .other]
        case .en, .de, .sv, .nl: [.one, .other]
        }
    }

    /// The character separating integer and fraction digits ("." in English, "," otherwise).
    var decimalSeparator: String {
        self == .en ? "." : ","
    }

    /// The CLDR grouping separator of thousands: en `,`; de, nl `.`; fr U+202F; sv U+00A0.
    var groupingSeparator: String {
        switch self {
        case .en: return ","
        case .de, .nl: return "."
        case .fr: return "\u{202F}"
        case .sv: return "\u{00A0}"
        }
    }
}
