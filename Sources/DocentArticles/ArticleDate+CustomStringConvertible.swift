extension ArticleDate: CustomStringConvertible {
    /// `YYYY-MM-DD`.
    public var description: String { iso }
}
