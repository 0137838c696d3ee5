extension FormattedMessage: CustomStringConvertible {
    /// The plain text.
    public var description: String { plainText }
}
