/// A defect the catalog generator plants in a French target, of a kind reviewers look for.
///
/// Only defects `docent l10n export` lets through: it refuses a catalog with an empty target or invalid
/// ICU syntax, so those cannot reach pofilter's PO and are not planted.
enum PlantedDefect: String, CaseIterable, Sendable, Codable {
    /// A placeholder of the source (`{name}`) left out of the target.
    case droppedPlaceholder = "dropped-placeholder"
    /// A French plural without its `many` variant (CLDR: exact millions).
    case missingPluralCategory = "missing-plural-category"
    /// The English source left as the target.
    case untranslated
    /// Two spaces between words.
    case doubleSpace = "double-space"
    /// The source's final period missing from the target.
    case endPunctuation = "end-punctuation"
    /// A word written twice in a row.
    case repeatedWord = "repeated-word"
    /// A number of the source changed in the target.
    case numberChanged = "number-changed"
    /// A product name translated (`Hub des ventes` for Sales Hub).
    case productName = "product-name"
    /// An ordinary space, or none, before `?` in French (a narrow no-break space is required).
    case frenchSpacing = "french-spacing"
}
