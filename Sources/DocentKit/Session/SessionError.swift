/// Why a walk session stopped before its procedure ended, worded for the person, with its kind.
///
/// The message is already in the person's language (or, for a file's place, in the compiler-style
/// `file:line: error: …` form); the kind decides the exit code.
public struct SessionError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: Sendable, Equatable {
        /// A bad flag, an unknown step, a missing answer under `--no-input`, stdin running out.
        case usage
        /// An invalid answer, a malformed answers file.
        case badData
        /// A file that cannot be read.
        case missingInput
        /// The person quit, or input ended at the terminal.
        case interrupted
        /// A defect: the engine or the bindings failed.
        case internalError
    }

    /// The kind.
    public var kind: Kind
    /// The full message, prefixed (`docent: error: …` or `file:line: error: …`); empty for a quiet stop.
    public var message: String
    /// The underlying error, when there was one.
    public var cause: (any Error & Sendable)?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.message = message
        self.cause = cause
    }

    public var description: String { message }
}
