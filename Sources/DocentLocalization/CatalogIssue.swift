/// A problem found by ``CatalogAudit`` in a loaded catalog.
public struct CatalogIssue: Sendable, Equatable {
    /// The kind of problem.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A source unit absent from a target catalog.
        case missingTranslation
        /// A target unit with no source unit.
        case unknownUnit
        /// The target's `{placeholders}` differ from the source's.
        case placeholderMismatch
        /// A target unit without `state`.
        case missingState
        /// A target unit without a `translator` note.
        case missingTranslatorNote
        /// A target text equal to the English source without a `qa` `identical-to-source` note.
        case untranslated
        /// A `{ui.<id>}` label that is not in the same catalog.
        case missingLabel
        /// A plural argument without a case for a category the language requires.
        case missingPluralCategory
        /// Letters glued to a label reference (`{ui.seat.core}s`): the label's own form must carry them.
        case labelSuffix
        /// A French `many` case equal to `other` where the noun after `#` takes « de » (« 1 000 000 de licences »).
        case manyWithoutDe
    }

    /// The catalog file the issue is in.
    public let file: String
    /// The line of the unit (or of `<xliff>` for a missing unit).
    public let line: Int
    /// The unit concerned.
    public let unitID: String
    /// The kind of problem.
    public let kind: Kind
    /// A plain English explanation.
    public let message: String

    /// Creates an issue.
    public init(file: String, line: Int, unitID: String, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.unitID = unitID
        self.kind = kind
        self.message = message
    }
}
