/// Why an article could not be imported; the file is always named.
public struct ArticleError: Error, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The file does not exist or cannot be read.
        case unreadable(String)
        /// The file is larger than ``ArticleImporter/maximumSize``.
        case tooLarge(size: Int, limit: Int)
        /// The file is empty.
        case empty
        /// The `--encoding` given is not one libxml2 knows.
        case unknownEncoding(String)
        /// libxml2 could not build a document at all.
        case unparsable
        /// Zendesk API JSON that cannot be read.
        case badJSON(String)
        /// The page has no title (`h1`, `<title>` or JSON `title`).
        case noTitle
        /// The language cannot be told; `--lang` gives it.
        case unknownLanguage
        /// The page's language is not one Docent speaks.
        case unsupportedLanguage(String)
    }

    /// The file, as given (`-` for standard input).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What went wrong.
    public var kind: Kind

    /// Creates an error.
    public init(file: String, line: Int? = nil, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// Whether the error is about the input's existence rather than its content.
    public var isMissingInput: Bool {
        if case .unreadable = kind { return true }
        return false
    }

    /// Whether the error is about how the importer was called (an unknown `--encoding`).
    public var isUsage: Bool {
        if case .unknownEncoding = kind { return true }
        return false
    }
}
