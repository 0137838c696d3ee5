import Foundation

/// Accepted findings (`Resources/qa/baseline.json`): each is matched by its fingerprint, which covers
/// the check, the place and the source and target texts, so an entry expires as soon as either text changes.
public struct QABaseline: Sendable, Codable, Equatable {
    /// One accepted finding.
    public struct Entry: Sendable, Codable, Equatable {
        /// The finding's fingerprint.
        public var fingerprint: String
        /// The check, for people reading the file.
        public var check: String
        /// The language code.
        public var language: String
        /// The message id.
        public var id: String
        /// Why it is accepted.
        public var reason: String

        /// Creates an entry.
        public init(fingerprint: String, check: String, language: String, id: String, reason: String) {
            self.fingerprint = fingerprint
            self.check = check
            self.language = language
            self.id = id
            self.reason = reason
        }
    }

    /// The accepted findings.
    public var accepted: [Entry]

    /// Creates a baseline.
    public init(accepted: [Entry] = []) {
        self.accepted = accepted
    }

    /// A baseline accepting every finding of `findings` with `reason`.
    public init(accepting findings: [QAFinding], reason: String) {
        accepted = findings.map {
            Entry(fingerprint: $0.fingerprint, check: $0.check.rawValue, language: $0.language.rawValue, id: $0.messageID, reason: reason)
        }
    }

    /// Reads a baseline.
    public static func decode(_ data: Data, file: String) throws(QAInputError) -> QABaseline {
        do {
            return try JSONDecoder().decode(QABaseline.self, from: data)
        } catch {
            throw QAInputError(file: file, reason: "not a QA baseline: \(QAInputError.describe(error))")
        }
    }

    /// The baseline as pretty JSON with sorted keys.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{\"accepted\":[]}".utf8)
    }

    /// Splits `findings` into those still reported and those the baseline accepts; also returns the
    /// entries that matched nothing (expired: their text changed or the defect was fixed).
    public func filter(_ findings: [QAFinding]) -> (reported: [QAFinding], accepted: [QAFinding], expired: [Entry]) {
        let known = Set(accepted.map(\.fingerprint))
        var reported: [QAFinding] = []
        var matched: [QAFinding] = []
        for finding in findings {
            if known.contains(finding.fingerprint) { matched.append(finding) } else { reported.append(finding) }
        }
        let used = Set(matched.map(\.fingerprint))
        return (reported, matched, accepted.filter { !used.contains($0.fingerprint) })
    }
}
