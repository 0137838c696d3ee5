extension LocalizationError: CustomStringConvertible {
    /// `error: no message "id" in the fr catalog` or `FILE:LINE: error: [id] PROBLEM`.
    public var description: String {
        switch self {
        case let .missingMessage(id, language):
            "error: no message \"\(id)\" in the \(language.englishName) (\(language.rawValue)) catalog"
        case let .formatting(id, _, file, line, cause):
            "\(file):\(line): error: [\(id)] \(cause.problemDescription)"
        }
    }
}
