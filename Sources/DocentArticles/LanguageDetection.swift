import DocentLocalization

/// Tells an article's language from a language tag, an address, or its words.
enum LanguageDetection {
    /// What a language tag names.
    enum Tag {
        /// One of Docent's languages.
        case supported(Language)
        /// Another language, by its code.
        case unsupported(String)
    }

    /// The language of a tag such as `fr`, `fr-FR`, `nl_nl` or `SV`; nil for an empty tag.
    static func language(ofTag tag: String) -> Tag? {
        let trimmed = tag.trimmedSpaces.lowercased()
        guard !trimmed.isEmpty else { return nil }
        let primary = trimmed.split { $0 == "-" || $0 == "_" }.first.map(String.init) ?? trimmed
        if let language = Language(rawValue: primary) { return .supported(language) }
        return .unsupported(trimmed)
    }

    /// The language named by a path segment of `address` (`/fr/`, `/hc/nl-nl/`), if any.
    static func language(ofAddress address: String) -> Language? {
        var path = Substring(address)
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            path = path.drop { $0 != "/" }
        }
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        for segment in path.split(separator: "/") {
            let lowered = segment.lowercased()
            let isTag = lowered.count == 2 || (lowered.count == 5 && Array(lowered)[2] == "-")
            if isTag, lowered.allSatisfy({ $0.isLetter || $0 == "-" }), let language = Language(rawValue: String(lowered.prefix(2))) {
                return language
            }
        }
        return nil
    }

    /// Common short words of each language.
    private static let words: [Language: Set<String>] = [
        .en: ["the", "and", "you", "your", "click", "to", "of", "in", "with", "is"],
        .fr: ["le", "la", "les", "vous", "votre", "cliquez", "des", "du", "et", "sur", "pour"],
        .de: ["der", "die", "das", "und", "sie", "ihr", "ihre", "klicken", "auf", "mit", "zu"],
        .sv: ["och", "du", "att", "din", "ditt", "klicka", "på", "för", "med", "av"],
        .nl: ["de", "het", "een", "je", "jouw", "klik", "op", "voor", "met", "van", "en"],
    ]

    /// The language most of `texts`' short words belong to, when it clearly leads.
    static func guess(_ texts: [String]) -> Language? {
        var counts: [Language: Int] = [:]
        var seen = 0
        outer: for text in texts {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                seen += 1
                if seen > 5_000 { break outer }
                for (language, set) in words where set.contains(String(word)) { counts[language, default: 0] += 1 }
            }
        }
        let ranked = counts.sorted { $0.value > $1.value }
        guard let best = ranked.first, best.value >= 3 else { return nil }
        if ranked.count > 1, ranked[1].value * 3 >= best.value * 2 { return nil }
        return best.key
    }
}
