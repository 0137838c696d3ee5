import DocentLocalization
import Foundation

/// Imports help-center articles: HubSpot knowledge-base pages, Zendesk Help Center pages and
/// Zendesk Help Center API JSON, told apart by their content.
///
/// Limits: files over ``maximumSize`` bytes (8 MiB) are refused before they are read; element
/// nesting is read to ``HTMLParser/maximumDepth`` levels (deeper content is kept as text).
/// libxml2 never touches the network (`HTML_PARSE_NONET`) and loads no DTD or external entity.
public struct ArticleImporter: Sendable {
    /// The largest file imported, in bytes (8 MiB).
    public static let maximumSize = 8 * 1_048_576

    /// The language to use whatever the page says (`--lang`).
    public var language: Language?
    /// The encoding to read HTML with, overriding the page's declared charset (`--encoding`).
    public var encoding: String?

    /// Creates an importer.
    public init(language: Language? = nil, encoding: String? = nil) {
        self.language = language
        self.encoding = encoding
    }

    /// Reads and imports the file at `path`.
    public func importFile(atPath path: String) throws(ArticleError) -> Article {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ArticleError(file: path, kind: .unreadable("no such file"))
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw ArticleError(file: path, kind: .unreadable("it is a directory"))
        }
        if let size = attributes[.size] as? Int, size > Self.maximumSize {
            throw ArticleError(file: path, kind: .tooLarge(size: size, limit: Self.maximumSize))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ArticleError(file: path, kind: .unreadable("\(error.localizedDescription)"))
        }
        return try importData(data, file: path)
    }

    /// Imports many files on every core: each file is read, parsed and freed by one worker, its
    /// document never shared. The results come back in the order of `paths`.
    public func importFiles(atPaths paths: [String]) -> [Result<Article, ArticleError>] {
        let slots = ResultSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            do throws(ArticleError) {
                slots.set(index, .success(try importFile(atPath: paths[index])))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        return slots.values.enumerated().map { index, result in
            result ?? .failure(ArticleError(file: paths[index], kind: .unparsable))
        }
    }

    /// Imports an article from bytes; `file` names it in diagnostics and in the article.
    public func importData(_ data: Data, file: String, address: String? = nil) throws(ArticleError) -> Article {
        if data.count > Self.maximumSize {
            throw ArticleError(file: file, kind: .tooLarge(size: data.count, limit: Self.maximumSize))
        }
        guard let first = data.first(where: { !Self.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else {
            throw ArticleError(file: file, kind: .empty)
        }
        if let encoding, !HTMLParser.knowsEncoding(encoding) {
            throw ArticleError(file: file, kind: .unknownEncoding(encoding))
        }
        if first == UInt8(ascii: "{") {
            return try importJSON(data, file: file)
        }
        guard let page = HTMLParser.parse(data, url: file, encoding: encoding) else {
            throw ArticleError(file: file, kind: .unparsable)
        }
        var reader = PageReader()
        reader.read(page.root)
        let url = address ?? reader.url
        let language = try resolveLanguage(
            file: file, tag: reader.htmlLang, tagSource: .htmlLang, address: url, sections: reader.sections, title: reader.title)
        guard let title = reader.title else { throw ArticleError(file: file, kind: .noTitle) }
        return Article(
            file: file, shape: reader.shape, language: language.0, languageSource: language.1, id: url.flatMap(Self.articleID),
            url: url, title: title, updated: reader.lastUpdated, subscriptions: reader.subscriptions, location: reader.location,
            disclaimer: reader.disclaimer, sections: reader.sections, encoding: page.encoding, markupErrors: page.errors,
            firstMarkupError: Self.describe(page))
    }

    /// Imports Zendesk Help Center API JSON; its body is HTML, parsed as UTF-8.
    private func importJSON(_ data: Data, file: String) throws(ArticleError) -> Article {
        let api = try ZendeskAPIArticle.decode(data, file: file)
        var reader = PageReader()
        var errors = 0
        var firstError: String?
        if let body = api.body, !body.isEmpty {
            let html = Data(("<html><body>" + body + "</body></html>").utf8)
            if html.count > Self.maximumSize {
                throw ArticleError(file: file, kind: .tooLarge(size: html.count, limit: Self.maximumSize))
            }
            if let page = HTMLParser.parse(html, url: file, encoding: "UTF-8") {
                reader.read(page.root)
                errors = page.errors
                firstError = Self.describe(page)
            }
        }
        let title = api.title.collapsingWhitespace
        guard !title.isEmpty else { throw ArticleError(file: file, kind: .noTitle) }
        let language = try resolveLanguage(
            file: file, tag: api.locale, tagSource: .locale, address: api.htmlURL, sections: reader.sections, title: title)
        return Article(
            file: file, shape: .zendeskAPI, language: language.0, languageSource: language.1,
            id: api.id ?? api.htmlURL.flatMap(Self.articleID), url: api.htmlURL, sourceLocale: api.sourceLocale,
            outdated: api.outdated, title: title, updated: api.updatedAt.flatMap { ArticleDate(iso: $0) } ?? reader.lastUpdated,
            subscriptions: reader.subscriptions, location: reader.location, disclaimer: reader.disclaimer,
            sections: reader.sections, encoding: "UTF-8", markupErrors: errors,
            firstMarkupError: firstError)
    }

    /// The override, else the tag, else the address, else a guess from the words.
    private func resolveLanguage(
        file: String, tag: String?, tagSource: LanguageSource, address: String?, sections: [ArticleSection], title: String?
    ) throws(ArticleError) -> (Language, LanguageSource) {
        if let language { return (language, .override) }
        if let tag, let result = LanguageDetection.language(ofTag: tag) {
            switch result {
            case .supported(let language): return (language, tagSource)
            case .unsupported(let code): throw ArticleError(file: file, kind: .unsupportedLanguage(code))
            }
        }
        if let address, let language = LanguageDetection.language(ofAddress: address) { return (language, .url) }
        var texts = [title ?? ""]
        for section in sections {
            texts += section.paragraphs
            texts += section.notes.map(\.text)
            for step in section.steps { step.visit(depth: 0) { _, step in texts.append(step.text) } }
        }
        if let language = LanguageDetection.guess(texts) { return (language, .content) }
        throw ArticleError(file: file, kind: .unknownLanguage)
    }

    /// The first markup error as `line N: message`.
    private static func describe(_ page: HTMLParser.Result) -> String? {
        guard let message = page.firstErrorMessage else { return nil }
        return page.firstErrorLine.map { "line \($0): \(message)" } ?? message
    }

    /// The numeric id in a Zendesk article address (`/articles/4408822236698-…`).
    static func articleID(_ address: String) -> String? {
        guard let range = address.range(of: "/articles/") else { return nil }
        let digits = address[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }

    /// Whether a byte is ASCII white space.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
