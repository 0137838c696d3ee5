import DocentArticles
import DocentLocalization

/// The UI labels a set of articles names, per language, compared with Docent's `ui.*` labels.
public struct LabelReport: Sendable, Codable {
    /// One label an article names.
    public struct Entry: Sendable, Codable, Hashable {
        /// The label as the article writes it.
        public var label: String
        /// How it relates to Docent's labels.
        public var relation: LabelCatalog.Relation
        /// The related unit (`ui.save`), if any.
        public var unit: String?
        /// Docent's text for that unit, when it differs from the article's.
        public var docent: String?
        /// The files that name it.
        public var files: [String]
    }

    /// The articles' language.
    public var language: Language
    /// The labels, in order of first appearance.
    public var labels: [Entry]

    /// The labels the entries name that differ from Docent's (a variant, a renamed label or an unknown one).
    public var differing: [Entry] { labels.filter { $0.relation != .same } }

    /// One report per language the articles are in, in the order of `Language.allCases`.
    public static func make(articles: [Article], catalogs: CatalogSet) -> [LabelReport] {
        Language.allCases.compactMap { language in
            let inLanguage = articles.filter { $0.language == language }
            guard !inLanguage.isEmpty else { return nil }
            let catalog = LabelCatalog(catalogs: catalogs, language: language)
            var entries: [Entry] = []
            var positions: [String: Int] = [:]
            for article in inLanguage {
                for label in article.labels {
                    if let position = positions[label] {
                        if !entries[position].files.contains(article.file) { entries[position].files.append(article.file) }
                        continue
                    }
                    let (relation, entry) = catalog.relate(label)
                    positions[label] = entries.count
                    entries.append(Entry(
                        label: label, relation: relation, unit: entry?.id,
                        docent: relation == .same ? nil : entry?.text, files: [article.file]))
                }
            }
            return LabelReport(language: language, labels: entries)
        }
    }
}
