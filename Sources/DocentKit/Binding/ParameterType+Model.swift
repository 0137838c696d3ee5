import DocentModel
import DocentWorkflow

extension ParameterType {
    /// A seat type's id (`sales-hub`, `core`…).
    static let seatType = ParameterType.oneOf(SeatType.allCases.map(\.rawValue))
    /// A seat type's id, or `none`.
    static let seatOrNone = ParameterType.oneOf(SeatType.allCases.map(\.rawValue) + ["none"])
    /// A permission's id (`edit-billing`…).
    static let permission = ParameterType.oneOf(Permission.allCases.map(\.rawValue))
    /// A pricing model's id.
    static let pricingModel = ParameterType.oneOf(PricingModel.allCases.map(\.rawValue))
    /// A platform: `hubspot` or `zendesk`.
    static let platform = ParameterType.oneOf(["hubspot", "zendesk"])
}

extension Signature.Parameter {
    /// A parameter every call gives.
    static func required(_ type: ParameterType) -> Self { Self(type, required: true) }
    /// A parameter a call may give.
    static func optional(_ type: ParameterType) -> Self { Self(type, required: false) }
}
