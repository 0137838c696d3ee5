extension CatalogIssue: CustomStringConvertible {
    /// `FILE:LINE: error: [UNIT] MESSAGE`.
    public var description: String {
        "\(file):\(line): error: [\(unitID)] \(message)"
    }
}
