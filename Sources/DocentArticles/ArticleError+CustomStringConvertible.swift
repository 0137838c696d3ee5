extension ArticleError: CustomStringConvertible {
    /// `file:line: error: …`.
    public var description: String {
        let place = file + (line.map { ":\($0)" } ?? "")
        return "\(place): error: \(message)"
    }

    /// The message without the place.
    public var message: String {
        switch kind {
        case .unreadable(let cause): return "cannot read the file: \(cause)"
        case .tooLarge(let size, let limit):
            return "the file is \(size) bytes; articles larger than \(limit) bytes (\(limit / 1_048_576) MiB) are refused"
        case .empty: return "the file is empty"
        case .unknownEncoding(let name): return "unknown encoding '\(name)' (try UTF-8, ISO-8859-1 or windows-1252)"
        case .unparsable: return "libxml2 could not read any HTML in this file"
        case .badJSON(let cause): return "not a Zendesk Help Center article: \(cause)"
        case .noTitle: return "no article title (no h1, <title> or JSON title)"
        case .unknownLanguage: return "cannot tell the article's language (no <html lang>, no language in its address); give --lang"
        case .unsupportedLanguage(let code): return "the article's language '\(code)' is not one of en, fr, de, sv, nl; give --lang"
        }
    }
}
