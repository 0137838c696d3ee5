/// The type of a bound name's parameter or a query's result, checked when a definition loads.
public indirect enum ParameterType: Sendable, Hashable, CustomStringConvertible {
    /// Any text.
    case string
    /// A whole number.
    case integer
    /// A decimal amount.
    case decimal
    /// `true` or `false` (or a confirmed `yes`/`no`).
    case bool
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// An e-mail address.
    case email
    /// One of a fixed set of strings (seat types, permissions, roles…).
    case oneOf([String])
    /// A list of values of the element type.
    case list(ParameterType)
    /// Anything (no check).
    case any

    public var description: String {
        switch self {
        case .string: return "text"
        case .integer: return "an integer"
        case .decimal: return "a decimal amount"
        case .bool: return "yes or no"
        case .date: return "a date"
        case .email: return "an e-mail address"
        case .oneOf(let values): return "one of " + values.joined(separator: ", ")
        case .list(let element): return "a list of \(element)"
        case .any: return "any value"
        }
    }

    /// Why a literal `value` does not fit this type, or nil when it does.
    public func problem(with value: Value) -> String? {
        switch (self, value) {
        case (.any, _), (.string, .string), (.integer, .int), (.decimal, .decimal), (.decimal, .int), (.bool, .bool):
            return nil
        case (.bool, .string(let s)) where s == "yes" || s == "no":
            return nil
        case (.email, .string(let s)):
            return EmailShape.matches(s) ? nil : "'\(s)' is not an e-mail address"
        case (.date, .string(let s)):
            return DateShape.matches(s) ? nil : "'\(s)' is not a date (YYYY-MM-DD)"
        case (.oneOf(let values), .string(let s)):
            if values.contains(s) { return nil }
            let hint = Suggestion.closest(to: s, among: values).map { " (did you mean '\($0)'?)" } ?? ""
            return "'\(s)' is not \(self)\(hint)"
        case (.list(let element), .list(let items)):
            return items.lazy.compactMap { element.problem(with: $0) }.first
        default:
            return "'\(value.text)' should be \(self)"
        }
    }

    /// Why a value of type `other` may not fit this type, or nil when every such value fits.
    public func problem(accepting other: ParameterType) -> String? {
        switch (self, other) {
        case (.any, _), (_, .any): return nil
        case (.string, .string), (.string, .email), (.string, .date), (.string, .oneOf): return nil
        case (.integer, .integer), (.decimal, .decimal), (.decimal, .integer), (.bool, .bool), (.date, .date), (.email, .email):
            return nil
        case (.bool, .oneOf(let values)) where Set(values).isSubset(of: ["yes", "no"]):
            return nil
        case (.oneOf(let allowed), .oneOf(let values)):
            let extra = values.filter { !allowed.contains($0) }
            return extra.isEmpty ? nil : "it can be '\(extra.joined(separator: "', '"))', which is not \(self)"
        case (.list(let a), .list(let b)):
            return a.problem(accepting: b)
        default:
            return "it is \(other), not \(self)"
        }
    }
}
