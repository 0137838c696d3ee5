import Foundation
import DocentLocalization

/// `docent qa` on catalogs: completeness, staleness, placeholders and ICU, terminology, typography, length
/// and the mechanisms a native review found by hand. Each defect is reported once, under its root cause:
/// a unit that does not load is reported for that alone, a missing unit for its absence, a target left in
/// English for that and not for its typography, a label written out for that and not as a missing placeholder.
public struct CatalogQA: Sendable {
    /// Language facts: product names, forbidden terms, length ratios…
    public let rules: QARules

    /// Creates the checker.
    public init(rules: QARules) {
        self.rules = rules
    }

    /// Every finding of `source` (the English catalog) and `targets`, at the checks' default severities,
    /// in catalog order (source first), then unit order.
    public func check(source: RecoveredCatalog, targets: [RecoveredCatalog]) -> [QAFinding] {
        var findings = problemFindings(source)
        findings += catalogFindings(source.catalog, source: nil)
        for target in targets {
            findings += problemFindings(target)
            let defective = Set(target.problems.compactMap(Self.unitID))
            let catalog = target.catalog
            for unit in source.catalog.units where catalog[id: unit.id] == nil && !defective.contains(unit.id) {
                findings.append(QAFinding(
                    file: catalog.file, line: nil, language: catalog.language, messageID: unit.id, check: .missing,
                    message: "missing in \(catalog.language.rawValue) (source on \(source.catalog.file):\(unit.line))",
                    text: "", sourceText: unit.source))
            }
            findings += catalogFindings(catalog, source: source.catalog)
        }
        return Self.deduplicated(findings)
    }

    /// Drops repeated findings (same check, language, message id and explanation).
    static func deduplicated(_ findings: [QAFinding]) -> [QAFinding] {
        var seen: Set<String> = []
        return findings.filter { seen.insert($0.fingerprint).inserted }
    }

    // MARK: - Units that did not load

    /// The unit id a load problem concerns, if any.
    static func unitID(_ error: CatalogError) -> String? {
        switch error.kind {
        case let .duplicateUnitID(id, _): id
        case let .missingSource(id), let .missingTarget(id), let .unknownState(id, _), let .invalidPattern(id, _, _): id
        default: nil
        }
    }

    /// Findings for units skipped while loading.
    private func problemFindings(_ recovered: RecoveredCatalog) -> [QAFinding] {
        recovered.problems.map { error in
            let id = Self.unitID(error) ?? "(no id)"
            let check: QACheck
            let message: String
            switch error.kind {
            case let .duplicateUnitID(id, firstLine):
                check = .duplicateID
                message = "unit id '\(id)' already used on line \(firstLine)"
            case .missingTarget:
                check = .emptyTarget
                message = "no target text"
            case let .invalidPattern(_, element, cause):
                check = .icuSyntax
                message = "\(element): \(cause)"
            default:
                check = .malformedUnit
                message = "\(error)"
            }
            return QAFinding(file: recovered.catalog.file, line: error.line, language: recovered.catalog.language,
                             messageID: id, check: check, message: message, text: "")
        }
    }

    // MARK: - Catalog-wide

    /// The findings of every unit of `catalog`; `source` is nil when `catalog` is the source catalog.
    private func catalogFindings(_ catalog: Catalog, source: Catalog?) -> [QAFinding] {
        var findings: [QAFinding] = []
        let variants = labelVariants(catalog)
        for unit in catalog.units {
            var context = UnitContext(catalog: catalog, unit: unit, sourceUnit: source.flatMap { $0[id: unit.id] }, rules: rules)
            if let source, context.sourceUnit == nil {
                context.add(.obsolete, "unit is not in the source catalog \(source.file)")
                findings += context.findings
                continue
            }
            context.run(labelVariants: variants)
            findings += context.findings
        }
        return findings
    }

    /// Known variants of each label of `catalog`, from its translator notes ("Known variant: « Créer utilisateur »").
    private func labelVariants(_ catalog: Catalog) -> [(label: String, variant: String)] {
        var result: [(label: String, variant: String)] = []
        let labelTexts = catalog.units.filter { $0.id.hasPrefix("ui.") }.map(\.text)
        for unit in catalog.units where unit.id.hasPrefix("ui.") && !catalog.isSource {
            for note in unit.notes where note.category == "translator" {
                for variant in Self.knownVariants(in: note.text) {
                    let isProduct = rules.productNames.contains { variant == $0 || variant.hasPrefix($0 + " ") }
                    let isLabel = labelTexts.contains { $0 == variant || TextChecks.containsWord($0, variant) }
                    if !isProduct, !isLabel, variant.count > 2 { result.append((unit.id, variant)) }
                }
            }
        }
        return result
    }

    /// The variants a note records after "Known variant:": « quoted » or up to " (" or the sentence's end.
    static func knownVariants(in note: String) -> [String] {
        var result: [String] = []
        var rest = Substring(note)
        while let range = rest.range(of: "nown variant:") ?? rest.range(of: "nown variants:") {
            rest = rest[range.upperBound...].drop(while: \.isWhitespace)
            if rest.first == "«", let close = rest.firstIndex(of: "»") {
                result.append(String(rest[rest.index(after: rest.startIndex)..<close]).trimmingCharacters(in: " \u{00A0}\u{202F}"))
                rest = rest[close...]
            } else {
                var end = rest.endIndex
                if let paren = rest.range(of: " (") { end = min(end, paren.lowerBound) }
                if let stop = rest.range(of: ". ") { end = min(end, stop.lowerBound) }
                var variant = String(rest[..<end]).trimmingCharacters(in: " .;")
                if variant.hasPrefix("'"), variant.hasSuffix("'"), variant.count > 1 { variant = String(variant.dropFirst().dropLast()) }
                if !variant.isEmpty { result.append(variant) }
                rest = rest[end...]
            }
        }
        return result
    }
}
