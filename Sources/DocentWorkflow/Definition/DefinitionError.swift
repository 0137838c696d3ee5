/// A definition that could not be read or is not valid, with where the problem is.
public struct DefinitionError: Error, Sendable, Hashable {
    /// What kind of problem this is.
    public enum Kind: String, Sendable, Hashable {
        case unreadable, malformed, unknownStep, unknownBinding, badArguments, unreachableStep
        case deadEnd, duplicateStep, missingMessage, missingPlaceholder, unknownVariable
        case badFragment, noSamples, unknownProcedure
    }

    /// The kind of problem.
    public var kind: Kind
    /// The file, as the user would name it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The step concerned, when there is one.
    public var step: String?
    /// The field concerned, when there is one.
    public var field: String?
    /// What is wrong, in plain words.
    public var message: String
    /// The underlying error, when there was one.
    public var underlying: String?

    /// Creates an error.
    public init(
        _ kind: Kind, file: String, line: Int? = nil, step: String? = nil, field: String? = nil,
        message: String, underlying: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.step = step
        self.field = field
        self.message = message
        self.underlying = underlying
    }
}

extension DefinitionError: CustomStringConvertible {
    /// `file:line: error: step 'x', field 'next': message`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        var parts: [String] = []
        if let step { parts.append("step '\(step)'") }
        if let field { parts.append("field '\(field)'") }
        let prefix = parts.isEmpty ? "" : parts.joined(separator: ", ") + ": "
        return "\(place): error: \(prefix)\(message)"
    }
}
