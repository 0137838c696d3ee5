/// The host's guards, effects and queries, by the names definitions use.
///
/// The engine knows nothing of what they do: a guard answers yes or no about a state, an
/// effect returns a new state or throws, a query computes a value for a message or an option list.
public struct Bindings<State: Sendable>: Sendable {
    /// A guard's body.
    public typealias Guard = @Sendable (Arguments, State) throws -> Bool
    /// An effect's body.
    public typealias Effect = @Sendable (Arguments, State) throws -> State
    /// A query's body.
    public typealias Query = @Sendable (Arguments, State) throws -> Value
    /// A check's body: returns when the state allows something, throws the host's refusal otherwise.
    public typealias Check = @Sendable (Arguments, State) throws -> Void

    struct Bound<Body: Sendable>: Sendable {
        var signature: Signature
        var body: Body
    }

    private(set) var guards: [String: Bound<Guard>] = [:]
    private(set) var effects: [String: Bound<Effect>] = [:]
    private(set) var queries: [String: Bound<Query>] = [:]
    private(set) var checks: [String: Bound<Check>] = [:]

    /// Creates empty bindings.
    public init() {}

    /// Binds a guard.
    public mutating func bindGuard(_ name: String, _ signature: Signature = Signature(), _ body: @escaping Guard) {
        guards[name] = Bound(signature: signature, body: body)
    }

    /// Binds an effect.
    public mutating func bindEffect(_ name: String, _ signature: Signature = Signature(), _ body: @escaping Effect) {
        effects[name] = Bound(signature: signature, body: body)
    }

    /// Binds a query.
    public mutating func bindQuery(_ name: String, _ signature: Signature = Signature(), _ body: @escaping Query) {
        queries[name] = Bound(signature: signature, body: body)
    }

    /// Binds a check: a host rule an input's answer or a refused end step is checked against.
    public mutating func bindCheck(_ name: String, _ signature: Signature = Signature(), _ body: @escaping Check) {
        checks[name] = Bound(signature: signature, body: body)
    }

    /// The names and signatures bound, for validation.
    public var signatures: BindingSignatures {
        BindingSignatures(
            guards: guards.mapValues(\.signature), effects: effects.mapValues(\.signature),
            queries: queries.mapValues(\.signature), checks: checks.mapValues(\.signature))
    }
}

/// The names a host binds and their parameters, without the bodies.
public struct BindingSignatures: Sendable, Hashable {
    /// Guards by name.
    public var guards: [String: Signature]
    /// Effects by name.
    public var effects: [String: Signature]
    /// Queries by name.
    public var queries: [String: Signature]
    /// Checks by name.
    public var checks: [String: Signature]

    /// Creates signatures.
    public init(
        guards: [String: Signature] = [:], effects: [String: Signature] = [:], queries: [String: Signature] = [:],
        checks: [String: Signature] = [:]
    ) {
        self.guards = guards
        self.effects = effects
        self.queries = queries
        self.checks = checks
    }
}
