import DocentModel
import Foundation

/// One difference between an account before and after a walk.
public struct AccountChange: Sendable, Equatable, Codable {
    /// Where, as a path: `users[ann@example.com].seats`, `subscriptions[sales-hub].purchased`.
    public var path: String
    /// The JSON value before (absent when added).
    public var before: JSONValue?
    /// The JSON value after (absent when removed).
    public var after: JSONValue?

    /// The differences between two accounts, in path order.
    public static func between(_ old: Account, _ new: Account) throws -> [AccountChange] {
        let before = try JSONValue(AccountStore.encode(old))
        let after = try JSONValue(AccountStore.encode(new))
        var changes: [AccountChange] = []
        diff(before, after, path: "", into: &changes)
        return changes
    }

    /// Array elements are matched by these keys when they have one, so a removed user shows as
    /// one removal and not as every later user shifting.
    static let identityKeys = ["email", "seatType", "name"]

    private static func diff(_ a: JSONValue?, _ b: JSONValue?, path: String, into changes: inout [AccountChange]) {
        if a == b { return }
        switch (a, b) {
        case (.object(let x)?, .object(let y)?):
            for key in Set(x.keys).union(y.keys).sorted() {
                diff(x[key], y[key], path: path.isEmpty ? key : path + "." + key, into: &changes)
            }
        case (.array(let x)?, .array(let y)?):
            if let key = identityKeys.first(where: { k in (x + y).allSatisfy { $0.object?[k]?.string != nil } }), !(x + y).isEmpty {
                let left = Dictionary(x.map { ($0.object?[key]?.string ?? "", $0) }, uniquingKeysWith: { a, _ in a })
                let right = Dictionary(y.map { ($0.object?[key]?.string ?? "", $0) }, uniquingKeysWith: { a, _ in a })
                var order: [String] = []
                for element in x + y { if let id = element.object?[key]?.string, !order.contains(id) { order.append(id) } }
                for id in order { diff(left[id], right[id], path: "\(path)[\(id)]", into: &changes) }
            } else {
                changes.append(AccountChange(path: path, before: a, after: b))
            }
        default:
            changes.append(AccountChange(path: path, before: a, after: b))
        }
    }
}

/// A JSON value, for reports.
public indirect enum JSONValue: Sendable, Equatable, Codable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    /// Parses JSON bytes.
    public init(_ data: Data) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }

    var object: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { try c.encode(Int(n)) } else { try c.encode(n) }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}
