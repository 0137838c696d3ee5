import DocentModel
import DocentWorkflow

/// The guards, effects and queries that procedures use, bound to the core model.
///
/// This is the one place where workflow names meet model commands. Every effect runs a model
/// command as the situation's actor; a refusal is the model's typed error, kept as thrown.
public enum ModelBindings {
    /// All bindings.
    public static let all: Bindings<Situation> = {
        var bindings = Bindings<Situation>()
        bindCommon(&bindings)
        bindHubSpotGuards(&bindings)
        bindHubSpotQueries(&bindings)
        bindHubSpotQueriesOfLimits(&bindings)
        bindHubSpotChecks(&bindings)
        bindHubSpotEffects(&bindings)
        bindZendesk(&bindings)
        return bindings
    }()

    static func bindCommon(_ b: inout Bindings<Situation>) {
        b.bindGuard("platformIs", sig(["platform": .required(.platform)])) { args, s in
            let platform = try args.string("platform")
            switch s.account {
            case .hubspot: return platform == "hubspot"
            case .zendesk: return platform == "zendesk"
            }
        }
        b.bindCheck("requirePlatform", sig(["platform": .required(.platform)])) { args, s in
            let platform = try args.string("platform")
            if s.account.platform != platform { throw ModelError.wrongPlatform(expected: platform) }
        }
        b.bindGuard("equals", sig(["left": .required(.any), "right": .required(.any)])) { args, _ in
            args["left"]?.text == args["right"]?.text
        }
        b.bindGuard("isEmpty", sig(["value": .required(.any)])) { args, _ in
            switch args["value"] {
            case .list(let items)?: return items.isEmpty
            case .string(let s)?: return s.isEmpty
            case nil: return true
            default: return false
            }
        }
        b.bindQuery("accountName", sig(result: .string)) { _, s in .string(s.account.name) }
        b.bindQuery("today", sig(result: .date)) { _, s in .string(s.today.description) }
    }

    // MARK: - Argument parsing

    static func seatType(_ args: Arguments, _ name: String = "type") throws -> SeatType {
        let raw = try args.string(name)
        guard let type = SeatType(rawValue: raw) else {
            throw KitError.badValue(argument: name, value: raw, expected: SeatType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return type
    }

    static func permission(_ args: Arguments) throws -> Permission {
        let raw = try args.string("permission")
        guard let permission = Permission(rawValue: raw) else {
            throw KitError.badValue(argument: "permission", value: raw, expected: Permission.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return permission
    }

    static func yes(_ args: Arguments, _ name: String) throws -> Bool {
        switch args[name] {
        case .bool(let b)?: return b
        case .string("yes")?: return true
        case .string("no")?, nil: return false
        case let other?: throw KitError.badValue(argument: name, value: other.text, expected: "yes or no")
        }
    }

    static func money(_ money: Money) -> Value {
        let sign = money.cents < 0 ? "-" : ""
        let cents = abs(money.cents)
        let fraction = cents % 100
        return .decimal("\(sign)\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)")
    }

    /// Runs a HubSpot command on a copy of the situation and returns it, its invariants checked.
    static func hubspot(_ s: Situation, _ body: (inout HubSpotAccount) throws -> Void) throws -> Situation {
        var account = try s.hubspot()
        try body(&account)
        return try checked(s, .hubspot(account))
    }

    /// Runs a Zendesk command on a copy of the situation and returns it, its invariants checked.
    static func zendesk(_ s: Situation, _ body: (inout ZendeskAccount) throws -> Void) throws -> Situation {
        var account = try s.zendesk()
        try body(&account)
        return try checked(s, .zendesk(account))
    }

    /// The situation with `account`, after checking that the command kept the account's invariants.
    ///
    /// A command that breaks one is a defect of the model, not a refusal: it is reported as such.
    static func checked(_ s: Situation, _ account: Account) throws -> Situation {
        let violations = account.invariantViolations()
        if !violations.isEmpty { throw KitError.inconsistentAccount(file: s.account.name, violations: violations) }
        var next = s
        next.account = account
        return next
    }

    /// A signature of typed parameters.
    static func sig(_ parameters: [String: Signature.Parameter] = [:], result: ParameterType = .any) -> Signature {
        Signature(parameters, result: result)
    }
}
