import DocentLocalization

/// Why `docent qa` or `docent l10n` could not read its input, by exit code class.
public enum QALoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file or folder that does not exist (exit 66).
    case missing(path: String)
    /// A file that exists but cannot be used (exit 65).
    case badData(String)
    /// A request that cannot be honoured as given (exit 64).
    case usage(String)

    /// The diagnostic line.
    public var description: String {
        switch self {
        case let .missing(path): "\(path): error: no such file or folder"
        case let .badData(text): text
        case let .usage(text): "error: \(text)"
        }
    }
}
