import Foundation

/// Generates an English source catalog and its French translation as XLIFF 2.0 files shaped like
/// `Localizations/*.xlf` (unit ids, notes, state, ICU plurals), with defects planted at a known rate.
struct CatalogGenerator: Sendable {
    /// The generated catalogs and what was planted in them.
    struct Output: Sendable {
        /// `en.xlf`.
        var source: String
        /// `fr.xlf`.
        var target: String
        /// The planted defect of each unit that has one, by unit id.
        var planted: [String: PlantedDefect]
        /// Every unit id, in order.
        var ids: [String]
    }

    /// How many units each catalog has.
    var units: Int
    /// One unit in `defectInterval` (on average) gets a defect.
    var defectInterval: Int = 20
    /// The seed.
    var seed: UInt64 = SeededGenerator.defaultSeed

    /// Generates the two catalogs.
    func generate() -> Output {
        var random = SeededGenerator(seed: seed)
        var source = Self.header(target: nil)
        var target = Self.header(target: "fr")
        var planted: [String: PlantedDefect] = [:]
        var ids: [String] = []
        ids.reserveCapacity(units)
        source.reserveCapacity(units * 260)
        target.reserveCapacity(units * 420)
        let kinds = PlantedDefect.allCases
        for index in 0..<units {
            let defect: PlantedDefect? = Int.random(in: 0..<max(defectInterval, 1), using: &random) == 0 ? random.pick(kinds) : nil
            let candidates = defect.map { kind in MessageTemplate.all.filter { $0.supports(kind) } } ?? MessageTemplate.all
            let template = random.pick(candidates)
            let object = random.pick(MessageTemplate.objects)
            let number = Int.random(in: 2...90, using: &random)
            let english = Self.fill(template.english, object: object.0, number: number)
            var french = Self.fill(template.french, object: object.1, number: number)
            let id = "gen.\(template.area).\(index)"
            if let defect {
                french = Self.plant(defect, in: french, english: english)
                planted[id] = defect
            }
            ids.append(id)
            source += Self.unit(id: id, note: ("developer", "Generated message \(index) (\(template.area))."), source: english, target: nil)
            target += Self.unit(id: id, note: ("translator", "Generated message \(index): keep the placeholders."), source: english, target: french)
        }
        source += Self.footer
        target += Self.footer
        return Output(source: source, target: target, planted: planted, ids: ids)
    }

    /// Replaces the object and number markers.
    static func fill(_ pattern: String, object: String, number: Int) -> String {
        pattern.replacingOccurrences(of: "%o", with: object).replacingOccurrences(of: "%n", with: String(number))
    }

    /// The French text with `defect` planted.
    static func plant(_ defect: PlantedDefect, in french: String, english: String) -> String {
        switch defect {
        case .droppedPlaceholder:
            for placeholder in ["{name}", "{email}", "{team}"] where french.contains(placeholder) {
                return replacingFirst(placeholder, with: "la personne", in: french)
            }
            return french
        case .missingPluralCategory:
            guard let many = french.range(of: " many {") , let close = french[many.upperBound...].firstIndex(of: "}") else { return french }
            return String(french[..<many.lowerBound]) + String(french[french.index(after: close)...])
        case .untranslated:
            return english
        case .doubleSpace:
            return replacingFirst(" ", with: "  ", in: french)
        case .endPunctuation:
            return french.hasSuffix(".") ? String(french.dropLast()) : french
        case .repeatedWord:
            var words = french.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard let index = words.firstIndex(where: { word in word.count >= 3 && word.allSatisfy(\.isLetter) }) else { return french }
            words.insert(words[index], at: index)
            return words.joined(separator: " ")
        case .numberChanged:
            guard let digits = french.firstIndex(where: \.isNumber) else { return french }
            let end = french[digits...].firstIndex(where: { !$0.isNumber }) ?? french.endIndex
            let value = Int(french[digits..<end]) ?? 0
            return String(french[..<digits]) + String(value + 1) + String(french[end...])
        case .productName:
            return replacingFirst("licence Sales Hub", with: "licence Hub des ventes",
                                  in: replacingFirst("licences Sales Hub", with: "licences Hub des ventes", in: french))
        case .frenchSpacing:
            return french.replacingOccurrences(of: MessageTemplate.narrowSpace + "?", with: " ?")
        }
    }

    /// `text` with the first `target` replaced.
    static func replacingFirst(_ target: String, with replacement: String, in text: String) -> String {
        guard let range = text.range(of: target) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }

    /// One `<unit>`.
    static func unit(id: String, note: (String, String), source: String, target: String?) -> String {
        var text = "    <unit id=\"\(id)\">\n      <notes>\n        <note category=\"\(note.0)\">\(escape(note.1))</note>\n      </notes>\n"
        if let target {
            text += "      <segment state=\"translated\">\n        <source>\(escape(source))</source>\n        <target>\(escape(target))</target>\n"
        } else {
            text += "      <segment>\n        <source>\(escape(source))</source>\n"
        }
        return text + "      </segment>\n    </unit>\n"
    }

    /// The XML text escape.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The file's opening lines.
    static func header(target: String?) -> String {
        let language = target.map { " trgLang=\"\($0)\"" } ?? ""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"\(language)>\n  <file id=\"docent\">\n"
    }

    /// The file's closing lines.
    static let footer = "  </file>\n</xliff>\n"
}
