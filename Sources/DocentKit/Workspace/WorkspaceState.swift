import DocentModel

/// The state file of a workspace (`state.json`): the account now and where it came from.
public struct WorkspaceState: Codable, Sendable, Equatable {
    /// Always `docent-workspace`: a file without it is not Docent's.
    public var format: String
    /// The format's version.
    public var version: Int
    /// The sequence number of the last journal record applied.
    public var sequence: Int
    /// The demo id or file the account was seeded from.
    public var source: String
    /// The workspace's date once the clock was advanced (`YYYY-MM-DD`).
    public var clock: String?
    /// The account.
    public var account: Account

    /// The format name.
    public static let formatName = "docent-workspace"
    /// The version written.
    public static let currentVersion = 1

    /// Creates a state.
    public init(sequence: Int, source: String, clock: String?, account: Account) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.sequence = sequence
        self.source = source
        self.clock = clock
        self.account = account
    }
}
