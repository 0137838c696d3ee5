import Foundation
import DocentLocalization

/// The checks of one catalog unit (against its source unit when it is a translation), collecting findings.
struct UnitContext {
    /// The unit's catalog.
    let catalog: Catalog
    /// The unit checked.
    let unit: CatalogUnit
    /// The English unit it translates; nil for the source catalog's own units.
    let sourceUnit: CatalogUnit?
    /// Language facts.
    let rules: QARules
    /// What was found so far.
    private(set) var findings: [QAFinding] = []

    /// Creates the context.
    init(catalog: Catalog, unit: CatalogUnit, sourceUnit: CatalogUnit?, rules: QARules) {
        self.catalog = catalog
        self.unit = unit
        self.sourceUnit = sourceUnit
        self.rules = rules
    }

    /// The language checked.
    private var language: Language { catalog.language }

    /// Records a finding about this unit.
    mutating func add(_ check: QACheck, _ message: String) {
        findings.append(QAFinding(file: catalog.file, line: unit.line, language: language, messageID: unit.id, check: check,
                                  message: message, text: unit.text, sourceText: sourceUnit?.source))
    }

    /// Runs every check in root-cause order.
    mutating func run(labelVariants: [(label: String, variant: String)]) {
        let nodes = unit.pattern.nodes
        let variants = MessageVariants.expand(nodes)
        let representative = MessageVariants.representative(nodes)
        var textChecked = true
        if let sourceUnit {
            checkMetadata()
            if unit.source != sourceUnit.source {
                add(.stale, "translated from an older source: '\(unit.source)' is now '\(sourceUnit.source)'")
            }
            if isUntranslated(sourceUnit) {
                add(.untranslated, "English left in \(language.rawValue): the target equals the source "
                    + "(add <note category=\"qa\">\(CatalogAudit.identicalToSourceNote)</note> if intended)")
                textChecked = false
            }
            let reported = checkPlaceholders(against: sourceUnit)
            checkVariants(against: sourceUnit, skipping: reported)
            if textChecked {
                checkProductNames(sourceUnit: sourceUnit, variants: variants)
                checkEnds(sourceUnit: sourceUnit, representative: representative)
                checkNumbersAndURLs(sourceUnit: sourceUnit, variants: variants)
                checkLength(sourceUnit: sourceUnit, representative: representative)
            }
        }
        checkPluralCategories()
        checkMechanisms()
        if textChecked {
            checkText(variants)
            checkLabelVariants(labelVariants, variants: variants)
        }
    }

    // MARK: - Completeness

    /// State and translator note present.
    private mutating func checkMetadata() {
        var missing: [String] = []
        if unit.state == nil { missing.append("no state on <segment>") }
        if !unit.hasNote(category: "translator") { missing.append("no <note category=\"translator\">") }
        if !missing.isEmpty { add(.metadata, missing.joined(separator: "; ")) }
    }

    /// Whether the target equals the source where it should be translated.
    private func isUntranslated(_ sourceUnit: CatalogUnit) -> Bool {
        let text = unit.text.trimmedForQA()
        guard text.lowercased() == sourceUnit.source.trimmedForQA().lowercased() else { return false }
        if unit.hasNote(category: "qa", text: CatalogAudit.identicalToSourceNote) { return false }
        if rules.identicalAllowed.contains(text) { return false }
        var rest = MessageVariants.representative(unit.pattern.nodes)
        for name in rules.productNames.sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingEvery(name, with: " ")
        }
        let words = TextChecks.words(MessageVariants.withoutSlots(rest)).map(\.word).filter { $0.contains(where: \.isLetter) }
        return !words.allSatisfy { $0.count <= 4 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
    }

    // MARK: - Placeholders

    /// The kind of every argument: `label`, `argument`, `number`, `date`, `currency`, `currency-code`, `plural`, `select`.
    static func kinds(_ nodes: [MessageNode], into kinds: inout [String: Set<String>]) {
        for node in nodes {
            switch node {
            case let .argument(name):
                kinds[name, default: []].insert(name.hasPrefix("ui.") ? "label" : "argument")
            case let .number(name): kinds[name, default: []].insert("number")
            case let .date(name): kinds[name, default: []].insert("date")
            case let .currency(name, code):
                kinds[name, default: []].insert("currency")
                kinds[code, default: []].insert("currency-code")
            case let .plural(name, _, cases):
                kinds[name, default: []].insert("plural")
                for pluralCase in cases { Self.kinds(pluralCase.message, into: &kinds) }
            case let .select(name, cases):
                kinds[name, default: []].insert("select")
                for selectCase in cases { Self.kinds(selectCase.message, into: &kinds) }
            case .text, .pound:
                continue
            }
        }
    }

    /// Same names and types as the source; returns the names already reported.
    private mutating func checkPlaceholders(against sourceUnit: CatalogUnit) -> Set<String> {
        var expected: [String: Set<String>] = [:]
        var found: [String: Set<String>] = [:]
        Self.kinds(sourceUnit.pattern.nodes, into: &expected)
        Self.kinds(unit.pattern.nodes, into: &found)
        var reported: Set<String> = []
        var missing: [String] = []
        for name in expected.keys.sorted() where found[name] == nil {
            reported.insert(name)
            if name.hasPrefix("ui."), let label = catalog[id: name], !label.text.isEmpty,
               TextChecks.containsWord(unit.text, label.text) {
                add(.labelLiteral, "the label {\(name)} is written out as '\(label.text)': reference it as {\(name)}")
            } else {
                missing.append("{\(name)}")
            }
        }
        let extra = found.keys.sorted().filter { expected[$0] == nil }
        reported.formUnion(extra)
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
        if !extra.isEmpty { parts.append("extra " + extra.map { "{\($0)}" }.joined(separator: ", ")) }
        for name in expected.keys.sorted() {
            guard let targetKinds = found[name], let sourceKinds = expected[name], targetKinds != sourceKinds else { continue }
            // A number printed as a plain argument is the bare-number mechanism, reported there.
            // Numbers may be printed plainly, with `number`, or agree through a plural: one numeric class.
            let numeric: Set<String> = ["number", "argument", "plural"]
            if !sourceKinds.isDisjoint(with: numeric), !targetKinds.isDisjoint(with: numeric),
               sourceKinds.subtracting(numeric) == targetKinds.subtracting(numeric) { continue }
            reported.insert(name)
            parts.append("{\(name)} is \(targetKinds.sorted().joined(separator: "/")) here but \(sourceKinds.sorted().joined(separator: "/")) in the source")
        }
        if !parts.isEmpty { add(.placeholders, "placeholders differ from the source: " + parts.joined(separator: "; ")) }
        return reported
    }

    /// The non-label arguments (and nested selectors) used in `nodes`.
    static func arguments(_ nodes: [MessageNode]) -> Set<String> {
        var kinds: [String: Set<String>] = [:]
        Self.kinds(nodes, into: &kinds)
        return Set(kinds.keys.filter { !$0.hasPrefix("ui.") })
    }

    /// The plural and select nodes of `nodes` by argument name (first occurrence), depth first.
    static func choices(_ nodes: [MessageNode], into result: inout [String: MessageNode]) {
        for node in nodes {
            switch node {
            case let .plural(name, _, cases):
                if result[name] == nil { result[name] = node }
                for pluralCase in cases { choices(pluralCase.message, into: &result) }
            case let .select(name, cases):
                if result[name] == nil { result[name] = node }
                for selectCase in cases { choices(selectCase.message, into: &result) }
            default:
                continue
            }
        }
    }

    /// Each case of the target's plurals and selects has the placeholders of the source's matching case
    /// (or of its `other` case, for a category the source language lacks such as French `many`).
    private mutating func checkVariants(against sourceUnit: CatalogUnit, skipping reported: Set<String>) {
        var sourceChoices: [String: MessageNode] = [:]
        var targetChoices: [String: MessageNode] = [:]
        Self.choices(sourceUnit.pattern.nodes, into: &sourceChoices)
        Self.choices(unit.pattern.nodes, into: &targetChoices)
        for name in targetChoices.keys.sorted() {
            guard let targetNode = targetChoices[name], let sourceNode = sourceChoices[name] else { continue }
            for (key, _) in Self.cases(of: targetNode) {
                let sourceKeys = Set(Self.cases(of: sourceNode).map(\.key))
                let sourceKey = sourceKeys.contains(key) ? key : "other"
                // An exact case (=0, =1) or `one` may spell its number out (« une licence »): the selector is optional there.
                let optional: Set<String> = key.hasPrefix("=") || key == "one" ? reported.union([name]) : reported
                let want = Self.arguments(sourceUnit.pattern.nodes, choosing: name, key: sourceKey).subtracting(optional)
                let have = Self.arguments(unit.pattern.nodes, choosing: name, key: key).subtracting(optional)
                let missing = want.subtracting(have).sorted()
                let extra = have.subtracting(want).sorted()
                guard !missing.isEmpty || !extra.isEmpty else { continue }
                var parts: [String] = []
                if !missing.isEmpty { parts.append("lacks " + missing.map { "{\($0)}" }.joined(separator: ", ")) }
                if !extra.isEmpty { parts.append("adds " + extra.map { "{\($0)}" }.joined(separator: ", ")) }
                add(.pluralVariant, "variant '\(key)' of {\(name)} " + parts.joined(separator: " and ") + " compared with the source")
            }
        }
    }

    /// The non-label arguments a message renders when the plural or select `name` takes its case `key`
    /// (every other choice contributes all its cases); the selector itself counts when `#` is used.
    static func arguments(_ nodes: [MessageNode], choosing name: String, key: String) -> Set<String> {
        var result: Set<String> = []
        for node in nodes {
            switch node {
            case let .plural(selector, _, _), let .select(selector, _):
                let cases = Self.cases(of: node)
                if selector == name {
                    let chosen = cases.first { $0.key == key } ?? cases.first { $0.key == "other" }
                    if let chosen {
                        result.formUnion(arguments(chosen.message, choosing: name, key: key))
                        if Self.containsPound(chosen.message) { result.insert(selector) }
                    }
                } else {
                    result.insert(selector)
                    for choice in cases { result.formUnion(arguments(choice.message, choosing: name, key: key)) }
                }
            default:
                result.formUnion(Self.arguments([node]))
            }
        }
        return result
    }

    /// Whether `#` appears in `nodes` outside nested plurals.
    static func containsPound(_ nodes: [MessageNode]) -> Bool {
        nodes.contains { node in
            if case .pound = node { return true }
            if case let .select(_, cases) = node { return cases.contains { containsPound($0.message) } }
            return false
        }
    }

    /// The cases of a plural (`one`, `=0`…) or select node, keyed by selector.
    static func cases(of node: MessageNode) -> [(key: String, message: [MessageNode])] {
        switch node {
        case let .plural(_, _, cases):
            return cases.map { pluralCase in
                switch pluralCase.selector {
                case let .category(category): (category.rawValue, pluralCase.message)
                case let .exact(value): ("=\(value.formatted(for: .en))", pluralCase.message)
                }
            }
        case let .select(_, cases):
            return cases.map { ($0.keyword, $0.message) }
        default:
            return []
        }
    }

    /// Every category the language needs, and none it never selects.
    private mutating func checkPluralCategories() {
        let required = language.requiredPluralCategories
        for plural in unit.pattern.pluralKeywordSets {
            let missing = PluralCategory.allCases.filter { required.contains($0) && !plural.categories.contains($0) }
            if !missing.isEmpty {
                add(.pluralMissing, "plural {\(plural.argument)} lacks \(missing.map(\.rawValue).joined(separator: ", ")), "
                    + "required in \(language.englishName)")
            }
            let extra = PluralCategory.allCases.filter { !required.contains($0) && plural.categories.contains($0) }
            if !extra.isEmpty {
                add(.pluralExtra, "plural {\(plural.argument)} has \(extra.map(\.rawValue).joined(separator: ", ")), "
                    + "which \(language.englishName) never selects")
            }
        }
    }

    // MARK: - Terminology

    /// Product names of the source kept in the target (unless a forbidden term replaced them: reported as such).
    private mutating func checkProductNames(sourceUnit: CatalogUnit, variants: [String]) {
        let source = MessageVariants.expand(sourceUnit.pattern.nodes).joined(separator: "\n")
        let target = variants.joined(separator: "\n")
        let forbidden = TextChecks(language: language, rules: rules).forbiddenTerms(target)
        guard forbidden.isEmpty else { return }
        var covered: [String] = []
        for name in rules.productNames.sorted(by: { $0.count > $1.count }) {
            guard TextChecks.containsWord(source, name), !covered.contains(where: { $0.contains(name) }) else { continue }
            covered.append(name)
            if !TextChecks.containsWord(target, name), !TextChecks.containsWord(target, name + "s") {
                add(.productName, "product name '\(name)' translated or dropped")
            }
        }
    }

    /// Known variants of a label used instead of the label.
    private mutating func checkLabelVariants(_ labelVariants: [(label: String, variant: String)], variants: [String]) {
        guard !unit.id.hasPrefix("ui."), sourceUnit != nil else { return }
        let text = variants.joined(separator: "\n")
        for (label, variant) in labelVariants where TextChecks.containsWord(text, variant) {
            add(.labelVariant, "'\(variant)' is a known variant of {\(label)}; use the label")
        }
    }

    // MARK: - Typography

    /// Quotes around labels, and the in-text checks on every variant.
    private mutating func checkText(_ variants: [String]) {
        if Self.hasQuotedLabel(unit.pattern.nodes) {
            add(.labelQuoted, "quotation marks around a {ui.…} label: the tool sets labels apart itself")
        }
        let checks = TextChecks(language: language, rules: rules)
        var seen: Set<String> = []
        for variant in variants {
            for problem in checks.problems(in: variant) where seen.insert(problem.message).inserted {
                if problem.check == .quotes || problem.check == .brackets, Self.hasQuotedLabel(unit.pattern.nodes) { continue }
                add(problem.check, problem.message)
            }
        }
    }

    /// Whether a label reference stands right after an opening quotation mark.
    static func hasQuotedLabel(_ nodes: [MessageNode]) -> Bool {
        let quotes: Set<Character> = ["«", "„", "“", "”", "\"", "‹", "'", "‘", "»"]
        for (index, node) in nodes.enumerated() {
            if case let .argument(name) = node, name.hasPrefix("ui."), index > 0, case let .text(before) = nodes[index - 1],
               let last = before.reversed().first(where: { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }), quotes.contains(last) {
                return true
            }
            switch node {
            case let .plural(_, _, cases): if cases.contains(where: { hasQuotedLabel($0.message) }) { return true }
            case let .select(_, cases): if cases.contains(where: { hasQuotedLabel($0.message) }) { return true }
            default: continue
            }
        }
        return false
    }

    /// Leading/trailing spaces and end punctuation compared with the source.
    private mutating func checkEnds(sourceUnit: CatalogUnit, representative: String) {
        let source = MessageVariants.representative(sourceUnit.pattern.nodes)
        let spaces: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
        if (representative.first.map(spaces) ?? false) && !(source.first.map(spaces) ?? false) {
            add(.spaces, "leading space")
        }
        if (representative.last.map(spaces) ?? false) && !(source.last.map(spaces) ?? false) {
            add(.spaces, "trailing space")
        }
        let sourceEnd = Self.endMark(source)
        let targetEnd = Self.endMark(representative)
        if sourceEnd != targetEnd, !(Set([sourceEnd, targetEnd]) == Set([".", "!"])) {
            add(.endPunctuation, "ends with \(targetEnd.isEmpty ? "no punctuation" : "'\(targetEnd)'") where the source ends with "
                + (sourceEnd.isEmpty ? "none" : "'\(sourceEnd)'"))
        }
    }

    /// The final punctuation class of `text`: `.`, `?`, `!`, `:` or empty (closing quotes and brackets skipped).
    static func endMark(_ text: String) -> String {
        let trimmed = text.reversed().drop { $0.isWhitespace || "»”“’)\u{00A0}\u{202F}".contains($0) }
        switch trimmed.first {
        case ".", "…": return "."
        case "?": return "?"
        case "!": return "!"
        case ":": return ":"
        default: return ""
        }
    }

    /// Numbers and URLs of the source kept.
    private mutating func checkNumbersAndURLs(sourceUnit: CatalogUnit, variants: [String]) {
        let sourceText = MessageVariants.expand(sourceUnit.pattern.nodes).joined(separator: "\n")
        let target = variants.joined(separator: "\n")
        let have = Set(TextChecks.numbers(target))
        let missing = Set(TextChecks.numbers(sourceText)).subtracting(have).sorted()
        if !missing.isEmpty { add(.numbers, "number \(missing.joined(separator: ", ")) of the source is missing") }
        for url in Set(TextChecks.urls(sourceText)).sorted() where !target.contains(url) {
            add(.urls, "URL \(url) missing or changed")
        }
    }

    /// The target's length within the language's window around the source's.
    private mutating func checkLength(sourceUnit: CatalogUnit, representative: String) {
        guard let ratio = rules.ratio(for: language) else { return }
        let sourceLength = MessageVariants.withoutSlots(MessageVariants.representative(sourceUnit.pattern.nodes)).count
        guard sourceLength >= rules.minimumLengthChecked, sourceLength > 0 else { return }
        let value = Double(MessageVariants.withoutSlots(representative).count) / Double(sourceLength)
        if value < ratio.min || value > ratio.max {
            let percent = Int((value * 100).rounded())
            add(.length, "\(percent) % of the source's length (\(language.englishName): \(Int(ratio.min * 100))–\(Int(ratio.max * 100)) %)")
        }
    }

    // MARK: - Mechanisms

    /// Letters glued to labels or arguments, French many, bare numbers, labels' arguments.
    private mutating func checkMechanisms() {
        for glued in unit.pattern.labelSuffixes {
            add(.labelSuffix, "\(glued): letters glued to a label; use a label for that form (such as the plural ui.seats.*)")
        }
        for glued in Self.argumentSuffixes(unit.pattern.nodes) {
            add(.labelSuffix, "\(glued): letters glued to an argument; the value cannot take an ending")
        }
        if language == .fr {
            let exempt = CatalogAudit.manyWithoutDeArguments(unit)
            for argument in unit.pattern.manyCasesEqualToOtherBeforeNoun where !exempt.contains(argument) && !exempt.contains("*") {
                add(.manyWithoutDe, "plural {\(argument)}: 'many' equals 'other' before a noun; French writes « 1 000 000 de … » "
                    + "(add <note category=\"qa\">\(CatalogAudit.manyWithoutDeNote)</note> if no noun follows)")
            }
        }
        var kinds: [String: Set<String>] = [:]
        if let sourceUnit { Self.kinds(sourceUnit.pattern.nodes, into: &kinds) }
        Self.kinds(unit.pattern.nodes, into: &kinds)
        var plainArguments: [String: Set<String>] = [:]
        Self.kinds(unit.pattern.nodes, into: &plainArguments)
        var sourcePlain: [String: Set<String>] = [:]
        if let sourceUnit { Self.kinds(sourceUnit.pattern.nodes, into: &sourcePlain) }
        for name in plainArguments.keys.sorted() where plainArguments[name]?.contains("argument") == true {
            // Printed bare in the source too: reported once, in the source catalog.
            if sourcePlain[name]?.contains("argument") == true { continue }
            let numeric = kinds[name].map { !$0.isDisjoint(with: ["plural", "number"]) } ?? false
            if numeric {
                add(.bareNumber, "{\(name)} is a number printed bare: write {\(name), number} (or # in its plural) so that \(language.englishName) groups its digits")
            }
        }
        let own = UnitContext.arguments(unit.pattern.nodes)
        for name in (plainArguments.keys.filter { $0.hasPrefix("ui.") }).sorted() {
            guard let label = catalog[id: name] else { continue }
            let needed = UnitContext.arguments(label.pattern.nodes).subtracting(own).sorted()
            if !needed.isEmpty {
                add(.labelArguments, "label {\(name)} needs \(needed.map { "{\($0)}" }.joined(separator: ", ")), which this message does not supply "
                    + "(the label would show raw ICU text)")
            }
        }
    }

    /// Non-label arguments directly followed by a letter (`{type}s`), written `{type}s`.
    static func argumentSuffixes(_ nodes: [MessageNode]) -> [String] {
        var result: [String] = []
        for (index, node) in nodes.enumerated() {
            if case let .argument(name) = node, !name.hasPrefix("ui."), index + 1 < nodes.count, case let .text(text) = nodes[index + 1],
               let first = text.first, first.isLetter {
                result.append("{\(name)}" + text.prefix { $0.isLetter })
            }
            switch node {
            case let .plural(_, _, cases): for pluralCase in cases { result += argumentSuffixes(pluralCase.message) }
            case let .select(_, cases): for selectCase in cases { result += argumentSuffixes(selectCase.message) }
            default: continue
            }
        }
        return result
    }
}
