extension String {
    /// The string without leading and trailing spaces.
    var trimmedSpaces: String {
        // Slicing keeps the text's storage: rebuilding it from a reversed sequence, character by
        // character, cost a quarter of an import (BENCHMARKS.md).
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[first...last])
    }

    /// The string without a trailing colon and the spaces around it.
    var trimmingColon: String {
        var text = trimmedSpaces
        while let last = text.last, last == ":" || last == "：" || last == " " { text.removeLast() }
        return text
    }

    /// The string with every run of white space (U+00A0 included) collapsed to one space, trimmed.
    var collapsingWhitespace: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The string, or nil when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
