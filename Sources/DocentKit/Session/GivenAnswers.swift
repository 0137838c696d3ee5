import DocentWorkflow
import Foundation

/// Answers given ahead of time, by step id: from `--answer STEP=VALUE` flags and an answers file.
public struct GivenAnswers: Sendable {
    /// An answer and where it came from, for messages (`--answer count=2`, `answers.txt:3`).
    public struct Given: Sendable, Equatable {
        /// The answer as written.
        public var value: String
        /// Where it was written.
        public var origin: String
    }

    /// The largest answers file read, in bytes: answers are a few lines, not a data set.
    public static let maximumFileSize = 1 << 20

    /// The answers by step id.
    public private(set) var answers: [String: Given] = [:]

    /// No answers.
    public init() {}

    /// Parses an answers file then `STEP=VALUE` flags; a flag for the same step wins over the file.
    ///
    /// `words` words the errors in the person's language.
    public static func parse(
        flags: [String], file: String?, relativeTo directory: URL, words: Narrator
    ) throws(SessionError) -> GivenAnswers {
        var set = GivenAnswers()
        if let file { try set.load(file: file, relativeTo: directory, words: words) }
        for flag in flags {
            guard let equals = flag.firstIndex(of: "="), equals != flag.startIndex else {
                throw SessionError(.usage, "docent: error: " + words.string("cli.bad-answer-flag", ["flag": .string(flag)]))
            }
            let step = String(flag[..<equals]).trimmingCharacters(in: .whitespaces)
            set.answers[step] = Given(value: String(flag[flag.index(after: equals)...]), origin: "--answer \(flag)")
        }
        return set
    }

    /// Reads a JSON object `{"step": "value"}`, or lines `step=value` with `#` comments.
    private mutating func load(file: String, relativeTo directory: URL, words: Narrator) throws(SessionError) {
        let url = URL(fileURLWithPath: file, relativeTo: directory)
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > Self.maximumFileSize {
            throw SessionError(.badData, "\(file): error: " + words.string("cli.answers-too-large", ["limit": .int(Self.maximumFileSize / 1024)]))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SessionError(.missingInput, "\(file): error: " + words.string("cli.answers-unreadable"))
        }
        guard data.count <= Self.maximumFileSize else {
            throw SessionError(.badData, "\(file): error: " + words.string("cli.answers-too-large", ["limit": .int(Self.maximumFileSize / 1024)]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SessionError(.badData, "\(file): error: " + words.string("cli.answers-not-utf8"))
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw SessionError(.badData, "\(file): error: " + words.string("cli.answers-not-json"))
            }
            for (step, value) in object.sorted(by: { $0.key < $1.key }) {
                let text: String
                switch value {
                case let s as String: text = s
                // JSON true/false also arrive as NSNumber ("1"/"0"); they are not answers.
                case let n as NSNumber where ObjectIdentifier(type(of: n)) != ObjectIdentifier(type(of: NSNumber(value: true))):
                    text = n.stringValue
                default:
                    throw SessionError(.badData, "\(file): error: " + words.string("cli.answers-not-text", ["step": .string(step)]))
                }
                answers[step] = Given(value: text, origin: "\(file) (\(step))")
            }
            return
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "="), equals != line.startIndex else {
                throw SessionError(.badData, "\(file):\(index + 1): error: " + words.string("cli.answers-bad-line", ["line": .string(line)]))
            }
            let step = String(line[..<equals]).trimmingCharacters(in: .whitespaces)
            answers[step] = Given(
                value: String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespaces), origin: "\(file):\(index + 1)")
        }
    }

    /// The answer for `step`, if given.
    public subscript(step: String) -> Given? { answers[step] }

    /// Step ids given that the walk never reached, sorted.
    public func unused(visited: Set<String>) -> [String] {
        answers.keys.filter { !visited.contains($0) }.sorted()
    }

    /// Throws a usage error for the first given step the definition does not have, with "did you mean".
    public func check(against definition: Definition, words: Narrator) throws(SessionError) {
        let ids = Set(definition.steps.map(\.id))
        for (step, given) in answers.sorted(by: { $0.key < $1.key }) where !ids.contains(step) {
            let asked = definition.steps.filter(\.isPrompt).map(\.id)
            var text = words.string("cli.unknown-step", ["step": .string(step), "procedure": .string(definition.id)])
            if let guess = Suggestion.closest(to: step, among: asked) {
                text += " " + words.string("cli.did-you-mean", ["guess": .string(guess)])
            }
            throw SessionError(.usage, "docent: error: \(given.origin): " + text)
        }
    }
}
