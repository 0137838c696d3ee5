/// Formats catalog messages in one language.
public struct Localizer: Sendable {
    /// All catalogs (the source catalog is the fallback of ``string(_:_:)``).
    public let catalogs: CatalogSet
    /// The language messages are produced in.
    public let language: Language

    /// Creates a localizer for `language`.
    public init(catalogs: CatalogSet, language: Language) {
        self.catalogs = catalogs
        self.language = language
    }

    /// Formats message `id` with `arguments`; `{ui.<id>}` labels come from the same catalog.
    public func message(_ id: String, _ arguments: [String: Argument] = [:]) throws(LocalizationError) -> FormattedMessage {
        try Self.message(id, arguments, in: catalogs.catalog(language))
    }

    /// Formats message `id` as plain text; never fails.
    ///
    /// Falls back to the source (English) message, then to the id itself, so a broken catalog cannot
    /// make the interface unusable (``CatalogAudit`` reports such problems).
    public func string(_ id: String, _ arguments: [String: Argument] = [:]) -> String {
        if let message = try? message(id, arguments) { return message.plainText }
        if let message = try? Self.message(id, arguments, in: catalogs.source) { return message.plainText }
        return id
    }

    /// The text of label `ui.<id>` (with the `ui.` prefix) in this language, if present.
    public func label(_ id: String) -> String? {
        Self.label(id, in: catalogs.catalog(language))
    }

    /// Formats `id` from `catalog`.
    private static func message(
        _ id: String,
        _ arguments: [String: Argument],
        in catalog: Catalog
    ) throws(LocalizationError) -> FormattedMessage {
        guard let unit = catalog[id: id] else { throw .missingMessage(id, catalog.language) }
        do {
            return try unit.pattern.format(arguments, language: catalog.language) { label($0, in: catalog, arguments: arguments) }
        } catch {
            throw .formatting(id: id, language: catalog.language, file: catalog.file, line: unit.line, error)
        }
    }

    /// Resolves a `ui.<id>` label, formatted with the arguments of the message that shows it (so
    /// a button such as "Remove {count} seats" reads with the number chosen); its raw text if that fails.
    static func label(_ name: String, in catalog: Catalog, arguments: [String: Argument] = [:]) -> String? {
        guard name.hasPrefix(MessageFormatter.labelPrefix), let unit = catalog[id: name] else { return nil }
        return (try? unit.pattern.format(arguments, language: catalog.language).plainText) ?? unit.text
    }
}
