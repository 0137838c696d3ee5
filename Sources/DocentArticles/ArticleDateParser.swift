/// Reads the dates articles show: ISO (`2024-11-01`), "Month D, YYYY" and "D Month YYYY" with
/// month names in en, fr, de, sv and nl ("August 26, 2022", « 26 août 2022 », „23. Mai 2023",
/// "augusti 26, 2022", "1 november 2024"), abbreviated or not, "1er" included.
enum ArticleDateParser {
    /// The first date in `text`, or nil.
    static func parse(_ text: String) -> ArticleDate? {
        if let iso = firstISODate(in: text) { return iso }
        var month: Int?
        var day: Int?
        var year: Int?
        for token in tokens(of: text.lowercased()) {
            if let number = Int(token.digits) {
                if token.digits.count == 4, year == nil {
                    year = number
                } else if token.digits.count <= 2, day == nil, token.suffixAllowed {
                    day = number
                }
            } else if month == nil, let value = ArticleVocabulary.months[token.letters] {
                month = value
            }
            if let month, let day, let year { return ArticleDate(year: year, month: month, day: day) }
        }
        return nil
    }

    /// A token: its leading digits, or its letters; `suffixAllowed` tells "1er", "1st", "26." from "26abc".
    private struct Token {
        var digits: String
        var letters: String
        var suffixAllowed: Bool
    }

    /// The first words of `text`, split at anything but letters and digits.
    private static func tokens(of text: String) -> [Token] {
        let words = text.split { !($0.isLetter || $0.isNumber) }
        return words.prefix(40).map { word in
            let digits = String(word.prefix { $0.isASCII && $0.isNumber })
            let rest = word.dropFirst(digits.count)
            let allowed = ["", "er", "e", "st", "nd", "rd", "th", "a", "e"].contains(String(rest))
            return Token(digits: digits.isEmpty ? "" : digits, letters: digits.isEmpty ? String(word) : "", suffixAllowed: allowed)
        }
    }

    /// The first `YYYY-MM-DD` in the first 400 bytes of `text`.
    private static func firstISODate(in text: String) -> ArticleDate? {
        let bytes = Array(text.utf8.prefix(400))
        guard bytes.count >= 10 else { return nil }
        for start in 0...(bytes.count - 10) where bytes[start + 4] == UInt8(ascii: "-") && bytes[start + 7] == UInt8(ascii: "-") {
            if start > 0, bytes[start - 1] >= UInt8(ascii: "0"), bytes[start - 1] <= UInt8(ascii: "9") { continue }
            if let date = ArticleDate(iso: String(decoding: bytes[start..<(start + 10)], as: UTF8.self)) { return date }
        }
        return nil
    }
}
