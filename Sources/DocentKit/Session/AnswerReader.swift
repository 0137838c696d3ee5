import DocentLocalization
import DocentWorkflow
import Foundation

/// Reads what a person typed, in their language, as the canonical answer the engine takes.
///
/// It accepts what the screen shows: a choice's number, its label (case and accents folded), a
/// user's name or e-mail, the language's yes/no words (and y/n always), numbers grouped the
/// language's way, and the back and quit words of the language as well as `b` and `q`.
public struct AnswerReader: Sendable {
    /// What a line means.
    public enum Reading: Sendable, Equatable {
        /// An answer in canonical form.
        case answer(String)
        /// Go back one step.
        case back
        /// Stop the walk.
        case quit
        /// Not an answer this prompt takes.
        case invalid(AnswerProblem)
    }

    let yes: Set<String>
    let no: Set<String>
    let back: Set<String>
    let quit: Set<String>

    /// Creates a reader for the narrator's language.
    public init(narrator: Narrator) {
        yes = Set(narrator.words("cli.yes-words").map(Self.fold)).union(["y", "yes"])
        no = Set(narrator.words("cli.no-words").map(Self.fold)).union(["n", "no"])
        back = Set(narrator.words("cli.back-words").map(Self.fold)).union(["b", "back"])
        quit = Set(narrator.words("cli.quit-words").map(Self.fold)).union(["q", "quit"])
    }

    /// Lowercased, accents and quotation marks removed, spaces squeezed: how answers are compared.
    static func fold(_ text: String) -> String {
        let stripped = text.unicodeScalars.filter { !"\"'“”„«»‘’‚‹›".unicodeScalars.contains($0) }
        let folded = String(String.UnicodeScalarView(stripped))
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// What `typed` means at `screen`; `navigation` allows the back and quit words.
    public func read(_ typed: String, at screen: Screen, navigation: Bool) -> Reading {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        let folded = Self.fold(text)
        if navigation {
            if back.contains(folded) { return .back }
            if quit.contains(folded) { return .quit }
        }
        switch screen.kind {
        case .acknowledge:
            return .answer("ok")
        case .confirm:
            if yes.contains(folded) { return .answer("yes") }
            if no.contains(folded) { return .answer("no") }
            return .invalid(text.isEmpty ? .empty : .notYesOrNo)
        case .choose(let options):
            if text.isEmpty { return .invalid(.empty) }
            if let option = match(folded, in: options) { return .answer(option.value) }
            // A yes/no question answers to the language's yes and no words.
            let values = Set(options.map(\.value))
            if values.contains("yes"), yes.contains(folded) { return .answer("yes") }
            if values.contains("no"), no.contains(folded) { return .answer("no") }
            return .invalid(.notAChoice(offered: options.map { $0.label.plainText }))
        case .input(_, let options?):
            if text.isEmpty { return .invalid(.empty) }
            if let option = match(folded, in: options) { return .answer(option.value) }
            // A user is named by the name shown before their address, too.
            let named = options.filter { option in
                let label = option.label.plainText
                guard let open = label.range(of: " <") else { return false }
                return Self.fold(String(label[..<open.lowerBound])) == folded
            }
            if named.count == 1, let only = named.first { return .answer(only.value) }
            return .invalid(.notAnOption(offered: options.map { $0.label.plainText }))
        case .input(.integer, nil):
            return .answer(Self.ungrouped(text))
        case .input:
            return .answer(text)
        }
    }

    /// The option `folded` names: by number, value or label.
    private func match(_ folded: String, in options: [Screen.Option]) -> Screen.Option? {
        if let number = Int(folded), let option = options.first(where: { $0.number == number }) { return option }
        if let option = options.first(where: { Self.fold($0.value) == folded }) { return option }
        return options.first { Self.fold($0.label.plainText) == folded }
    }

    /// A whole number typed with group separators (`1 000`, `1,000`, `1.000`) without them.
    static func ungrouped(_ text: String) -> String {
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "’"]
        let compact = String(text.filter { !spaces.contains($0) })
        for separator in [",", "."] {
            let parts = compact.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count > 1, let first = parts.first, (1...3).contains(first.count),
                parts.dropFirst().allSatisfy({ $0.count == 3 }), parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
            else { continue }
            return parts.joined()
        }
        return compact
    }
}
