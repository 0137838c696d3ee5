/// Where an article's language was found.
public enum LanguageSource: String, Sendable, Hashable, Codable {
    /// Given by the caller (`--lang`).
    case override
    /// The `<html lang>` attribute.
    case htmlLang = "html-lang"
    /// The Zendesk API's `locale` field.
    case locale
    /// A language segment of the page's address (`/fr/`, `/hc/nl-nl/`).
    case url
    /// Guessed from the page's localized labels (last-updated line, notes, month names).
    case content
}
