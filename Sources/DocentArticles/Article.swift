import DocentLocalization

/// A help-center article read from HTML or from the Zendesk Help Center API: its metadata and
/// its steps as a tree.
public struct Article: Sendable, Hashable, Codable {
    /// The file the article was read from (`-` for standard input), as named in diagnostics.
    public var file: String
    /// The kind of page it came from.
    public var shape: ArticleShape
    /// The article's language.
    public var language: Language
    /// Where the language was found.
    public var languageSource: LanguageSource
    /// The vendor's article id (Zendesk), when known.
    public var id: String?
    /// The page's canonical address, when the page or the API names it.
    public var url: String?
    /// The language the article was translated from (Zendesk API `source_locale`).
    public var sourceLocale: String?
    /// Whether the vendor flags this translation as outdated (Zendesk API `outdated`).
    public var outdated: Bool?
    /// The article's title.
    public var title: String
    /// The last-updated date the page shows.
    public var updated: ArticleDate?
    /// The subscriptions and tiers the article applies to, one line per product.
    public var subscriptions: [String]
    /// The navigation path of a Zendesk "Location: Admin Center > …" line.
    public var location: [String]
    /// The machine-translation disclaimer, when the page has one.
    public var disclaimer: String?
    /// The sections in page order; the first may have no heading (the text before the first one).
    public var sections: [ArticleSection]
    /// The character encoding the page declared or was read with (`--encoding`).
    public var encoding: String?
    /// How many markup errors libxml2 recovered from (unclosed tags, stray end tags…).
    public var markupErrors: Int
    /// The first markup error, with its line (`line 12: Unexpected end tag : li`).
    public var firstMarkupError: String?

    /// Creates an article.
    public init(
        file: String, shape: ArticleShape, language: Language, languageSource: LanguageSource, id: String? = nil,
        url: String? = nil, sourceLocale: String? = nil, outdated: Bool? = nil, title: String, updated: ArticleDate? = nil,
        subscriptions: [String] = [], location: [String] = [], disclaimer: String? = nil, sections: [ArticleSection] = [],
        encoding: String? = nil, markupErrors: Int = 0, firstMarkupError: String? = nil
    ) {
        self.file = file
        self.shape = shape
        self.language = language
        self.languageSource = languageSource
        self.id = id
        self.url = url
        self.sourceLocale = sourceLocale
        self.outdated = outdated
        self.title = title
        self.updated = updated
        self.subscriptions = subscriptions
        self.location = location
        self.disclaimer = disclaimer
        self.sections = sections
        self.encoding = encoding
        self.markupErrors = markupErrors
        self.firstMarkupError = firstMarkupError
    }

    /// Every step of every section, depth first, with its depth (0 for a top-level step).
    public var flattenedSteps: [(section: Int, depth: Int, step: ArticleStep)] {
        var result: [(section: Int, depth: Int, step: ArticleStep)] = []
        for (index, section) in sections.enumerated() {
            for step in section.steps {
                step.visit(depth: 0) { depth, step in result.append((index, depth, step)) }
            }
        }
        return result
    }

    /// The UI labels the article names in its steps and notes, each once, in page order.
    public var labels: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        func add(_ labels: [String]) {
            for label in labels where seen.insert(label).inserted { result.append(label) }
        }
        for section in sections {
            section.notes.forEach { add($0.labels) }
            for step in section.steps {
                step.visit(depth: 0) { _, step in
                    add(step.labels)
                    step.notes.forEach { add($0.labels) }
                }
            }
        }
        return result
    }
}
