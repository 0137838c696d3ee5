extension LanguageError: CustomStringConvertible {
    /// `SOURCE: error: unsupported language "xx"; supported languages: en, fr, de, sv, nl`.
    public var description: String {
        switch self {
        case let .unsupported(value, source):
            "\(source): error: unsupported language \"\(value)\"; supported languages: \(Self.supportedList)"
        }
    }
}
