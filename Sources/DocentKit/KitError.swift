/// A problem in Docent's own layer: a procedure, an account file, an actor.
public enum KitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A binding was used on an account of another platform.
    case wrongPlatform(expected: String)
    /// An argument's value is not one the binding knows.
    case badValue(argument: String, value: String, expected: String)
    /// No procedure has this id.
    case unknownProcedure(String, known: [String])
    /// No demo account has this id and no file has this path.
    case accountNotFound(String, demos: [String])
    /// The account file is not a valid account.
    case badAccount(file: String, detail: String)
    /// The account's invariants do not hold.
    case inconsistentAccount(file: String, violations: [String])
    /// The acting user is not a user of the account.
    case unknownActor(String, account: String, users: [String])
    /// The account was cancelled; nothing can be done on it.
    case accountCancelled(account: String, on: String)
    /// A bundled resource is missing (a broken installation).
    case missingResource(String)
    /// Bundled data failed validation (a broken build).
    case invalidBundle([String])

    public var description: String {
        switch self {
        case .wrongPlatform(let expected): return "this step works on \(expected) accounts only"
        case .badValue(let argument, let value, let expected): return "argument '\(argument)' is '\(value)'; expected \(expected)"
        case .unknownProcedure(let id, let known): return "no procedure named '\(id)' (known: \(known.joined(separator: ", ")))"
        case .accountNotFound(let name, let demos):
            return "'\(name)' is neither a demo account (\(demos.joined(separator: ", "))) nor a readable file"
        case .badAccount(let file, let detail): return "\(file): error: not a valid account: \(detail)"
        case .inconsistentAccount(let file, let violations): return "\(file): error: the account breaks its rules: \(violations.joined(separator: "; "))"
        case .unknownActor(let actor, let account, let users):
            return "'\(actor)' is not a user of account '\(account)' (users: \(users.joined(separator: ", ")))"
        case .accountCancelled(let account, let date): return "account '\(account)' was cancelled on \(date); its data can no longer be reached"
        case .missingResource(let name): return "bundled resource '\(name)' is missing"
        case .invalidBundle(let problems): return "bundled data is invalid:\n" + problems.joined(separator: "\n")
        }
    }
}
