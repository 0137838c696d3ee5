/// The parameters a bound name takes.
public struct Signature: Sendable, Hashable {
    /// Parameters every call must give.
    public var required: Set<String>
    /// Parameters a call may give.
    public var optional: Set<String>

    /// Creates a signature.
    public init(required: Set<String> = [], optional: Set<String> = []) {
        self.required = required
        self.optional = optional
    }

    /// The problems with calling this signature with `given` argument names.
    public func problems(given: Set<String>) -> [String] {
        var problems: [String] = []
        for missing in required.subtracting(given).sorted() { problems.append("argument '\(missing)' is missing") }
        for extra in given.subtracting(required).subtracting(optional).sorted() { problems.append("unknown argument '\(extra)'") }
        return problems
    }
}
