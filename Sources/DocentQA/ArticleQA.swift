import DocentArticles
import DocentLocalization
import Foundation

/// `docent qa --articles`: localized help articles against their source article: structure, notes, UI labels
/// (with the catalogs' `ui.*` units and their known variants), product names, numbers and dates, the date of
/// the translation, duplicated sentences and the typography of every text.
public struct ArticleQA: Sendable {
    /// Language facts.
    public let rules: QARules
    /// The catalogs whose `ui.*` units name each control in each language, if any.
    public let catalogs: CatalogSet?

    /// Creates the checker.
    public init(rules: QARules, catalogs: CatalogSet?) {
        self.rules = rules
        self.catalogs = catalogs
    }

    /// The findings of every target against `source`.
    public func compare(source: Article, targets: [Article]) -> [QAFinding] {
        var findings: [QAFinding] = []
        for target in targets {
            var context = ArticleContext(source: source, target: target)
            checkDates(&context)
            checkStructure(&context)
            checkLabels(&context)
            checkTerms(&context)
            checkNumbers(&context)
            checkDuplicates(&context)
            checkTypography(&context)
            findings += context.findings
        }
        return CatalogQA.deduplicated(findings)
    }

    /// Findings about one target article.
    struct ArticleContext {
        let source: Article
        let target: Article
        var findings: [QAFinding] = []

        /// Records a finding at `place`.
        mutating func add(_ check: QACheck, _ place: String, _ message: String, text: String, sourceText: String? = nil) {
            findings.append(QAFinding(file: target.file, line: nil, language: target.language, messageID: place, check: check,
                                      message: message, text: text, sourceText: sourceText))
        }
    }

    /// Every text of `article` with its place.
    static func texts(_ article: Article) -> [(place: String, text: String)] {
        var result: [(place: String, text: String)] = [("title", article.title)]
        for (index, section) in article.sections.enumerated() {
            let place = "section \(index + 1)"
            if let heading = section.heading { result.append((place + " heading", heading)) }
            for (number, paragraph) in section.paragraphs.enumerated() { result.append((place + " paragraph \(number + 1)", paragraph)) }
            for (number, note) in section.notes.enumerated() { result.append((place + " note \(number + 1)", note.text)) }
            var stepNumber = 0
            for step in section.steps {
                step.visit(depth: 0) { _, step in
                    stepNumber += 1
                    result.append((place + " step \(stepNumber)", step.text))
                    for (number, note) in step.notes.enumerated() { result.append((place + " step \(stepNumber) note \(number + 1)", note.text)) }
                }
            }
        }
        return result
    }

    /// The translation's date against the source's, and the vendor's outdated flag.
    private func checkDates(_ context: inout ArticleContext) {
        if let sourceDate = context.source.updated, let targetDate = context.target.updated, targetDate < sourceDate {
            context.add(.articleStale, "article", "translation last updated \(targetDate.iso), its source \(sourceDate.iso): "
                + "the translation may not include the source's later changes", text: targetDate.iso, sourceText: sourceDate.iso)
        }
        if context.target.outdated == true {
            context.add(.articleStale, "article", "the help center marks this translation as outdated", text: context.target.title)
        }
    }

    /// Section, step and note counts, order and nesting.
    private func checkStructure(_ context: inout ArticleContext) {
        let source = context.source
        let target = context.target
        let sourceSections = source.sections.filter { !$0.steps.isEmpty || $0.heading != nil }
        let targetSections = target.sections.filter { !$0.steps.isEmpty || $0.heading != nil }
        if sourceSections.count != targetSections.count {
            context.add(.articleStructure, "article", "\(targetSections.count) sections where the source has \(sourceSections.count)",
                        text: targetSections.compactMap(\.heading).joined(separator: " | "),
                        sourceText: sourceSections.compactMap(\.heading).joined(separator: " | "))
            // Sections no longer pair up: comparing them one by one would report this defect again.
            return
        }
        for (index, pair) in zip(sourceSections, targetSections).enumerated() {
            let place = "section \(index + 1)"
            let sourceSteps = pair.0.steps.reduce(0) { $0 + Self.count($1) }
            let targetSteps = pair.1.steps.reduce(0) { $0 + Self.count($1) }
            let sourceDepth = pair.0.steps.map(\.nestingDepth).max() ?? 0
            let targetDepth = pair.1.steps.map(\.nestingDepth).max() ?? 0
            if sourceSteps != targetSteps || pair.0.steps.count != pair.1.steps.count {
                context.add(.articleStructure, place, "\(pair.1.steps.count) top-level steps (\(targetSteps) in all) where the source has "
                    + "\(pair.0.steps.count) (\(sourceSteps) in all)", text: pair.1.heading ?? "", sourceText: pair.0.heading)
            } else if sourceDepth != targetDepth {
                context.add(.articleStructure, place, "steps nested \(targetDepth) deep where the source nests \(sourceDepth)",
                            text: pair.1.heading ?? "", sourceText: pair.0.heading)
            } else {
                let sourceImages = pair.0.steps.flatMap(Self.images)
                let targetImages = pair.1.steps.flatMap(Self.images)
                if !sourceImages.isEmpty, !targetImages.isEmpty, sourceImages != targetImages {
                    context.add(.articleStructure, place, "screenshots in another order than the source's",
                                text: targetImages.joined(separator: ", "), sourceText: sourceImages.joined(separator: ", "))
                }
            }
            let sourceNotes = Self.noteCount(pair.0)
            let targetNotes = Self.noteCount(pair.1)
            if sourceNotes != targetNotes {
                context.add(.articleNotes, place, "\(targetNotes) notes where the source has \(sourceNotes)",
                            text: pair.1.heading ?? "", sourceText: pair.0.heading)
            }
        }
    }

    /// A step and its sub-steps.
    private static func count(_ step: ArticleStep) -> Int {
        1 + step.substeps.reduce(0) { $0 + count($1) }
    }

    /// The image slugs under a step, in order.
    private static func images(_ step: ArticleStep) -> [String] {
        var result: [String] = []
        step.visit(depth: 0) { _, step in result += step.images.compactMap(\.slug) }
        return result
    }

    /// The notes of a section, its steps' included.
    private static func noteCount(_ section: ArticleSection) -> Int {
        var count = section.notes.count
        for step in section.steps { step.visit(depth: 0) { _, step in count += step.notes.count } }
        return count
    }

    /// Each source label has the target language's label; one control, one name.
    private func checkLabels(_ context: inout ArticleContext) {
        guard let catalogs else { return }
        let target = catalogs.catalog(context.target.language)
        let targetLabels = context.target.labels
        let targetText = Self.texts(context.target).map(\.text).joined(separator: "\n")
        if context.source.language == .source {
            for label in context.source.labels {
                guard let unit = catalogs.source.units.first(where: { $0.id.hasPrefix("ui.") && $0.source.lowercased() == label.lowercased() }),
                      let translated = target[id: unit.id]
                else { continue }
                let names = [translated.text] + Self.variants(translated)
                if !names.contains(where: { name in targetLabels.contains { $0.lowercased() == name.lowercased() } }),
                   !names.contains(where: { TextChecks.containsWord(targetText, $0) }) {
                    context.add(.articleLabels, "label", "'\(label)' has no '\(translated.text)' ({\(unit.id)}) in the translation",
                                text: targetLabels.joined(separator: ", "), sourceText: label)
                }
            }
        }
        // A capture without markup names no labels: look for the names of several words in its text instead.
        let fromText = targetLabels.isEmpty
        for unit in target.units where unit.id.hasPrefix("ui.") {
            let names = ([unit.text] + Self.variants(unit)).filter { $0.count > 3 && (!fromText || $0.contains(" ")) }
            let used = names.filter { name in
                fromText ? TextChecks.containsWord(targetText, name) : targetLabels.contains { $0.lowercased() == name.lowercased() }
            }
            if used.count > 1 {
                context.add(.articleLabelConsistency, "label", "one control ({\(unit.id)}) named in \(used.count) ways: "
                    + used.map { "'\($0)'" }.joined(separator: ", "), text: used.joined(separator: " | "))
            }
        }
    }

    /// A label unit's known variants.
    private static func variants(_ unit: CatalogUnit) -> [String] {
        unit.notes.filter { $0.category == "translator" }.flatMap { CatalogQA.knownVariants(in: $0.text) }
    }

    /// Product names kept; forbidden terms absent.
    private func checkTerms(_ context: inout ArticleContext) {
        let sourceText = Self.texts(context.source).map(\.text).joined(separator: "\n")
        let checks = TextChecks(language: context.target.language, rules: rules)
        var forbiddenFound = false
        for (place, text) in Self.texts(context.target) {
            for problem in checks.forbiddenTerms(text) {
                forbiddenFound = true
                context.add(.forbiddenTerm, place, problem.message + " (a product name is never translated)", text: text)
            }
        }
        guard !forbiddenFound else { return }
        let targetText = Self.texts(context.target).map(\.text).joined(separator: "\n")
        for name in rules.productNames where TextChecks.containsWord(sourceText, name) && !TextChecks.containsWord(targetText, name) {
            context.add(.productName, "article", "product name '\(name)' translated or dropped", text: context.target.title)
        }
    }

    /// Numbers and dates of the source kept.
    private func checkNumbers(_ context: inout ArticleContext) {
        let sourceNumbers = Self.texts(context.source).flatMap { TextChecks.numbers($0.text) }
        let targetNumbers = Self.texts(context.target).flatMap { TextChecks.numbers($0.text) }
        var remaining = targetNumbers
        var missing: [String] = []
        for number in sourceNumbers {
            if let index = remaining.firstIndex(of: number) { remaining.remove(at: index) } else { missing.append(number) }
        }
        if !missing.isEmpty {
            context.add(.articleDates, "article", "number(s) \(missing.joined(separator: ", ")) of the source missing",
                        text: targetNumbers.joined(separator: " "), sourceText: sourceNumbers.joined(separator: " "))
        }
    }

    /// Sentences appearing twice in the translation (and not in the source).
    private func checkDuplicates(_ context: inout ArticleContext) {
        func sentences(_ article: Article) -> [(place: String, sentence: String)] {
            Self.texts(article).flatMap { entry in
                Self.sentences(entry.text).map { (entry.place, $0) }
            }
        }
        // Sentences repeated within one text or in the next one (a step pasted twice); the same navigation
        // steps in two procedures of one article are not defects.
        let entries = sentences(context.target)
        let sourceKeys = Set(sentences(context.source).map { Self.normalized($0.sentence) })
        var previousPlace = ""
        var previous: Set<String> = []
        var current: Set<String> = []
        var currentPlace = ""
        for (place, sentence) in entries {
            if place != currentPlace {
                previous = current
                previousPlace = currentPlace
                current = []
                currentPlace = place
            }
            let key = Self.normalized(sentence)
            guard key.count >= 25 else { continue }
            if current.contains(key) || previous.contains(key), !sourceKeys.contains(key + " " + key) {
                context.add(.articleDuplicateSentence, place,
                            "sentence repeated (also in \(current.contains(key) ? place : previousPlace))", text: sentence)
            }
            current.insert(key)
        }
    }

    /// `text` cut after `. `, `! ` and `? `.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character.isWhitespace, ".!?".contains(previous) {
                result.append(current.trimmedForQA())
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.trimmedForQA().isEmpty { result.append(current.trimmedForQA()) }
        return result
    }

    /// Lowercased with spaces collapsed.
    private static func normalized(_ sentence: String) -> String {
        sentence.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The in-text checks on every text of the translation.
    private func checkTypography(_ context: inout ArticleContext) {
        let checks = TextChecks(language: context.target.language, rules: rules)
        var seen: Set<String> = []
        for (place, text) in Self.texts(context.target) {
            for problem in checks.problems(in: text) where problem.check != .forbiddenTerm && seen.insert(problem.message).inserted {
                context.add(problem.check, place, problem.message, text: text)
            }
        }
    }
}
