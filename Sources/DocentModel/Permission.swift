/// A HubSpot user permission relevant to seats and billing.
public enum Permission: String, Codable, CaseIterable, Hashable, Sendable {
    /// "Add and edit users".
    case addAndEditUsers = "add-and-edit-users"
    /// "Edit billing" (older label: "Modify billing").
    case editBilling = "edit-billing"
    /// Super Admin: implies every other permission.
    case superAdmin = "super-admin"
}
