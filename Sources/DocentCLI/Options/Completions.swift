import DocentKit

/// Values shell completion offers, read from the bundled library when the shell asks.
enum Completions {
    /// The procedures' ids.
    static func procedures() -> [String] {
        (try? DocentLibrary.bundled().procedureIDs) ?? []
    }

    /// The demo accounts' ids.
    static func accounts() -> [String] {
        (try? DocentLibrary.bundled().demoIDs) ?? []
    }

    /// The languages.
    static let languages = ["en", "fr", "de", "sv", "nl"]
}
