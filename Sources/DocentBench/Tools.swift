import Foundation

/// Finds the peer tools and, unless told not to, installs the missing ones: hyperfine from Debian,
/// translate-toolkit (pofilter) from PyPI into a virtual environment under `~/.cache/docent-bench`.
struct Tools: Sendable {
    var install: Bool
    var log: @Sendable (String) -> Void

    /// The virtual environment pofilter is installed into.
    static var environment: String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSTemporaryDirectory()
        return (home as NSString).appendingPathComponent(".cache/docent-bench/venv")
    }

    /// An executable named `name` on `PATH`.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = (String(folder) as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// hyperfine, installed with apt-get when missing.
    func hyperfine() -> String? {
        if let found = Self.which("hyperfine") { return found }
        guard install else { return nil }
        log("installing hyperfine (apt-get install -y hyperfine)")
        _ = try? ProcessRunner.run(["apt-get", "install", "-y", "-qq", "hyperfine"], timeout: 300,
                                   environment: ["DEBIAN_FRONTEND": "noninteractive"])
        return Self.which("hyperfine")
    }

    /// pofilter, installed with pip into ``environment`` when missing.
    func pofilter() -> String? {
        if let found = Self.which("pofilter") { return found }
        let local = (Self.environment as NSString).appendingPathComponent("bin/pofilter")
        if FileManager.default.isExecutableFile(atPath: local) { return local }
        guard install else { return nil }
        log("installing translate-toolkit (pip install translate-toolkit, in \(Self.environment))")
        _ = try? ProcessRunner.run(["python3", "-m", "venv", Self.environment], timeout: 300)
        _ = try? ProcessRunner.run([(Self.environment as NSString).appendingPathComponent("bin/pip"), "install", "-q", "translate-toolkit"],
                                   timeout: 600)
        return FileManager.default.isExecutableFile(atPath: local) ? local : nil
    }

    /// The `docent` executable built beside this one.
    static func docent(beside executable: String) -> String {
        let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? executable
        return ((resolved as NSString).deletingLastPathComponent as NSString).appendingPathComponent("docent")
    }

    /// Whether this `docent` has the `qa` and `l10n` commands (issue 10).
    static func hasQA(_ docent: String) -> Bool {
        guard let help = ProcessRunner.output([docent, "--help"]), help.status == 0 else { return false }
        let lines = help.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.contains { $0.hasPrefix("qa ") || $0 == "qa" } && lines.contains { $0.hasPrefix("l10n ") || $0 == "l10n" }
    }
}
