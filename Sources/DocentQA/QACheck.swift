/// One check of `docent qa`, named `category.check` in reports, configuration and baselines.
public enum QACheck: String, Sendable, Codable, CaseIterable {
    // Completeness
    case missing = "completeness.missing"
    case obsolete = "completeness.obsolete"
    case duplicateID = "completeness.duplicate-id"
    case emptyTarget = "completeness.empty-target"
    case malformedUnit = "completeness.malformed-unit"
    case untranslated = "completeness.untranslated"
    case metadata = "completeness.metadata"
    // Staleness
    case stale = "staleness.source-changed"
    // Placeholders and ICU
    case placeholders = "placeholders.mismatch"
    case pluralVariant = "placeholders.plural-variant"
    case icuSyntax = "placeholders.icu-syntax"
    case pluralMissing = "placeholders.plural-missing"
    case pluralExtra = "placeholders.plural-extra"
    // Terminology
    case productName = "terminology.product-name"
    case forbiddenTerm = "terminology.forbidden-term"
    case labelVariant = "terminology.label-variant"
    case labelLiteral = "terminology.label-literal"
    case labelQuoted = "terminology.label-quoted"
    // Typography
    case spaces = "typography.spaces"
    case endPunctuation = "typography.end-punctuation"
    case brackets = "typography.brackets"
    case quotes = "typography.quotes"
    case frenchSpacing = "typography.french-spacing"
    case numbers = "typography.numbers"
    case urls = "typography.urls"
    case repeatedWord = "typography.repeated-word"
    case gluedWords = "typography.glued-words"
    // Length
    case length = "length.ratio"
    // Mechanisms a native review found by hand
    case labelSuffix = "mechanism.label-suffix"
    case manyWithoutDe = "mechanism.many-without-de"
    case currencySpace = "mechanism.currency-space"
    case bareNumber = "mechanism.bare-number"
    case labelArguments = "mechanism.label-arguments"
    // Articles
    case articleStructure = "article.structure"
    case articleNotes = "article.notes"
    case articleLabels = "article.labels"
    case articleLabelConsistency = "article.label-consistency"
    case articleStale = "article.stale"
    case articleDuplicateSentence = "article.duplicate-sentence"
    case articleDates = "article.dates"

    /// The severity used when the configuration does not name the check.
    public var defaultSeverity: QASeverity {
        switch self {
        case .missing, .duplicateID, .emptyTarget, .malformedUnit, .untranslated, .placeholders, .pluralVariant,
             .icuSyntax, .pluralMissing, .productName, .forbiddenTerm, .labelQuoted, .urls, .labelSuffix,
             .manyWithoutDe, .labelArguments, .articleStructure, .articleLabels:
            .error
        case .obsolete, .metadata, .stale, .pluralExtra, .labelVariant, .labelLiteral, .spaces, .brackets, .quotes,
             .frenchSpacing, .numbers, .repeatedWord, .gluedWords, .currencySpace, .bareNumber, .articleNotes,
             .articleLabelConsistency, .articleStale, .articleDuplicateSentence, .articleDates:
            .warning
        case .endPunctuation, .length:
            .info
        }
    }

    /// A one-line description (SARIF rule, JUnit test case, `--list-checks`).
    public var summary: String {
        switch self {
        case .missing: "A source message has no unit in a target catalog."
        case .obsolete: "A target unit has no source message any more."
        case .duplicateID: "Two units share one id."
        case .emptyTarget: "A target is missing or empty."
        case .malformedUnit: "A unit without id, source or a known state."
        case .untranslated: "A target equal to the English source where it should be translated."
        case .metadata: "A target unit without state or translator note."
        case .stale: "The source recorded in the target catalog differs from the current English source."
        case .placeholders: "Placeholder names or types differ between source and target."
        case .pluralVariant: "A plural or select variant lacks or adds a placeholder."
        case .icuSyntax: "The ICU MessageFormat pattern does not parse."
        case .pluralMissing: "A plural lacks a CLDR category the language needs."
        case .pluralExtra: "A plural has a CLDR category the language never selects."
        case .productName: "A product name is translated or dropped."
        case .forbiddenTerm: "A forbidden term (a translated product name, a rejected wording)."
        case .labelVariant: "A control named by a known variant instead of its UI label."
        case .labelLiteral: "A UI label written out instead of referenced with {ui.…}."
        case .labelQuoted: "Quotation marks around a {ui.…} label, which the tool sets apart itself."
        case .spaces: "Leading, trailing or double spaces, or a space before punctuation."
        case .endPunctuation: "The target ends with other punctuation than the source."
        case .brackets: "Unbalanced brackets or quotation marks."
        case .quotes: "Quotation marks of another language or typewriter quotes."
        case .frenchSpacing: "French needs a (narrow) no-break space before : ; ! ? and inside « »."
        case .numbers: "A number of the source is missing from the target."
        case .urls: "A URL of the source is missing or changed in the target."
        case .repeatedWord: "A word repeated twice in a row."
        case .gluedWords: "Two words glued together (a lowercase letter followed by an uppercase one)."
        case .length: "A target much longer or shorter than the source for its language."
        case .labelSuffix: "Letters glued to a label or argument ({type}s, {type}er)."
        case .manyWithoutDe: "French many equal to other where the noun needs « de »."
        case .currencySpace: "A currency amount separated from its symbol by an ordinary space."
        case .bareNumber: "A number printed bare ({count}) where the language groups digits."
        case .labelArguments: "A label whose arguments the message showing it does not supply."
        case .articleStructure: "The article's sections, steps or nesting differ from the source article."
        case .articleNotes: "The article's notes differ in number from the source article."
        case .articleLabels: "A UI label of the source article has no counterpart in the target language."
        case .articleLabelConsistency: "The same control is named in two ways in one article."
        case .articleStale: "The translation is older than its source article."
        case .articleDuplicateSentence: "A sentence appears twice in the article."
        case .articleDates: "A date or number of the source article is missing."
        }
    }
}
