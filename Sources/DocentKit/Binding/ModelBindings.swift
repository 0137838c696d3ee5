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
        bindHubSpotEffects(&bindings)
        bindZendesk(&bindings)
        return bindings
    }()

    static func bindCommon(_ b: inout Bindings<Situation>) {
        b.bindGuard("platformIs", Signature(required: ["platform"])) { args, s in
            let platform = try args.string("platform")
            switch s.account {
            case .hubspot: return platform == "hubspot"
            case .zendesk: return platform == "zendesk"
            }
        }
        b.bindGuard("equals", Signature(required: ["left", "right"])) { args, _ in
            args["left"]?.text == args["right"]?.text
        }
        b.bindGuard("isEmpty", Signature(required: ["value"])) { args, _ in
            switch args["value"] {
            case .list(let items)?: return items.isEmpty
            case .string(let s)?: return s.isEmpty
            case nil: return true
            default: return false
            }
        }
        b.bindQuery("accountName") { _, s in .string(s.account.name) }
        b.bindQuery("today") { _, s in .string(s.today.description) }
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

    /// Runs a HubSpot command on a copy of the situation and returns it.
    static func hubspot(_ s: Situation, _ body: (inout HubSpotAccount) throws -> Void) throws -> Situation {
        var account = try s.hubspot()
        try body(&account)
        var next = s
        next.account = .hubspot(account)
        return next
    }

    /// Runs a Zendesk command on a copy of the situation and returns it.
    static func zendesk(_ s: Situation, _ body: (inout ZendeskAccount) throws -> Void) throws -> Situation {
        var account = try s.zendesk()
        try body(&account)
        var next = s
        next.account = .zendesk(account)
        return next
    }
}
