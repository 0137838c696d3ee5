/// Where an argument's value comes from: a literal, an answered variable, or a named query.
///
/// In JSON a string starting with `$` names a variable (`"$user"`), an object with a `query`
/// key calls a query (`{"query": "availableSeats", "args": {"type": "$seatType"}}`), and
/// anything else is a literal. A literal string that must start with `$` is written `$$…`.
public indirect enum Expression: Sendable, Hashable {
    case literal(Value)
    case variable(String)
    case query(Call)

    /// The variables this expression reads, directly or through query arguments.
    public var variables: Set<String> {
        switch self {
        case .literal: return []
        case .variable(let name): return [name]
        case .query(let call): return call.variables
        }
    }
}
