import DocentLocalization
import DocentWorkflow

/// A draft folder loaded and validated: its definition and the catalog of its new units.
public struct LoadedDraft: Sendable {
    /// The validated definition.
    public let definition: Definition
    /// The draft's catalog (source language: the article's).
    public let catalog: Catalog
    /// Target catalogs of its labels in other languages, from the same article in those languages.
    public let translations: [Catalog]

    /// The draft's language.
    public var language: Language { catalog.language }
}
