/// A QA input (configuration, rules, baseline, exchange file) that cannot be used.
public struct QAInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as given.
    public let file: String
    /// The 1-based line, when known.
    public let line: Int?
    /// What is wrong.
    public let reason: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: error: reason`.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): error: \(reason)"
    }

    /// A decoding error in a few words (the failing key path and what was expected).
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case let .dataCorrupted(context), let .keyNotFound(_, context), let .typeMismatch(_, context), let .valueNotFound(_, context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
