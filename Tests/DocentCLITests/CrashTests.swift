import DocentKit
import Foundation
import Testing

/// A process killed while it writes a workspace leaves one that loads, where the walk's effects
/// are all present or all absent.
///
/// `DOCENT_CRASH_AFTER_WRITES=N` makes `docent` kill itself with SIGKILL at its N-th write
/// checkpoint (after half of a write, after the rest, after a sync, after a rename), so every
/// instant that matters is reached deterministically, without timing.
@Suite("workspace crash safety")
struct CrashTests {
    static let walk = [
        "walk", "transfer-core-seat", "--account", "seats-single-core", "--today", "2026-11-22", "--no-input",
        "--answer", "target=yara@tulip.example", "--answer", "confirm=yes",
    ]

    /// The journal's records (without accounts), or nil when `account log` fails.
    static func journal(_ folder: String) async throws -> [JournalRecord]? {
        let log = try await Docent.run(["account", "log", "--json", "--workspace", folder])
        guard log.status == 0 else { return nil }
        return try JSONDecoder().decode([JournalRecord].self, from: Data(log.stdout.utf8))
    }

    @Test("killed at every write of the seed, the start and the commit, the workspace loads and the walk is whole or absent")
    func killedAtEveryWrite() async throws {
        let scratch = try TemporaryDirectory()
        let clean = scratch.url.appendingPathComponent("clean").path
        let run = try await Docent.run(Self.walk + ["--workspace", clean])
        try #require(run.status == 0, "\(run)")
        let after = try await WorkspaceTests.account(clean)
        let before = try JSONValue(Data(try await Docent.run(["accounts", "seats-single-core"]).stdout.utf8))
        try #require(before != after)
        // Each append passes 3 checkpoints (two halves, the sync), each state replacement 4 (two halves, the sync, the rename).
        let records = try #require(try await Self.journal(clean))
        let ends: Set<JournalRecord.Kind> = [.seed, .begin, .answer, .back, .commit, .end, .abandon, .resume]
        let total = 3 * records.filter { ends.contains($0.kind) }.count + 4 * records.filter { $0.sequence != nil }.count
        // Every point of the seed (one append, one replacement) and of the commit (the same), and one past the end.
        let seed = 3 + 4
        let commit = 3 + 4
        let points = Array(1...seed) + Array((total - commit + 1)...(total + 1))
        // The points run side by side (at most four processes at once, see `Docent.slots`).
        let retried = try await withThrowingTaskGroup(of: Int.self) { group in
            for point in points {
                group.addTask {
                    try await Self.check(point: point, total: total, in: scratch, before: before, after: after)
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(retried == 4)
    }

    /// Kills the walk at `point` in a fresh workspace and checks what it left; 1 when it also
    /// walked again there.
    static func check(point: Int, total: Int, in scratch: TemporaryDirectory, before: JSONValue, after: JSONValue) async throws -> Int {
        let folder = scratch.url.appendingPathComponent("ws-\(point)").path
        let crashed = try await Docent.run(Self.walk + ["--workspace", folder], environment: ["DOCENT_CRASH_AFTER_WRITES": "\(point)"])
        if point > total {
            #expect(crashed.status == 0, "past the last checkpoint the walk completes: \(crashed)")
            return 0
        }
        #expect(crashed.status == SIGKILL, "killed at checkpoint \(point) of \(total): \(crashed)")
        let shown = try await Docent.run(["account", "show", "--workspace", folder])
        let retry = point == 1 || point == 2 || point == total - 4 || point == total
        if shown.status != 0 {
            // Killed before the seed reached the journal: nothing to load, and it says so.
            #expect(point <= 1 && shown.status == 64 && shown.stderr.contains("holds no account yet"), "checkpoint \(point): \(shown)")
        } else if let journal = try await Self.journal(folder) {
            let account = try JSONValue(Data(shown.stdout.utf8))
            #expect(account == before || account == after, "checkpoint \(point): a partial walk")
            let committed = journal.contains { $0.kind == .commit }
            #expect(committed == (account == after), "checkpoint \(point): the journal and the state agree")
            #expect(journal.contains { $0.kind == .effect } == committed, "checkpoint \(point): effects appear with their commit only")
        } else {
            Issue.record("checkpoint \(point): the journal does not load")
        }
        // The workspace goes on working: the walk can be done (again), or is done already.
        if retry {
            let done = shown.status == 0 ? (try JSONValue(Data(shown.stdout.utf8))) == after : false
            let again = try await Docent.run(Self.walk + ["--workspace", folder])
            #expect(again.status == (done ? 65 : 0), "checkpoint \(point): \(again)")
            #expect(try await WorkspaceTests.account(folder) == after)
        }
        return retry ? 1 : 0
    }

    @Test("two processes on one workspace take turns: the second waits, and neither change is lost")
    func lock() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws").path
        // The first walk holds the workspace while a person reads its first screen.
        let first = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22", "--workspace", folder], tui: true)
        try first.expect("Steps 1–3 of 8")
        let second = try TerminalSession([
            "walk", "assign-seat", "--today", "2026-11-22", "--workspace", folder, "--no-input",
            "--answer", "hub=service-hub", "--answer", "user=farid@northwind.example", "--answer", "review=yes",
        ])
        try second.expect("is using the workspace")
        first.send("\r")
        try first.expect("Step 4 of 8")
        first.send("\r")
        try first.expect("Step 5 of 8")
        first.send("greta\r")
        try first.expect("Steps 6–7 of 8")
        first.send("\r")
        try first.expect("Step 8 of 8")
        first.send("y")
        try first.expect("Outcome: Done")
        #expect(try first.finish() == 0, "\(first.transcript)")
        try second.expect("Outcome: Done")
        #expect(try second.finish() == 0, "\(second.transcript)")
        let shown = try await Docent.run(["account", "show", "--workspace", folder])
        let object = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        let users = object?["users"] as? [[String: Any]] ?? []
        func seats(_ email: String) -> [String] { users.first { $0["email"] as? String == email }?["seats"] as? [String] ?? [] }
        let log = try await Docent.run(["account", "log", "--workspace", folder])
        #expect(log.stdout.components(separatedBy: "commit #").count == 3, "two commits: \(log.stdout)")
        #expect(seats("greta@northwind.example") == ["sales-hub"] && seats("farid@northwind.example") == ["service-hub"], "\(users)")
        let figures = try await Docent.run(["stats", "--json", "--workspace", folder])
        let statistics = try JSONDecoder().decode(WalkStatistics.self, from: Data(figures.stdout.utf8))
        #expect(statistics.rows.first?.completed == 2)
    }
}
