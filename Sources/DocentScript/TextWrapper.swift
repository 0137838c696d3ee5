/// Wraps words to a width counted in characters as a person sees them (grapheme clusters), so
/// accented letters, decomposed or not, count once; styling escapes count for nothing.
public struct TextWrapper: Sendable {
    /// One word: what is printed and how wide it looks.
    struct Word {
        var printed: String
        var width: Int
    }

    /// The visible width of plain text.
    static func width(_ text: String) -> Int { text.count }

    /// Splits segments into words (spaces break; no-break spaces do not).
    static func words(_ pieces: [(text: String, style: (String) -> String)]) -> [Word] {
        var words: [Word] = []
        var current = ""
        var width = 0
        var pendingBreak = false
        for piece in pieces {
            var run = ""
            func flushRun() {
                if !run.isEmpty {
                    current += piece.style(run)
                    width += run.count
                    run = ""
                }
            }
            for character in piece.text {
                if character == " " || character == "\n" || character == "\t" {
                    flushRun()
                    if width > 0 { words.append(Word(printed: current, width: width)) }
                    current = ""
                    width = 0
                    pendingBreak = true
                } else {
                    run.append(character)
                    pendingBreak = false
                }
            }
            flushRun()
        }
        _ = pendingBreak
        if width > 0 { words.append(Word(printed: current, width: width)) }
        return words
    }

    /// Lines of at most `width` visible characters (a longer word stands alone).
    static func wrap(_ words: [Word], width: Int) -> [(text: String, width: Int)] {
        var lines: [(text: String, width: Int)] = []
        var line = ""
        var used = 0
        for word in words {
            if used > 0, used + 1 + word.width > width {
                lines.append((line, used))
                line = ""
                used = 0
            }
            if used > 0 {
                line += " "
                used += 1
            }
            line += word.printed
            used += word.width
        }
        if used > 0 || lines.isEmpty { lines.append((line, used)) }
        return lines
    }
}

extension TextWrapper {
    /// Plain text wrapped to `width`, for tests of the wrapping rules.
    public static func wrapForTesting(_ text: String, width: Int) -> [String] {
        wrap(words([(text, { $0 })]), width: width).map(\.text)
    }
}
