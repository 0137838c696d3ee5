import Foundation

/// Answers given ahead of time, by step id: from `--answer STEP=VALUE` flags and `--answers FILE`.
struct AnswerSet {
    /// An answer and where it came from, for messages.
    struct Given {
        var value: String
        var origin: String
    }

    private(set) var answers: [String: Given] = [:]

    /// Parses `STEP=VALUE` flags; a later flag for the same step wins over a file.
    static func parse(flags: [String], file: String?, currentDirectory: URL) throws(CommandFailure) -> AnswerSet {
        var set = AnswerSet()
        if let file {
            try set.load(file: file, relativeTo: currentDirectory)
        }
        for flag in flags {
            guard let equals = flag.firstIndex(of: "="), equals != flag.startIndex else {
                throw CommandFailure(
                    message: "docent: error: --answer '\(flag)': expected STEP=VALUE (for example --answer email=robin@example.com)",
                    status: ExitStatus.usage)
            }
            let step = String(flag[..<equals]).trimmingCharacters(in: .whitespaces)
            set.answers[step] = Given(value: String(flag[flag.index(after: equals)...]), origin: "--answer \(flag)")
        }
        return set
    }

    /// Reads a file of answers: a JSON object `{"step": "value"}`, or lines `step=value` with `#` comments.
    private mutating func load(file: String, relativeTo directory: URL) throws(CommandFailure) {
        let url = URL(fileURLWithPath: file, relativeTo: directory)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure(message: "\(file): error: cannot read the answers file", status: ExitStatus.missingInput)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(message: "\(file): error: the answers file is not UTF-8 text", status: ExitStatus.badData)
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw CommandFailure(message: "\(file): error: not a JSON object of step → answer", status: ExitStatus.badData)
            }
            for (step, value) in object {
                let text: String
                switch value {
                case let s as String: text = s
                // JSON true/false also arrive as NSNumber ("1"/"0"); they are not answers.
                case let n as NSNumber where ObjectIdentifier(type(of: n)) != ObjectIdentifier(type(of: NSNumber(value: true))):
                    text = n.stringValue
                default:
                    throw CommandFailure(message: "\(file): error: the answer for step '\(step)' must be a string or a number", status: ExitStatus.badData)
                }
                answers[step] = Given(value: text, origin: "\(file) (\(step))")
            }
            return
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "="), equals != line.startIndex else {
                throw CommandFailure(message: "\(file):\(index + 1): error: expected step=value, found '\(line)'", status: ExitStatus.badData)
            }
            let step = String(line[..<equals]).trimmingCharacters(in: .whitespaces)
            answers[step] = Given(value: String(line[line.index(after: equals)...]).trimmingCharacters(in: .whitespaces), origin: "\(file):\(index + 1)")
        }
    }

    /// The answer for `step`, if given.
    subscript(step: String) -> Given? { answers[step] }

    /// Step ids given that the walk never reached.
    func unused(visited: Set<String>) -> [String] {
        answers.keys.filter { !visited.contains($0) }.sorted()
    }
}
