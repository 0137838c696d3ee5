/// Quality checks across the five catalogs.
public struct CatalogAudit: Sendable {
    /// The `qa` note text that allows a target equal to its source.
    public static let identicalToSourceNote = "identical-to-source"
    /// The `qa` note text that allows a French `many` case equal to `other` (the word after `#` is not a noun);
    /// `many-without-de: name, …` limits it to those plural arguments.
    public static let manyWithoutDeNote = "many-without-de"

    /// Every issue in `set`, by catalog (source first, then targets in ``Language`` order) and unit order.
    ///
    /// Checks: each source unit exists in each target and vice versa; target placeholders equal source
    /// placeholders; target units have `state` and a `translator` note; targets are not the English source
    /// (case-insensitive, trimmed) unless marked `qa: identical-to-source`; `{ui.*}` labels exist in the
    /// same catalog; plural arguments cover the language's required categories (`=n` cases don't count);
    /// no letters are glued to a label (`{ui.seat.core}s`); a French `many` case differs from `other`
    /// where `#` precedes a noun (« 1 000 000 de licences »), unless marked `qa: many-without-de[: arguments]`.
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

    /// Issues within one catalog: missing labels, incomplete plurals, suffixes glued to labels, French `many`.
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
            for glued in unit.pattern.labelSuffixes {
                issues.append(issue(catalog, unit, .labelSuffix,
                                    "\(glued): letters glued to a label; use a label for that form (such as the plural ui.seats.*)"))
            }
            if catalog.language == .fr {
                let exempt = manyWithoutDeArguments(unit)
                for argument in unit.pattern.manyCasesEqualToOtherBeforeNoun where !exempt.contains(argument) && !exempt.contains("*") {
                    issues.append(issue(catalog, unit, .manyWithoutDe,
                                        "plural {\(argument)}: 'many' equals 'other' before a noun; French writes « 1 000 000 de … » "
                                            + "(add <note category=\"qa\">\(manyWithoutDeNote)</note> if no noun follows)"))
                }
            }
        }
        return issues
    }

    /// The plural arguments a `qa` note exempts from the French `many` check: `many-without-de` exempts
    /// all (`*`), `many-without-de: available, seats` those named (where no noun follows `#`).
    public static func manyWithoutDeArguments(_ unit: CatalogUnit) -> Set<String> {
        var names: Set<String> = []
        for note in unit.notes where note.category == "qa" {
            let text = note.text.trimmingWhitespace()
            guard text.hasPrefix(manyWithoutDeNote) else { continue }
            let rest = String(text.dropFirst(manyWithoutDeNote.count)).trimmingWhitespace()
            if rest.isEmpty {
                names.insert("*")
            } else if rest.hasPrefix(":") {
                for name in rest.dropFirst().split(separator: ",") { names.insert(String(name).trimmingWhitespace()) }
            }
        }
        return names
    }

    /// An issue located at `unit` in `catalog`.
    private static func issue(_ catalog: Catalog, _ unit: CatalogUnit, _ kind: CatalogIssue.Kind, _ message: String) -> CatalogIssue {
        CatalogIssue(file: catalog.file, line: unit.line, unitID: unit.id, kind: kind, message: message)
    }
}
