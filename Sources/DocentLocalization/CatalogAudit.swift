/// Quality checks across the five catalogs.
public struct CatalogAudit: Sendable {
    /// The `qa` note text that allows a target equal to its source.
    public static let identicalToSourceNote = "identical-to-source"

    /// Every issue in `set`, by catalog (source first, then targets in ``Language`` order) and unit order.
    ///
    /// Checks: each source unit exists in each target and vice versa; target placeholders equal source
    /// placeholders; target units have `state` and a `translator` note; targets are not the English source
    /// (case-insensitive, trimmed) unless marked `qa: identical-to-source`; `{ui.*}` labels exist in the
    /// same catalog; plural arguments cover the language's required categories (`=n` cases don't count).
    public static func audit(_ set: CatalogSet) -> [CatalogIssue] {
        let source = set.source
        var issues = catalogIssues(source)
        for language in Language.allCases where language != .source {
            let target = set.catalog(language)
            for unit in source.units where target[id: unit.id] == nil {
                issues.append(CatalogIssue(
                    file: target.file, line: target.line, unitID: unit.id, kind: .missingTranslation,
                    message: "missing in \(language.rawValue) (source unit on \(source.file):\(unit.line))"))
            }
            for unit in target.units {
                guard let sourceUnit = source[id: unit.id] else {
                    issues.append(issue(target, unit, .unknownUnit, "unit is not in the source catalog \(source.file)"))
                    continue
                }
                issues += unitIssues(unit, sourceUnit: sourceUnit, in: target)
            }
            issues += catalogIssues(target)
        }
        return issues
    }

    /// Issues of one target unit compared with its source unit.
    private static func unitIssues(_ unit: CatalogUnit, sourceUnit: CatalogUnit, in catalog: Catalog) -> [CatalogIssue] {
        var issues: [CatalogIssue] = []
        let expected = sourceUnit.pattern.argumentNames
        let found = unit.pattern.argumentNames
        if expected != found {
            var parts: [String] = []
            let missing = expected.subtracting(found).sorted()
            let extra = found.subtracting(expected).sorted()
            if !missing.isEmpty { parts.append("missing " + missing.map { "{\($0)}" }.joined(separator: ", ")) }
            if !extra.isEmpty { parts.append("extra " + extra.map { "{\($0)}" }.joined(separator: ", ")) }
            issues.append(issue(catalog, unit, .placeholderMismatch,
                                "placeholders differ from the source: " + parts.joined(separator: "; ")))
        }
        if unit.state == nil {
            issues.append(issue(catalog, unit, .missingState, "no state on <segment>"))
        }
        if !unit.hasNote(category: "translator") {
            issues.append(issue(catalog, unit, .missingTranslatorNote, "no <note category=\"translator\">"))
        }
        let same = unit.text.trimmingWhitespace().lowercased() == sourceUnit.source.trimmingWhitespace().lowercased()
        if same, !unit.hasNote(category: "qa", text: identicalToSourceNote) {
            issues.append(issue(catalog, unit, .untranslated,
                                "English left in \(catalog.language.rawValue): target equals the source "
                                    + "(add <note category=\"qa\">\(identicalToSourceNote)</note> if intended)"))
        }
        return issues
    }

    /// Issues within one catalog: missing labels and incomplete plurals.
    private static func catalogIssues(_ catalog: Catalog) -> [CatalogIssue] {
        var issues: [CatalogIssue] = []
        let required = catalog.language.requiredPluralCategories
        for unit in catalog.units {
            let labels = unit.pattern.argumentNames.filter { $0.hasPrefix(MessageFormatter.labelPrefix) }
            for label in labels.sorted() where catalog[id: label] == nil {
                issues.append(issue(catalog, unit, .missingLabel, "label {\(label)} is not in this catalog"))
            }
            for plural in unit.pattern.pluralKeywordSets {
                let missing = required.subtracting(plural.categories)
                guard !missing.isEmpty else { continue }
                let names = PluralCategory.allCases.filter(missing.contains).map(\.rawValue).joined(separator: ", ")
                issues.append(issue(catalog, unit, .missingPluralCategory,
                                    "plural {\(plural.argument)} lacks \(names) required in \(catalog.language.rawValue)"))
            }
        }
        return issues
    }

    /// An issue located at `unit` in `catalog`.
    private static func issue(_ catalog: Catalog, _ unit: CatalogUnit, _ kind: CatalogIssue.Kind, _ message: String) -> CatalogIssue {
        CatalogIssue(file: catalog.file, line: unit.line, unitID: unit.id, kind: kind, message: message)
    }
}
