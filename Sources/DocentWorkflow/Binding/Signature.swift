/// The parameters a bound name takes, with their types, and for a query the type of its result.
public struct Signature: Sendable, Hashable {
    /// One parameter.
    public struct Parameter: Sendable, Hashable {
        /// The type of value it takes.
        public var type: ParameterType
        /// Whether every call must give it.
        public var isRequired: Bool

        /// Creates a parameter.
        public init(_ type: ParameterType, required: Bool = true) {
            self.type = type
            self.isRequired = required
        }
    }

    /// The parameters by name.
    public var parameters: [String: Parameter]
    /// A query's result type (`.any` for guards, effects and checks).
    public var result: ParameterType

    /// Creates a signature.
    public init(_ parameters: [String: Parameter] = [:], result: ParameterType = .any) {
        self.parameters = parameters
        self.result = result
    }

    /// Creates a signature of untyped parameters.
    public init(required: Set<String> = [], optional: Set<String> = [], result: ParameterType = .any) {
        var parameters: [String: Parameter] = [:]
        for name in required { parameters[name] = Parameter(.any) }
        for name in optional { parameters[name] = Parameter(.any, required: false) }
        self.init(parameters, result: result)
    }

    /// Parameters every call must give.
    public var required: Set<String> { Set(parameters.filter(\.value.isRequired).keys) }

    /// The problems with calling this signature with `given` argument names.
    public func problems(given: Set<String>) -> [String] {
        var problems: [String] = []
        for missing in required.subtracting(given).sorted() { problems.append("argument '\(missing)' is missing") }
        for extra in given.subtracting(parameters.keys).sorted() {
            let hint = Suggestion.closest(to: extra, among: parameters.keys).map { " (did you mean '\($0)'?)" } ?? ""
            problems.append("unknown argument '\(extra)'\(hint)")
        }
        return problems
    }
}
