import DocentArticles
import DocentLocalization
import Foundation

/// Reads a plain-text capture of a help-center page (such as the seeds in `shared/seeds`) into an ``Article``,
/// so that `docent qa --articles` can check captures as well as HTML.
///
/// Lines starting with `•` or `-` are steps (deeper when indented further); lines starting with a note label
/// (« Remarque : », „Bitte beachten Sie:", "Observera:", "Let op:", "Note:") are notes; the "last updated"
/// line gives the date and the line before it the title; a short line without final punctuation opens a
/// section; a line with a machine-translation marker is the disclaimer. Text between the language's
/// quotation marks counts as a UI label (captures lose bold type).
public struct PlainTextArticleReader: Sendable {
    /// The language, when known; otherwise told from the text.
    public var language: Language?

    /// Creates a reader.
    public init(language: Language? = nil) {
        self.language = language
    }

    /// Words opening the last-updated line, by language.
    static let updatedLabels: [(Language, String)] = [
        (.fr, "dernière mise à jour"), (.de, "zuletzt aktualisiert"), (.sv, "senast uppdaterad"), (.nl, "laatst bijgewerkt"),
        (.en, "last updated"),
    ]
    /// Note labels, by language.
    static let noteLabels: [(Language, String)] = [
        (.fr, "remarque"), (.fr, "important"), (.de, "bitte beachten sie"), (.de, "hinweis"), (.sv, "observera"), (.sv, "obs"),
        (.nl, "let op"), (.nl, "opmerking"), (.en, "please note"), (.en, "note"),
    ]
    /// Machine-translation markers, any language.
    static let disclaimerMarkers = ["traduction automatique", "maschinell", "automatiskt", "automatisch vertaald", "machine translat",
                                    "automatisch übersetzt", "vertaalsoftware", "übersetzungssoftware"]
    /// Month names (lowercase) to numbers, all languages.
    static let months: [String: Int] = {
        let names = [
            ["january", "janvier", "januar", "januari", "jan"], ["february", "février", "februar", "februari", "feb"],
            ["march", "mars", "märz", "maart"], ["april", "avril"], ["may", "mai", "maj", "mei"],
            ["june", "juin", "juni"], ["july", "juillet", "juli"], ["august", "août", "augusti", "augustus"],
            ["september", "septembre"], ["october", "octobre", "oktober"], ["november", "novembre"],
            ["december", "décembre", "dezember"],
        ]
        var result: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { result[name] = index + 1 } }
        return result
    }()

    /// Reads UTF-8 `data` from `file`.
    public func read(_ data: Data, file: String) throws(QAInputError) -> Article {
        guard let text = String(data: data, encoding: .utf8) else { throw QAInputError(file: file, reason: "not UTF-8 text") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).replacingEvery("\r", with: "") }
        let lowered = text.lowercased()
        let found = language ?? Self.updatedLabels.first { lowered.contains($0.1) }?.0 ?? Self.guess(lowered)
        var title = ""
        var updated: ArticleDate?
        var disclaimer: String?
        var sections = [ArticleSection(heading: nil, level: 1)]
        var stack: [(indent: Int, path: [Int])] = []
        var previous = ""
        for raw in lines {
            let indent = raw.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.count
            let line = raw.trimmedForQA()
            guard !line.isEmpty, line != "|" else { continue }
            let lower = line.lowercased()
            if disclaimer == nil, Self.disclaimerMarkers.contains(where: lower.contains) {
                disclaimer = line
            } else if updated == nil, Self.updatedLabels.contains(where: { lower.hasPrefix($0.1) }) {
                updated = Self.date(line)
                title = previous
                if let index = sections.indices.last, sections[index].heading == title { sections.removeLast() }
                if sections.isEmpty { sections.append(ArticleSection(heading: nil, level: 1)) }
            } else if line.hasPrefix("•") || line.hasPrefix("- ") || line == "-" {
                let body = String(line.drop { $0 == "•" || $0 == "-" }).trimmedForQA()
                guard !body.isEmpty else { continue }
                let step = ArticleStep(text: body, ordered: false, labels: labels(body, language: found), notes: [])
                while let last = stack.last, last.indent >= indent { stack.removeLast() }
                let sectionIndex = sections.count - 1
                if let parent = stack.last {
                    sections[sectionIndex].steps = Self.appending(step, at: parent.path, in: sections[sectionIndex].steps)
                    stack.append((indent, parent.path + [Self.count(at: parent.path, in: sections[sectionIndex].steps) - 1]))
                } else {
                    sections[sectionIndex].steps.append(step)
                    stack.append((indent, [sections[sectionIndex].steps.count - 1]))
                }
            } else if let label = Self.noteLabels.first(where: { lower.hasPrefix($0.1) && lower.dropFirst($0.1.count).first.map { !$0.isLetter } ?? false }) {
                let body = String(line.dropFirst(label.1.count).drop { $0 == ":" || $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "!" })
                sections[sections.count - 1].notes.append(ArticleNote(text: body, labels: labels(body, language: found)))
                stack.removeAll()
            } else if line.count < 100, let last = line.last, !".:!?;,)|".contains(last), !line.contains(". ") {
                sections.append(ArticleSection(heading: line, level: 2))
                stack.removeAll()
            } else {
                sections[sections.count - 1].paragraphs.append(line)
                stack.removeAll()
            }
            previous = line
        }
        if title.isEmpty, let heading = sections.dropFirst().first?.heading { title = heading }
        return Article(file: file, shape: .generic, language: found, languageSource: language == nil ? .content : .override,
                       title: title, updated: updated, disclaimer: disclaimer, sections: sections.filter { !($0.heading == nil && $0.paragraphs.isEmpty && $0.notes.isEmpty && $0.steps.isEmpty) })
    }

    /// A language guessed from frequent words.
    private static func guess(_ text: String) -> Language {
        let markers: [(Language, [String])] = [
            (.fr, [" vous ", " les ", " des "]), (.de, [" sie ", " die ", " und "]), (.sv, [" och ", " du ", " att "]),
            (.nl, [" je ", " de ", " het "]), (.en, [" the ", " you ", " and "]),
        ]
        return markers.max { lhs, rhs in
            lhs.1.map { text.components(separatedBy: $0).count }.reduce(0, +) < rhs.1.map { text.components(separatedBy: $0).count }.reduce(0, +)
        }?.0 ?? .en
    }

    /// The date of a last-updated line: a month name, a day and a four-digit year in any order.
    static func date(_ line: String) -> ArticleDate? {
        let words = line.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let month = words.lazy.compactMap({ months[$0] }).first,
              let year = words.lazy.compactMap({ $0.count == 4 ? Int($0) : nil }).first,
              let day = words.lazy.compactMap({ $0.count <= 2 ? Int($0) : nil }).first
        else { return nil }
        return ArticleDate(year: year, month: month, day: day)
    }

    /// Texts between the language's quotation marks.
    func labels(_ text: String, language: Language) -> [String] {
        let pairs: [(Character, Character)] = switch language {
        case .de: [("„", "“")]
        case .fr: [("«", "»")]
        case .sv: [("”", "”")]
        case .en, .nl: [("“", "”"), ("‘", "’")]
        }
        var result: [String] = []
        for (open, close) in pairs {
            var rest = Substring(text)
            while let start = rest.firstIndex(of: open) {
                let after = rest[rest.index(after: start)...]
                guard let end = after.firstIndex(of: close) else { break }
                let label = String(after[..<end]).trimmedForQA()
                if !label.isEmpty, label.count < 60 { result.append(label) }
                rest = after[after.index(after: end)...]
            }
        }
        return result
    }

    /// `steps` with `step` appended under the step at `path`.
    private static func appending(_ step: ArticleStep, at path: [Int], in steps: [ArticleStep]) -> [ArticleStep] {
        guard let first = path.first, steps.indices.contains(first) else { return steps + [step] }
        var copy = steps
        if path.count == 1 {
            copy[first].substeps.append(step)
        } else {
            copy[first].substeps = appending(step, at: Array(path.dropFirst()), in: copy[first].substeps)
        }
        return copy
    }

    /// The number of sub-steps under the step at `path`.
    private static func count(at path: [Int], in steps: [ArticleStep]) -> Int {
        guard let first = path.first, steps.indices.contains(first) else { return 0 }
        return path.count == 1 ? steps[first].substeps.count : count(at: Array(path.dropFirst()), in: steps[first].substeps)
    }
}
