/// Small string helpers that avoid Foundation's locale-dependent APIs.
extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The string with every occurrence of `target` replaced by `replacement`.
    func mappingCharacter(_ target: Character, to replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
