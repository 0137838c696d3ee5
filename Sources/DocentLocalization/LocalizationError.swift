/// A message that cannot be produced.
public enum LocalizationError: Error, Sendable, Equatable {
    /// No unit `id` in the `language` catalog.
    case missingMessage(String, Language)
    /// Unit `id` (at `file`:`line`) could not be formatted: a missing argument or label, or a bad number.
    case formatting(id: String, language: Language, file: String, line: Int, MessageFormatError)
}
