import Foundation
import Testing

/// The help texts, compared exactly with golden files in `Golden/`.
///
/// To regenerate them after an intended change, run
/// `DOCENT_UPDATE_GOLDEN=1 swift test --filter DocentCLITests.HelpGoldenTests`: the files are
/// rewritten and each test fails once, saying so (review the diff with git, then rerun without the
/// variable). Help is rendered with `COLUMNS=80` (see `Docent.baseEnvironment`).
@Suite("help golden files")
struct HelpGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [(arguments: [String], file: String)] = [
        (["--help"], "docent-help.txt"),
        (["walk", "--help"], "walk-help.txt"),
        (["list", "--help"], "list-help.txt"),
        (["script", "--help"], "script-help.txt"),
        (["graph", "--help"], "graph-help.txt"),
    ]

    @Test("help matches its golden file", arguments: 0..<cases.count)
    func help(index: Int) async throws {
        let (arguments, file) = Self.cases[index]
        let run = try await Docent.run(arguments)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "", "\(run)")
        let url = Self.golden.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["DOCENT_UPDATE_GOLDEN"] == "1" {
            try Data(run.stdout.utf8).write(to: url)
            Issue.record("updated \(url.path); rerun without DOCENT_UPDATE_GOLDEN")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if run.stdout != expected {
            let got = lines(run.stdout), want = lines(expected)
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record(
                """
                docent \(arguments.joined(separator: " ")) differs from Golden/\(file) at line \(first + 1):
                  expected: \(first < want.count ? want[first] : "<end>")
                  actual:   \(first < got.count ? got[first] : "<end>")
                (regenerate with DOCENT_UPDATE_GOLDEN=1 if the change is intended)
                """)
        }
    }

    @Test("`docent help walk` prints the same text as `docent walk --help`")
    func helpSubcommand() async throws {
        let viaHelp = try await Docent.run(["help", "walk"])
        let viaFlag = try await Docent.run(["walk", "--help"])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.stdout == viaFlag.stdout)
    }

    @Test("an unknown flag is a usage error (64) with help on stderr")
    func unknownFlag() async throws {
        let run = try await Docent.run(["walk", "assign-seat", "--frobnicate"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("--frobnicate"), "\(run)")
    }
}
