import Foundation
import DocentLocalization

/// Checks on one piece of text (a message variant, an article's sentence), shared by catalogs and articles.
///
/// U+FFFC stands for a placeholder: it counts as a word for spacing and as a number for currency amounts.
struct TextChecks: Sendable {
    /// One problem: its check and a plain explanation.
    struct Problem: Sendable, Equatable {
        var check: QACheck
        var message: String
    }

    /// The language of the text.
    let language: Language
    /// Product names, brand names, repeatable words.
    let rules: QARules

    /// Every in-text problem: spaces, brackets, quotes, French spacing, repeated words, glued words,
    /// currency spacing and forbidden terms.
    func problems(in text: String) -> [Problem] {
        var result: [Problem] = []
        result += spacing(text)
        result += brackets(text)
        result += quoteMarks(text)
        if language == .fr { result += frenchSpacing(text) }
        result += repeatedWords(text)
        result += gluedWords(text)
        result += currencySpacing(text)
        result += forbiddenTerms(text)
        return result
    }

    // MARK: - Spaces

    /// Double spaces and a space before `,` or `.` (and before `: ; ! ?` outside French).
    func spacing(_ text: String) -> [Problem] {
        var result: [Problem] = []
        if text.contains("  ") { result.append(Problem(check: .spaces, message: "double space")) }
        let characters = Array(text)
        let marks: Set<Character> = language == .fr ? [",", "."] : [",", ".", ":", ";", "!", "?"]
        for index in characters.indices.dropFirst() where marks.contains(characters[index]) && characters[index - 1] == " " {
            if index >= 2, characters[index - 2] == " " { continue }
            result.append(Problem(check: .spaces, message: "space before '\(characters[index])'"))
            break
        }
        return result
    }

    // MARK: - Brackets and quotes

    /// Quotation mark pairs of `language` (opening, closing).
    private var quotePairs: [(Character, Character)] {
        switch language {
        case .en, .nl: [("“", "”")]
        case .fr: [("«", "»"), ("“", "”")]
        case .de: [("„", "“"), ("»", "«")]
        case .sv: []
        }
    }

    /// Unbalanced `()`/`[]`, quotation marks of the language, and an odd number of `"` (or Swedish `”`).
    func brackets(_ text: String) -> [Problem] {
        var stack: [Character] = []
        let closers: [Character: Character] = [")": "(", "]": "["]
        var pairs: [Character: Character] = [:]
        var openers: Set<Character> = ["(", "["]
        for (open, close) in quotePairs where open != close {
            pairs[close] = open
            openers.insert(open)
        }
        for character in text {
            if openers.contains(character) {
                stack.append(character)
            } else if let open = closers[character] ?? pairs[character] {
                guard stack.last == open else {
                    return [Problem(check: .brackets, message: "'\(character)' closes nothing")]
                }
                stack.removeLast()
            }
        }
        if let open = stack.last { return [Problem(check: .brackets, message: "'\(open)' is never closed")] }
        let symmetric: [Character] = language == .sv ? ["\"", "”", "»"] : ["\""]
        for mark in symmetric where text.filter({ $0 == mark }).count % 2 == 1 {
            return [Problem(check: .brackets, message: "odd number of '\(mark)'")]
        }
        return []
    }

    /// Quotation marks the language does not use, and typewriter quotes.
    func quoteMarks(_ text: String) -> [Problem] {
        let allowed: Set<Character> = switch language {
        case .en: ["“", "”", "‘", "’"]
        case .fr: ["«", "»", "“", "”", "’"]
        case .de: ["„", "“", "‚", "‘", "»", "«", "’"]
        case .sv: ["”", "’", "»"]
        case .nl: ["“", "”", "‘", "’", "„"]
        }
        let marks: Set<Character> = ["“", "”", "„", "«", "»", "‹", "›", "‚"]
        if text.contains("\"") {
            return [Problem(check: .quotes, message: "typewriter quote '\"' (use the language's quotation marks)")]
        }
        for character in text where marks.contains(character) && !allowed.contains(character) {
            return [Problem(check: .quotes, message: "'\(character)' is not a \(language.englishName) quotation mark")]
        }
        return []
    }

    // MARK: - French spacing

    /// Whether `character` is a no-break space French accepts before high punctuation.
    private static func isNoBreakSpace(_ character: Character) -> Bool {
        character == "\u{00A0}" || character == "\u{202F}"
    }

    /// A (narrow) no-break space before `: ; ! ?` and `»`, and after `«`; an ordinary space or none is reported.
    func frenchSpacing(_ text: String) -> [Problem] {
        let characters = Array(text)
        var result: [Problem] = []
        for index in characters.indices {
            let character = characters[index]
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case ":", ";", "!", "?", "»":
                guard let previous, !"!?".contains(previous) || character == "»" else { continue }
                if character == ":", next == "/" || (previous.isNumber && (next?.isNumber ?? false)) { continue }
                if Self.isNoBreakSpace(previous) { continue }
                if previous == " " {
                    result.append(Problem(check: .frenchSpacing, message: "ordinary space before '\(character)' (use U+202F or U+00A0)"))
                } else if previous.isLetter || previous.isNumber || previous == MessageVariants.slot || previous == ")" || previous == "»" {
                    result.append(Problem(check: .frenchSpacing, message: "no space before '\(character)' (French puts U+202F or U+00A0 there)"))
                }
            case "«":
                guard let next else { continue }
                if next == " " {
                    result.append(Problem(check: .frenchSpacing, message: "ordinary space after '«' (use U+202F or U+00A0)"))
                } else if !Self.isNoBreakSpace(next) {
                    result.append(Problem(check: .frenchSpacing, message: "no space after '«'"))
                }
            default:
                continue
            }
        }
        return Array(result.prefix(1))
    }

    // MARK: - Words

    /// The words of `text` (runs of letters, digits and U+FFFC) with what separates each from the previous.
    static func words(_ text: String) -> [(word: Substring, gap: Substring)] {
        var result: [(word: Substring, gap: Substring)] = []
        var index = text.startIndex
        var gapStart = index
        while index < text.endIndex {
            if text[index].isLetter || text[index].isNumber || text[index] == MessageVariants.slot {
                let start = index
                while index < text.endIndex, text[index].isLetter || text[index].isNumber || text[index] == MessageVariants.slot {
                    index = text.index(after: index)
                }
                result.append((text[start..<index], text[gapStart..<start]))
                gapStart = index
            } else {
                index = text.index(after: index)
            }
        }
        return result
    }

    /// A word immediately repeated, spelt the same (« la la »; German « Sie sie » is two words), outside the
    /// language's repeatable words (« vous vous »).
    func repeatedWords(_ text: String) -> [Problem] {
        let repeatable = Set((rules.repeatableWords[language.rawValue] ?? []).map { $0.lowercased() })
        let words = Self.words(text)
        for index in words.indices.dropFirst() {
            let word = words[index].word
            guard word.contains(where: \.isLetter), words[index].gap.allSatisfy(\.isWhitespace), !words[index].gap.isEmpty,
                  word == words[index - 1].word, !repeatable.contains(word.lowercased())
            else { continue }
            return [Problem(check: .repeatedWord, message: "'\(words[index - 1].word) \(word)': word repeated")]
        }
        return []
    }

    /// A lowercase letter followed by an uppercase one inside a word, outside brand names (HubSpot).
    func gluedWords(_ text: String) -> [Problem] {
        var result: [Problem] = []
        for (word, _) in Self.words(text) {
            let letters = Array(word)
            guard letters.count > 2 else { continue }
            var glued = false
            for index in letters.indices.dropLast() where letters[index].isLowercase && letters[index + 1].isUppercase {
                glued = true
            }
            guard glued, !rules.camelCaseWords.contains(where: { word.contains($0) && camelJointsCovered(word, by: $0) }) else { continue }
            result.append(Problem(check: .gluedWords, message: "'\(word)': words glued together"))
        }
        return result
    }

    /// Whether every lowercase–uppercase joint of `word` lies inside an occurrence of `brand`.
    private func camelJointsCovered(_ word: Substring, by brand: String) -> Bool {
        var remainder = String(word)
        while let range = remainder.range(of: brand) {
            remainder.replaceSubrange(range, with: String(repeating: "x", count: brand.count))
        }
        let letters = Array(remainder)
        for index in letters.indices.dropLast() where letters[index].isLowercase && letters[index + 1].isUppercase {
            return false
        }
        return true
    }

    // MARK: - Currency

    /// Currency symbols and codes.
    private static let currencies: Set<String> = ["€", "$", "£", "kr", "SEK", "EUR", "USD", "GBP"]

    /// An amount and its currency separated by an ordinary space, which a line break can split.
    func currencySpacing(_ text: String) -> [Problem] {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        let punctuation: (Character) -> Bool = { $0.isPunctuation && $0 != "$" }
        for index in tokens.indices.dropFirst() {
            let left = tokens[index - 1]
            let right = tokens[index]
            let rightWord = String(right.reversed().drop(while: punctuation).reversed())
            let leftWord = String(left.drop(while: punctuation))
            let amountLeft = left.last.map { $0.isNumber || $0 == MessageVariants.slot } ?? false
            let amountRight = right.first.map { $0.isNumber || $0 == MessageVariants.slot } ?? false
            if (amountLeft && Self.currencies.contains(rightWord)) || (amountRight && Self.currencies.contains(leftWord)) {
                return [Problem(check: .currencySpace,
                                message: "'\(left) \(right)': an ordinary space between amount and currency (use U+00A0, or {amount, currency, code})")]
            }
        }
        return []
    }

    // MARK: - Terms

    /// Forbidden terms of the language found in `text`.
    func forbiddenTerms(_ text: String) -> [Problem] {
        rules.forbidden(in: language).filter { Self.containsWord(text, $0) }.map {
            Problem(check: .forbiddenTerm, message: "forbidden term '\($0)'")
        }
    }

    /// Whether `text` contains `term` as whole words (case-sensitive).
    static func containsWord(_ text: String, _ term: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: term, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    /// How many times `term` occurs in `text` as whole words.
    static func countWord(_ text: String, _ term: String) -> Int {
        var count = 0
        var searchStart = text.startIndex
        while let range = text.range(of: term, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { count += 1 }
            searchStart = range.upperBound
        }
        return count
    }

    // MARK: - Numbers and URLs

    /// The numbers in `text`, digits only (grouping and decimal marks removed), in order.
    static func numbers(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var pendingSeparator = false
        for character in text {
            if character.isASCII, character.isNumber {
                current.append(character)
                pendingSeparator = false
            } else if !current.isEmpty, !pendingSeparator, [".", ",", "\u{00A0}", "\u{202F}"].contains(character) {
                pendingSeparator = true
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
                pendingSeparator = false
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The URLs in `text` (`http://`, `https://`, `www.`), trailing punctuation removed.
    static func urls(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).compactMap { token in
            let word = token.drop { "(«„“\"'".contains($0) }
            guard word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.") else { return nil }
            return String(word.reversed().drop { ".,;:!?)»“”\"'".contains($0) }.reversed())
        }
    }
}
