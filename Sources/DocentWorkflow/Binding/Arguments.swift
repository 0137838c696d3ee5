/// The evaluated arguments of a call, with typed accessors for bound code.
public struct Arguments: Sendable, Hashable {
    /// The values by parameter name.
    public var values: [String: Value]

    /// Creates arguments.
    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    /// The value of `name`, if given.
    public subscript(_ name: String) -> Value? { values[name] }

    /// The string argument `name`.
    public func string(_ name: String) throws(BindingError) -> String {
        guard let value = values[name] else { throw .missingArgument(name) }
        guard case .string(let s) = value else { throw .wrongType(name, expected: "string", got: value) }
        return s
    }

    /// The integer argument `name` (a numeric string is accepted).
    public func int(_ name: String) throws(BindingError) -> Int {
        guard let value = values[name] else { throw .missingArgument(name) }
        switch value {
        case .int(let i): return i
        case .string(let s): if let i = Int(s) { return i }
        default: break
        }
        throw .wrongType(name, expected: "integer", got: value)
    }

    /// The Boolean argument `name`.
    public func bool(_ name: String) throws(BindingError) -> Bool {
        guard let value = values[name] else { throw .missingArgument(name) }
        guard case .bool(let b) = value else { throw .wrongType(name, expected: "Boolean", got: value) }
        return b
    }
}

/// A bound guard, effect or query was called with arguments it cannot use.
public enum BindingError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingArgument(String)
    case wrongType(String, expected: String, got: Value)
    case invalidValue(String, Value, expected: String)

    public var description: String {
        switch self {
        case .missingArgument(let name): return "argument '\(name)' is missing"
        case .wrongType(let name, let expected, let got): return "argument '\(name)' should be a \(expected), got '\(got.text)'"
        case .invalidValue(let name, let got, let expected): return "argument '\(name)' has the value '\(got.text)'; expected \(expected)"
        }
    }
}
