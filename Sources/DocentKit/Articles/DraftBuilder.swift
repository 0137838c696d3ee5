import DocentArticles
import DocentLocalization
import DocentWorkflow
import Foundation

/// Builds a draft's messages and steps: labels become `{ui.…}` references, conditions questions.
struct DraftBuilder {
    /// A part of the checklist before it is linked into steps.
    indirect enum Block {
        /// An instruction step.
        case instruction(id: String, message: String)
        /// A yes/no question; yes walks `body`, no skips it.
        case conditional(id: String, message: String, body: [Block])
    }

    /// What the end step says, per language.
    static let doneText: [Language: String] = [
        .en: "Done: every step of the article is behind you.",
        .fr: "C’est terminé : vous avez suivi toutes les étapes de l’article.",
        .de: "Fertig: Sie haben alle Schritte des Artikels durchlaufen.",
        .sv: "Klart: du har gått igenom alla steg i artikeln.",
        .nl: "Klaar: je hebt alle stappen van het artikel doorlopen.",
    ]

    /// The draft's id, prefix of its message ids.
    let id: String
    /// The article's language.
    let language: Language
    /// Docent's labels in that language, reused where they read the same.
    let labels: LabelCatalog
    /// The new units, in order.
    private(set) var units: [(id: String, text: String, note: String)] = []

    /// Creates a builder.
    init(id: String, language: Language, labels: LabelCatalog) {
        self.id = id
        self.language = language
        self.labels = labels
    }

    /// Adds a message unit `<id>.<key>` and returns its id.
    mutating func unit(_ key: String, _ text: String, note: String) -> String {
        let unitID = "\(id).\(key)"
        units.append((unitID, Self.literal(text), note))
        return unitID
    }

    /// An instruction whose text names `labels` through `{ui.…}` references.
    mutating func instruction(_ key: String, _ text: String, labels: [String], note: String) -> Block {
        .instruction(id: key, message: labelled(key, text, labels: labels, note: note))
    }

    /// The blocks of an article step: its instruction, its notes, its sub-steps; behind a
    /// question when it opens with a condition.
    mutating func blocks(_ step: ArticleStep, id key: String) -> [Block] {
        var inner: [Block] = []
        if !step.text.isEmpty {
            inner.append(instruction(key, step.text, labels: step.labels, note: "Step \(key) of the article."))
        }
        for (index, note) in step.notes.enumerated() {
            inner.append(instruction("\(key)-note\(index + 1)", note.text, labels: note.labels, note: "A note of step \(key)."))
        }
        for (index, substep) in step.substeps.enumerated() {
            inner += blocks(substep, id: "\(key)-\(index + 1)")
        }
        guard let condition = step.condition(in: language) else { return inner }
        let question = condition + (language == .fr ? "\u{00A0}?" : "?")
        let ask = labelled("\(key)-ask", question, labels: step.labels, note: "The condition of step \(key), asked as a yes/no question.")
        return [.conditional(id: "\(key)-ask", message: ask, body: inner)]
    }

    /// A message unit whose labels are replaced by `{ui.…}` references: an existing unit that
    /// reads the same (or records the label as a variant), else a new `ui.<id>.…` unit.
    private mutating func labelled(_ key: String, _ text: String, labels names: [String], note: String) -> String {
        var pattern = Self.literal(text)
        for name in names {
            guard let range = pattern.range(of: name) else { continue }
            let relation = labels.relate(name)
            let unitID: String
            if relation.relation == .same || relation.relation == .variant, let entry = relation.entry {
                unitID = entry.id
            } else {
                unitID = "ui.\(id).\(Self.slug(name))"
                if !units.contains(where: { $0.id == unitID }) {
                    units.append((unitID, Self.literal(name), "Label named by the article (no existing label reads the same)."))
                }
            }
            pattern.replaceSubrange(range, with: "{\(unitID)}")
        }
        let unitID = "\(id).\(key)"
        units.append((unitID, pattern, note))
        return unitID
    }

    /// Article text made safe as a message: braces, which would start arguments, become parentheses.
    static func literal(_ text: String) -> String {
        String(text.map { $0 == "{" ? "(" : $0 == "}" ? ")" : $0 })
    }

    /// A lowercase ASCII slug of a label (`type-de-licence`).
    static func slug(_ text: String) -> String {
        let folded = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        let words = folded.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let slug = words.joined(separator: "-")
        return slug.isEmpty ? "label" : String(slug.prefix(40))
    }

    /// Links blocks into steps ending at `next`; returns the id of the first step.
    static func link(_ blocks: [Block], next: String, into steps: inout [Step]) -> String {
        var following = next
        var linked: [[Step]] = []
        for block in blocks.reversed() {
            switch block {
            case .instruction(let id, let message):
                linked.append([Step(id: id, kind: .instruction(MessageReference(id: message), next: following))])
                following = id
            case .conditional(let id, let message, let body):
                var inner: [Step] = []
                let yes = link(body, next: following, into: &inner)
                linked.append([Step(id: id, kind: .confirm(MessageReference(id: message), yes: yes, no: following))] + inner)
                following = id
            }
        }
        steps += linked.reversed().flatMap { $0 }
        return following
    }
}
