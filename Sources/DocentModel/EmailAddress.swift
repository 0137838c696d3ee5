/// Validation of email addresses shaped like `local@domain.tld`.
enum EmailAddress {
    /// Whether the text has one `@`, a non-empty local part and a dotted domain with non-empty labels.
    static func isValid(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
