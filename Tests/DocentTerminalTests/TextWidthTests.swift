import DocentTerminal
import Testing

/// Display widths and wrapping: what a terminal shows, not what a string counts.
@Suite("text width and wrapping")
struct TextWidthTests {
    @Test("wide ideographs take two columns, combining accents none, styles none")
    func widths() {
        #expect(TextWidth.columns(of: "abc") == 3)
        #expect(TextWidth.columns(of: "日本語") == 6)
        #expect(TextWidth.columns(of: "e\u{0301}te\u{0301}") == 3, "a decomposed é is one column, not two")
        #expect(TextWidth.columns(of: "\u{1B}[1mSave\u{1B}[22m") == 4)
        #expect(TextWidth.columns(of: "한국어") == 6)
        #expect(TextWidth.columns(of: "ｆｕｌｌ") == 8, "fullwidth Latin takes two")
        #expect(TextWidth.columns(of: "a\u{200D}b") == 2, "a joiner takes none")
    }

    @Test("lines break between words, never inside one that fits, and never exceed the width")
    func wrapping() {
        let text = "Choisissez l’utilisateur principale dans la liste des utilisateurs du compte"
        let lines = TextWidth.wrap(text, width: 20)
        #expect(lines.allSatisfy { TextWidth.columns(of: $0) <= 20 })
        #expect(lines.joined(separator: " ") == text, "only spaces became line breaks")
        #expect(lines.contains { $0.hasSuffix("principale") || $0.hasPrefix("principale") }, "\(lines)")
    }

    @Test("wide characters wrap by columns, and a decomposed accent stays with its letter")
    func wideWrapping() {
        let lines = TextWidth.wrap("東京都の新しいユーザーを追加します", width: 10)
        #expect(lines.allSatisfy { TextWidth.columns(of: $0) <= 10 }, "\(lines)")
        #expect(lines.count == 4, "\(lines)")
        let accented = TextWidth.wrap("re\u{0301}sume\u{0301} re\u{0301}sume\u{0301}", width: 6)
        #expect(accented == ["re\u{0301}sume\u{0301}", "re\u{0301}sume\u{0301}"])
    }

    @Test("cutting keeps whole characters and marks the cut")
    func truncation() {
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("日本語です", to: 6) == "日本…")
        #expect(TextWidth.truncate("short", to: 10) == "short")
        let styled = TextWidth.truncate("\u{1B}[1mabcdef\u{1B}[22m", to: 4)
        #expect(styled.hasSuffix("\u{1B}[0m…"), "styles are reset before the mark")
        #expect(TextWidth.columns(of: styled) == 4)
    }
}
