import DocentTerminal
import Testing

/// The input field's editing keys.
@Suite("line editing")
struct LineEditorTests {
    func typed(_ text: String, into editor: inout LineEditor) {
        for character in text { _ = editor.apply(.character(character)) }
    }

    @Test("insertion at the cursor, ←/→, Home/End, Backspace and Delete")
    func movement() {
        var editor = LineEditor()
        typed("person@example.com", into: &editor)
        _ = editor.apply(.home)
        typed("new.", into: &editor)
        #expect(editor.text == "new.person@example.com")
        #expect(editor.beforeCursor == "new.")
        _ = editor.apply(.end)
        _ = editor.apply(.backspace)
        _ = editor.apply(.left)
        _ = editor.apply(.delete)
        #expect(editor.text == "new.person@example.c")
        _ = editor.apply(.right)
        _ = editor.apply(.right)
        #expect(editor.cursor == editor.characters.count, "→ stops at the end")
    }

    @Test("Ctrl-W deletes the word before the cursor, Ctrl-U everything before it")
    func killing() {
        var editor = LineEditor()
        typed("two more words", into: &editor)
        _ = editor.apply(.killWord)
        #expect(editor.text == "two more ")
        _ = editor.apply(.killWord)
        #expect(editor.text == "two ")
        _ = editor.apply(.left)
        _ = editor.apply(.killLine)
        #expect(editor.text == " ")
        #expect(editor.cursor == 0)
        let handled = editor.apply(.enter)
        #expect(!handled, "Enter is not an editing key")
    }

    @Test("characters are whole graphemes: one Backspace removes a letter and its accent")
    func graphemes() {
        var editor = LineEditor()
        typed("cafe\u{0301}", into: &editor)
        _ = editor.apply(.backspace)
        #expect(editor.text == "caf")
    }
}
