/// A help-center article a definition was written from, in one language.
///
/// JSON, under a definition's optional `"sources"` key:
/// `{"language": "fr", "article": "https://…" or an id, "updated": "2022-08-26"}`.
public struct SourceArticle: Sendable, Hashable, Codable {
    /// The article's language code (`fr`).
    public var language: String
    /// The article's address or id.
    public var article: String
    /// The last-updated date (`YYYY-MM-DD`) of the revision the definition follows, when the page showed one.
    public var updated: String?

    /// Creates a source.
    public init(language: String, article: String, updated: String? = nil) {
        self.language = language
        self.article = article
        self.updated = updated
    }
}
