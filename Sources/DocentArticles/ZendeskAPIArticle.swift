import Foundation

/// The fields Docent reads from a Zendesk Help Center API article
/// (`GET /api/v2/help_center/{locale}/articles/{id}`), bare or wrapped in `{"article": …}`.
struct ZendeskAPIArticle: Decodable {
    /// The article id (a number in the API; a string is accepted).
    var id: String?
    /// The translation's locale (`fr`, `nl-nl`).
    var locale: String?
    /// The locale the article was written in.
    var sourceLocale: String?
    /// The title.
    var title: String
    /// The body, as HTML.
    var body: String?
    /// When the translation was last updated (ISO 8601).
    var updatedAt: String?
    /// Whether the translation is flagged as outdated.
    var outdated: Bool?
    /// The article's address in the Help Center.
    var htmlURL: String?

    /// The API's field names.
    private enum CodingKeys: String, CodingKey {
        case id, locale, title, body, outdated
        case sourceLocale = "source_locale"
        case updatedAt = "updated_at"
        case htmlURL = "html_url"
    }

    /// The wrapper of `GET …/articles/{id}`.
    private enum WrapperKeys: String, CodingKey { case article }

    /// Reads a bare or wrapped article.
    init(from decoder: any Decoder) throws {
        if let wrapper = try? decoder.container(keyedBy: WrapperKeys.self), wrapper.contains(.article) {
            self = try wrapper.decode(ZendeskAPIArticle.self, forKey: .article)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try? c.decodeIfPresent(Int64.self, forKey: .id) {
            id = String(number)
        } else {
            id = try c.decodeIfPresent(String.self, forKey: .id)
        }
        locale = try c.decodeIfPresent(String.self, forKey: .locale)
        sourceLocale = try c.decodeIfPresent(String.self, forKey: .sourceLocale)
        title = try c.decode(String.self, forKey: .title)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        updatedAt = try c.decodeIfPresent(String.self, forKey: .updatedAt)
        outdated = try c.decodeIfPresent(Bool.self, forKey: .outdated)
        htmlURL = try c.decodeIfPresent(String.self, forKey: .htmlURL)
    }

    /// Decodes `data`, with a short description of what is wrong.
    static func decode(_ data: Data, file: String) throws(ArticleError) -> ZendeskAPIArticle {
        func failure(_ message: String) -> ArticleError { ArticleError(file: file, kind: .badJSON(message)) }
        do {
            return try JSONDecoder().decode(ZendeskAPIArticle.self, from: data)
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, _): throw failure("the field '\(key.stringValue)' is missing")
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                let field = context.codingPath.last?.stringValue ?? "value"
                throw failure("the field '\(field)' has the wrong type")
            case .dataCorrupted: throw failure("not valid JSON")
            @unknown default: throw failure("not valid JSON")
            }
        } catch {
            throw failure("not valid JSON")
        }
    }
}
