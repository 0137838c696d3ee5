/// The kind of page an article was read from, told from the page's content.
public enum ArticleShape: String, Sendable, Hashable, Codable {
    /// A HubSpot knowledge-base page: a "last updated" line, an "available with" list of tiers.
    case hubspot
    /// A Zendesk Help Center page: a `<time datetime>` date, an article body, a "Location:" path.
    case zendesk
    /// A Zendesk Help Center API article (JSON with `title`, `body`, `locale`).
    case zendeskAPI = "zendesk-api"
    /// An HTML page with neither vendor's marks.
    case generic
}
