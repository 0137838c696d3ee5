/// A guard expression: a bound guard, or guards composed with `all`, `any` and `not`.
///
/// JSON: a guard call (`"hasPaidSeats"` or `{"name": "actorHas", "args": {…}}`), or
/// `{"all": [c, …]}`, `{"any": [c, …]}`, `{"not": c}`, so that logic lives in definitions
/// instead of bespoke guards.
public indirect enum Condition: Sendable, Hashable {
    /// A guard bound by the host.
    case call(Call)
    /// Every condition holds (true when empty).
    case all([Condition])
    /// At least one condition holds (false when empty).
    case any([Condition])
    /// The condition does not hold.
    case not(Condition)

    /// The guard calls, in order of appearance.
    public var calls: [Call] {
        switch self {
        case .call(let call): return [call]
        case .all(let items), .any(let items): return items.flatMap(\.calls)
        case .not(let item): return item.calls
        }
    }

    /// The variables the condition reads.
    public var variables: Set<String> {
        calls.reduce(into: []) { $0.formUnion($1.variables) }
    }
}
