/// A script or diagram that cannot be made, with a plain description.
public enum ScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A step leads to a step that does not exist (never expected: definitions are validated).
    case unknownStep(procedure: String, step: String)
    /// The branches repeat so much that the script would not end.
    case tooLarge(procedure: String, limit: Int)
    /// A file or folder could not be written.
    case cannotWrite(path: String, detail: String)
    /// A language list is empty or names a language twice.
    case badLanguages(String)

    public var description: String {
        switch self {
        case .unknownStep(let procedure, let step): return "\(procedure): no step named '\(step)'"
        case .tooLarge(let procedure, let limit): return "\(procedure): the script would have more than \(limit) items"
        case .cannotWrite(let path, let detail): return "\(path): error: cannot write: \(detail)"
        case .badLanguages(let detail): return detail
        }
    }
}
