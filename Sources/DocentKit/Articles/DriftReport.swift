import DocentArticles
import DocentLocalization
import DocentWorkflow
import Foundation

/// How an article's steps line up with a procedure's steps, through the UI labels both name,
/// and whether the article is newer than the revision the procedure records as its source.
public struct DriftReport: Sendable, Codable {
    /// An article step and the procedure step it matches.
    public struct Match: Sendable, Codable, Hashable {
        /// The article step's number in its section (`4`, `6.1`).
        public var articleStep: String
        /// The article step's text.
        public var text: String
        /// The procedure step's id.
        public var procedureStep: String
        /// The labels both name.
        public var labels: [String]
    }

    /// An article step that names labels no procedure step names in that order.
    public struct ArticleStep: Sendable, Codable, Hashable {
        /// The step's number in its section.
        public var articleStep: String
        /// The step's text.
        public var text: String
        /// The labels it names.
        public var labels: [String]
    }

    /// A procedure step whose labels no article step names.
    public struct ProcedureStep: Sendable, Codable, Hashable {
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
    public var articleOnly: [ArticleStep]
    /// Procedure steps that name labels but match no article step.
    public var procedureOnly: [ProcedureStep]
    /// Article steps of the section that name no label, and so cannot be compared.
    public var unlabelled: Int
    /// The source check.
    public var source: Source
    /// Whether drift was found: an unmatched article step, an unmatched instruction or confirm
    /// step, or an article newer than the recorded source.
    public var drift: Bool

    /// A numbered article step with its label texts.
    private struct Numbered {
        var number: String
        var step: DocentArticles.ArticleStep
    }

    /// A procedure prompt with the label units its message and choices name.
    private struct Prompt {
        var step: Step
        var units: [String]
    }

    /// Compares `article` with `definition`, reading label texts from `catalogs` in the article's language.
    public static func compare(article: Article, definition: Definition, catalogs: CatalogSet) -> DriftReport {
        let labels = LabelCatalog(catalogs: catalogs, language: article.language)
        let prompts = Self.prompts(of: definition, source: catalogs.source).filter { !$0.units.isEmpty }
        func matches(_ step: DocentArticles.ArticleStep, _ prompt: Prompt) -> [String] {
            step.labels.filter { label in
                prompt.units.contains { id in labels.entry(id).map { labels.names(label, $0) } ?? false }
            }
        }
        let sections = article.sections.map { numbered($0.steps, prefix: "") }
        var best = 0
        var bestScore = -1
        for (index, steps) in sections.enumerated() {
            let score = prompts.filter { prompt in steps.contains { !matches($0.step, prompt).isEmpty } }.count
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        let all = sections.isEmpty ? [] : sections[best]
        let steps = all.filter { !$0.step.labels.isEmpty }
        let n = steps.count, m = prompts.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    let pair = matches(steps[i].step, prompts[j]).isEmpty ? 0 : table[i + 1][j + 1] + 1
                    table[i][j] = max(pair, table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var matched: [Match] = []
        var articleOnly: [ArticleStep] = []
        var usedPrompts: Set<Int> = []
        var i = 0, j = 0
        while i < n, j < m {
            let shared = matches(steps[i].step, prompts[j])
            if !shared.isEmpty, table[i][j] == table[i + 1][j + 1] + 1 {
                matched.append(Match(articleStep: steps[i].number, text: steps[i].step.text, procedureStep: prompts[j].step.id, labels: shared))
                usedPrompts.insert(j)
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                articleOnly.append(ArticleStep(articleStep: steps[i].number, text: steps[i].step.text, labels: steps[i].step.labels))
                i += 1
            } else {
                j += 1
            }
        }
        while i < n {
            articleOnly.append(ArticleStep(articleStep: steps[i].number, text: steps[i].step.text, labels: steps[i].step.labels))
            i += 1
        }
        let procedureOnly = prompts.enumerated().filter { !usedPrompts.contains($0.offset) }.map { _, prompt in
            ProcedureStep(step: prompt.step.id, kind: prompt.step.kindName, units: prompt.units, required: isRequired(prompt.step))
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
            matched: matched, articleOnly: articleOnly, procedureOnly: procedureOnly,
            unlabelled: all.count - steps.count,
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
    private static func numbered(_ steps: [DocentArticles.ArticleStep], prefix: String) -> [Numbered] {
        var result: [Numbered] = []
        for (index, step) in steps.enumerated() {
            let number = prefix + String(index + 1)
            result.append(Numbered(number: number, step: step))
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
