import DocentLocalization

/// Docent's UI-label messages (`ui.*` units) in one language, with the known variants their
/// translator notes record, for comparing them with the labels an article names.
public struct LabelCatalog: Sendable {
    /// One label unit.
    public struct Entry: Sendable, Hashable {
        /// The unit id (`ui.save`).
        public let id: String
        /// The label as it reads, a plural or select read in its `other` form (`Remove # seats`).
        public let text: String
        /// Other names the translator note records (“Known variant: « Créer utilisateur »”).
        public let variants: [String]
        /// The comparison key of `text`.
        let key: String
        /// The comparison keys of `variants`.
        let variantKeys: [String]
    }

    /// How an article's label relates to a unit.
    public enum Relation: String, Sendable, Codable {
        /// The unit reads the same.
        case same
        /// The unit's note records this label as a known variant.
        case variant
        /// The closest unit reads differently (the product or the article renamed it).
        case renamed
        /// No unit is close.
        case unknown
    }

    /// The language of the labels.
    public let language: Language
    /// The label units, in catalog order.
    public let entries: [Entry]

    /// The `ui.*` units of `language` in `catalogs`.
    public init(catalogs: CatalogSet, language: Language) {
        self.language = language
        entries = catalogs.catalog(language).units.filter { $0.id.hasPrefix("ui.") }.map { unit in
            let text = Self.plainText(unit.text)
            let variants = unit.notes.filter { $0.text.lowercased().contains("variant") }.flatMap { Self.quoted(in: $0.text) }
            return Entry(id: unit.id, text: text, variants: variants, key: Self.key(text), variantKeys: variants.map(Self.key))
        }
    }

    /// The entry with this id.
    public func entry(_ id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// How `label` relates to the catalog, and the unit it relates to.
    public func relate(_ label: String) -> (relation: Relation, entry: Entry?) {
        let key = Self.key(label)
        if let entry = entries.first(where: { $0.key == key }) { return (.same, entry) }
        if let entry = entries.first(where: { $0.variantKeys.contains(key) }) { return (.variant, entry) }
        let scored = entries.map { ($0, Self.similarity(key, $0.key)) }.max { $0.1 < $1.1 }
        if let (entry, score) = scored, score >= 0.5 { return (.renamed, entry) }
        return (.unknown, nil)
    }

    /// Whether `label` names the unit `entry`: same text, a known variant, or nearly the same spelling.
    func names(_ label: String, _ entry: Entry) -> Bool {
        let key = Self.key(label)
        guard !key.isEmpty else { return false }
        return key == entry.key || entry.variantKeys.contains(key) || Self.similarity(key, entry.key) >= 0.85
    }

    /// Whether `text` contains the words of the unit's label (labels of four letters or more).
    func mentions(_ text: String, _ entry: Entry) -> Bool {
        let label = Self.words(entry.text)
        guard label.count >= 4 else { return false }
        return (" " + Self.words(text) + " ").contains(" " + label + " ")
    }

    /// The letters and digits of `text`, lowercased, as words separated by single spaces.
    static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// A comparison key: lowercase, typographic apostrophes and `&`/“and” unified, digits and
    /// `#` dropped, spaces collapsed.
    static func key(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "’", "‘", "`", "´": result.append("'")
            case "#", "0"..."9", "\"", "“", "”", "„", "«", "»", ":", ".": result.append(" ")
            case "\u{00A0}": result.append(" ")
            default: result.append(character)
            }
        }
        return result.split(separator: " ").joined(separator: " ")
    }

    /// A message pattern as plain text: `{x}` arguments dropped, plurals and selects read in their `other` form.
    static func plainText(_ pattern: String) -> String {
        var characters = Array(pattern)[...]
        return readText(&characters, stopAtBrace: false).split(separator: " ").joined(separator: " ")
    }

    /// Reads text up to the end, or up to the `}` closing a branch when `stopAtBrace`.
    private static func readText(_ input: inout ArraySlice<Character>, stopAtBrace: Bool) -> String {
        var result = ""
        while let character = input.first {
            if character == "}" {
                if stopAtBrace { return result }
                input.removeFirst()
                continue
            }
            input.removeFirst()
            if character == "{" {
                result += readArgument(&input)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Reads an argument after its `{`: `name}`, or `name, type, key {…} other {…}}` (the `other` text).
    private static func readArgument(_ input: inout ArraySlice<Character>) -> String {
        var header = ""
        while let character = input.first, character != "{", character != "}" {
            header.append(character)
            input.removeFirst()
        }
        if input.first == "}" {
            input.removeFirst()
            return ""
        }
        var key = header.split { $0 == "," || $0 == " " }.last.map(String.init) ?? ""
        var chosen: String?
        var first: String?
        while let character = input.first {
            input.removeFirst()
            if character == "}" { break }
            if character == "{" {
                let branch = readText(&input, stopAtBrace: true)
                if input.first == "}" { input.removeFirst() }
                if first == nil { first = branch }
                if key == "other" { chosen = branch }
                key = ""
            } else if character != " " {
                key.append(character)
            }
        }
        return chosen ?? first ?? ""
    }

    /// The texts between quotation marks in a note.
    static func quoted(in text: String) -> [String] {
        let pairs: [(Character, Character)] = [("«", "»"), ("„", "“"), ("“", "”"), ("\"", "\""), ("‘", "’")]
        var results: [String] = []
        for (open, close) in pairs {
            var rest = Substring(text)
            while let start = rest.firstIndex(of: open) {
                let after = rest[rest.index(after: start)...]
                guard let end = after.firstIndex(of: close) else { break }
                let value = after[..<end].split(separator: " ").joined(separator: " ")
                if !value.isEmpty, !results.contains(value) { results.append(value) }
                rest = after[after.index(after: end)...]
            }
        }
        return results
    }

    /// Dice coefficient of the two keys' character bigrams (1 for equal keys).
    static func similarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let x = Array(a), y = Array(b)
        guard x.count >= 2, y.count >= 2 else { return 0 }
        var counts: [String: Int] = [:]
        for index in 0..<(x.count - 1) { counts[String(x[index...index + 1]), default: 0] += 1 }
        var shared = 0
        for index in 0..<(y.count - 1) {
            let bigram = String(y[index...index + 1])
            if let count = counts[bigram], count > 0 {
                shared += 1
                counts[bigram] = count - 1
            }
        }
        return Double(2 * shared) / Double(x.count + y.count - 2)
    }
}
