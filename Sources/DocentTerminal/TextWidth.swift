/// Terminal columns taken by text: East Asian wide and fullwidth characters take two, combining
/// marks and joiners none, escape sequences (styles) none. Wrapping and cutting work on words and
/// whole characters, so a word is never split at the edge and an accent never leaves its letter.
public enum TextWidth {
    /// The columns one scalar takes on its own.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060 || value == 0xFEFF { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(value) { return 0 }
        if isWide(value) { return 2 }
        return 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, and wide emoji.
    public static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
            0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
            0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
            0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
            0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
            0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The columns a character (a grapheme cluster) takes: its widest scalar, so a letter with
    /// combining accents takes one and a wide ideograph two.
    public static func columns(of character: Character) -> Int {
        character.unicodeScalars.map(columns(of:)).max() ?? 0
    }

    /// The columns `text` takes, escape sequences (ESC [ … final) counted as nothing.
    public static func columns(of text: String) -> Int {
        var total = 0
        var escaping = false
        for character in text {
            if escaping {
                if let scalar = character.unicodeScalars.first, (0x40...0x7E).contains(scalar.value), character != "[" { escaping = false }
                continue
            }
            if character == "\u{1B}" { escaping = true; continue }
            total += columns(of: character)
        }
        return total
    }

    /// `text` cut to at most `width` columns, with `…` when something was cut; styles are
    /// closed with a reset when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard columns(of: text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = ""
        var used = 0
        var escaping = false
        var styled = false
        for character in text {
            if escaping {
                result.append(character)
                if let scalar = character.unicodeScalars.first, (0x40...0x7E).contains(scalar.value), character != "[" { escaping = false }
                continue
            }
            if character == "\u{1B}" { escaping = true; styled = true; result.append(character); continue }
            let wide = columns(of: character)
            if used + wide > width - 1 { break }
            result.append(character)
            used += wide
        }
        return result + (styled ? "\u{1B}[0m" : "") + "…"
    }

    /// `text` broken into lines of at most `width` columns at spaces; a word longer than a whole
    /// line is cut between characters. Existing line breaks are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 4)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
                var word = word
                var wide = columns(of: word)
                let gap = line.isEmpty ? 0 : 1
                if used + gap + wide <= width {
                    line += (line.isEmpty ? "" : " ") + word
                    used += gap + wide
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                used = 0
                while wide > width {
                    // A word wider than the line (a long address): cut between characters.
                    var head = ""
                    var headWidth = 0
                    var rest = Substring(word)
                    while let first = rest.first, headWidth + columns(of: first) <= width {
                        head.append(first)
                        headWidth += columns(of: first)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty, let first = rest.first { head.append(first); rest = rest.dropFirst() }
                    lines.append(head)
                    word = String(rest)
                    wide = columns(of: word)
                }
                line = word
                used = wide
            }
            lines.append(line)
        }
        return lines
    }
}
