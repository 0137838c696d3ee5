/// The text of an input field and its cursor, edited like a shell line: ←/→, Backspace, Delete,
/// Home/End (Ctrl-A/Ctrl-E), Ctrl-U (to the start) and Ctrl-W (the word before).
public struct LineEditor: Equatable, Sendable {
    /// The text, by characters.
    public private(set) var characters: [Character] = []
    /// Where the cursor stands, from 0 to `characters.count`.
    public private(set) var cursor = 0

    /// An empty field.
    public init() {}

    /// The text.
    public var text: String { String(characters) }

    /// The text before the cursor.
    public var beforeCursor: String { String(characters[..<cursor]) }

    /// Applies a key; false when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home:
            cursor = 0
        case .end:
            cursor = characters.count
        case .killLine:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .killWord:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// Empties the field.
    public mutating func clear() {
        characters = []
        cursor = 0
    }
}
