/// A value flowing through a workflow: an answer, an argument or a query result.
public enum Value: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    /// A decimal number in canonical text form (`1234.5`), such as an amount of money.
    case decimal(String)
    case list([Value])

    /// The string payload, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer payload, if this is an integer.
    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The Boolean payload, if this is a Boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The elements, if this is a list.
    public var listValue: [Value]? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// The canonical text form, as typed in an answer or shown in a transcript.
    public var text: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "yes" : "no"
        case .decimal(let d): return d
        case .list(let l): return l.map(\.text).joined(separator: ", ")
        }
    }
}
