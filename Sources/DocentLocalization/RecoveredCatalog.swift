/// A catalog read in spite of defective units, with the errors of the units it skipped.
public struct RecoveredCatalog: Sendable {
    /// The units that could be read.
    public let catalog: Catalog
    /// One error per skipped unit (no id, a duplicate id, no or an empty target, an unknown state,
    /// an invalid message pattern), in file order.
    public let problems: [CatalogError]
}
