import DocentArticles
import DocentLocalization
import DocentWorkflow
import Foundation

/// How an article's steps line up with a procedure's steps, through the UI labels both name,
/// and whether the article is newer than the revision the procedure records as its source.
public struct DriftReport: Sendable, Codable {
    /// An article step and the procedure steps naming the same controls.
    public struct Match: Sendable, Codable, Hashable {
        /// The article step's number in its section (`4`, `6.1`).
        public var articleStep: String
        /// The article step's text.
        public var text: String
        /// The ids of the procedure steps it matches, in walk order.
        public var procedureSteps: [String]
        /// The labels both name.
        public var labels: [String]
    }

    /// An article step that names controls no procedure step names.
    public struct UnmatchedArticleStep: Sendable, Codable, Hashable {
        /// The step's number in its section.
        public var articleStep: String
        /// The step's text.
        public var text: String
        /// The labels it names.
        public var labels: [String]
    }

    /// A procedure step whose labels no article step names.
    public struct UnmatchedProcedureStep: Sendable, Codable, Hashable {
        /// The step id.
        public var step: String
        /// Its kind (`instruction`, `confirm`, `question`, `input`).
        public var kind: String
        /// The `ui.*` units its message names.
        public var units: [String]
        /// Whether it tells the person to do something in the product (instruction or confirm):
        /// only those count as drift; questions and inputs ask the person and may have no step.
        public var required: Bool
    }

    /// The recorded source and the article's date.
    public struct Source: Sendable, Codable, Hashable {
        /// The source the procedure records for the article's language, if any.
        public var recorded: SourceArticle?
        /// The article's last-updated date.
        public var articleUpdated: ArticleDate?
        /// Whether the article is newer than the recorded revision.
        public var newer: Bool
    }

    /// The procedure's id.
    public var procedure: String
    /// The article's file.
    public var file: String
    /// The article's language.
    public var language: Language
    /// The heading of the section compared (the one sharing most labels with the procedure).
    public var section: String?
    /// The steps matched, in article order.
    public var matched: [Match]
    /// Article steps that name labels but match no procedure step.
    public var articleOnly: [UnmatchedArticleStep]
    /// Procedure steps that name labels but match no article step.
    public var procedureOnly: [UnmatchedProcedureStep]
    /// Article steps of the section that name no label, and so cannot be compared.
    public var unlabelled: Int
    /// The source check.
    public var source: Source
    /// Whether drift was found: an unmatched article step, an unmatched instruction or confirm
    /// step, or an article newer than the recorded source.
    public var drift: Bool

    /// What an article step or note names: its bold labels and its text.
    private struct Item {
        var labels: [String]
        var text: String
    }

    /// A numbered article step (an empty number for a note of the section).
    private struct Numbered {
        var number: String
        var item: Item
    }

    /// A procedure prompt with the label units its message and choices name.
    private struct Prompt {
        var step: Step
        var units: [String]
    }

    /// Compares `article` with `definition`, reading label texts from `catalogs` in the article's language.
    ///
    /// The article's section that names most of the procedure's labels is compared step by step:
    /// each of its steps that names a control matches the procedure steps naming the same
    /// control (bold label, known variant, or the label's words in its text). A procedure step
    /// is found when any step or note of the article names one of its controls.
    public static func compare(article: Article, definition: Definition, catalogs: CatalogSet) -> DriftReport {
        let labels = LabelCatalog(catalogs: catalogs, language: article.language)
        let prompts = Self.prompts(of: definition, source: catalogs.source).filter { !$0.units.isEmpty }
        func shared(_ item: Item, _ prompt: Prompt) -> [String] {
            var result: [String] = []
            for id in prompt.units {
                guard let entry = labels.entry(id) else { continue }
                if let label = item.labels.first(where: { labels.names($0, entry) }) {
                    if !result.contains(label) { result.append(label) }
                } else if labels.mentions(item.text, entry), !result.contains(entry.text) {
                    result.append(entry.text)
                }
            }
            return result
        }
        let sections = article.sections.map { section in
            numbered(section.steps, prefix: "") + section.notes.map { Numbered(number: "", item: Item(labels: $0.labels, text: $0.text)) }
        }
        var best = 0
        var bestScore = -1
        for (index, items) in sections.enumerated() {
            let score = prompts.filter { prompt in items.contains { !shared($0.item, prompt).isEmpty } }.count
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        let steps = sections.isEmpty ? [] : sections[best].filter { !$0.number.isEmpty }
        var matched: [Match] = []
        var articleOnly: [UnmatchedArticleStep] = []
        var unlabelled = 0
        for step in steps {
            let hits = prompts.map { ($0, shared(step.item, $0)) }.filter { !$0.1.isEmpty }
            if hits.isEmpty {
                if step.item.labels.isEmpty {
                    unlabelled += 1
                } else {
                    articleOnly.append(UnmatchedArticleStep(articleStep: step.number, text: step.item.text, labels: step.item.labels))
                }
                continue
            }
            var names: [String] = []
            for label in hits.flatMap(\.1) where !names.contains(label) { names.append(label) }
            matched.append(Match(articleStep: step.number, text: step.item.text, procedureSteps: hits.map(\.0.step.id), labels: names))
        }
        let everything = sections.flatMap { $0 }
        let procedureOnly = prompts.filter { prompt in !everything.contains { !shared($0.item, prompt).isEmpty } }.map { prompt in
            UnmatchedProcedureStep(step: prompt.step.id, kind: prompt.step.kindName, units: prompt.units, required: isRequired(prompt.step))
        }
        let recorded = definition.sources.filter { $0.language == article.language.rawValue }
        let source = recorded.first { $0.article == article.url || $0.article == article.id } ?? recorded.first
        var newer = false
        if let updated = article.updated, let recordedDate = source?.updated.flatMap({ ArticleDate(iso: $0) }) {
            newer = updated > recordedDate
        }
        let drift = !articleOnly.isEmpty || procedureOnly.contains(where: \.required) || newer
        return DriftReport(
            procedure: definition.id, file: article.file, language: article.language,
            section: article.sections.indices.contains(best) ? article.sections[best].heading : nil,
            matched: matched, articleOnly: articleOnly, procedureOnly: procedureOnly, unlabelled: unlabelled,
            source: Source(recorded: source, articleUpdated: article.updated, newer: newer), drift: drift)
    }

    /// Whether a step tells the person to act in the product.
    private static func isRequired(_ step: Step) -> Bool {
        switch step.kind {
        case .instruction, .confirm: return true
        default: return false
        }
    }

    /// The steps of a list, depth first, numbered `1`, `1.1`, `1.1.2`.
    private static func numbered(_ steps: [ArticleStep], prefix: String) -> [Numbered] {
        var result: [Numbered] = []
        for (index, step) in steps.enumerated() {
            let number = prefix + String(index + 1)
            result.append(Numbered(number: number, item: Item(labels: step.labels, text: step.text)))
            for note in step.notes { result.append(Numbered(number: "", item: Item(labels: note.labels, text: note.text))) }
            result += numbered(step.substeps, prefix: number + ".")
        }
        return result
    }

    /// The procedure's prompts in walk order (depth first from the start, first successor first),
    /// then any others in file order, with the `ui.*` units their messages and choices name.
    private static func prompts(of definition: Definition, source: Catalog) -> [Prompt] {
        var order: [String] = []
        var seen: Set<String> = []
        var stack = [definition.start]
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let step = definition.step(id) else { continue }
            order.append(id)
            stack += step.successors.reversed()
        }
        order += definition.steps.map(\.id).filter { !seen.contains($0) }
        return order.compactMap { id -> Prompt? in
            guard let step = definition.step(id), step.isPrompt, let message = step.message else { return nil }
            var messages = [message.id]
            if case .question(_, _, let choices) = step.kind { messages += choices.map(\.label.id) }
            var units: [String] = []
            for id in messages {
                let found = id.hasPrefix("ui.") ? [id] : source[id].map { Self.units(in: $0.source) } ?? []
                for unit in found where !units.contains(unit) { units.append(unit) }
            }
            return Prompt(step: step, units: units)
        }
    }

    /// The `{ui.…}` references of a message pattern.
    static func units(in pattern: String) -> [String] {
        var result: [String] = []
        var rest = Substring(pattern)
        while let open = rest.range(of: "{ui.") {
            let after = rest[open.lowerBound...].dropFirst()
            guard let close = after.firstIndex(of: "}") else { break }
            let id = String(after[..<close])
            if !result.contains(id) { result.append(id) }
            rest = after[close...]
        }
        return result
    }
}
