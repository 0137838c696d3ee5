/// Why a workspace cannot be used, with the file concerned and what to do.
public struct WorkspaceError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// A workspace file is not what Docent writes (damaged, foreign, or from a newer version).
        case damaged
        /// The file system refused a read, a write or the lock.
        case io
    }

    /// What went wrong.
    public var kind: Kind
    /// The file concerned.
    public var file: String
    /// What is wrong, in plain words.
    public var detail: String
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    /// Creates an error.
    public init(_ kind: Kind, file: String, detail: String, cause: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.file = file
        self.detail = detail
        self.cause = cause
    }

    public var description: String { "\(file): error: \(detail)" }
}
