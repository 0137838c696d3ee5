/// A coding key for any JSON object key, so that decoders can reject keys they do not know.
struct JSONKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }

    /// Throws a decoding error naming the first key of `container` that is not in `allowed`.
    ///
    /// Misspelled keys (`"wehn"`, `"onErorr"`) would otherwise be ignored silently.
    static func requireOnly(_ allowed: Set<String>, in container: KeyedDecodingContainer<JSONKey>, what: String) throws {
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !allowed.contains(key.stringValue) {
            let known = allowed.sorted().joined(separator: ", ")
            let hint = Suggestion.closest(to: key.stringValue, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [key],
                debugDescription: "unknown key '\(key.stringValue)' in \(what)\(hint); expected one of \(known)"))
        }
    }

    /// Throws unless `decoder` holds an object whose keys are all in `allowed`.
    static func requireOnly(_ allowed: Set<String>, in decoder: any Decoder, what: String) throws {
        try requireOnly(allowed, in: decoder.container(keyedBy: JSONKey.self), what: what)
    }
}
