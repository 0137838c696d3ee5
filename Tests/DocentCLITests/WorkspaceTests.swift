import DocentKit
import Foundation
import Testing

/// Workspaces: an account kept across walks, its journal, resets, the clock, resume and figures.
@Suite("docent workspaces")
struct WorkspaceTests {
    static let assignGreta = ["walk", "assign-seat", "--today", "2026-11-22", "--no-input",
                              "--answer", "hub=sales-hub", "--answer", "user=greta@northwind.example", "--answer", "review=yes"]

    /// The account a workspace holds, decoded.
    static func account(_ folder: String) async throws -> JSONValue {
        let shown = try await Docent.run(["account", "show", "--workspace", folder])
        #expect(shown.status == 0, "\(shown)")
        return try JSONValue(Data(shown.stdout.utf8))
    }

    @Test("the next walk sees what the last one did; without a workspace each walk starts afresh")
    func persistence() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws").path
        let first = try await Docent.run(Self.assignGreta + ["--workspace", folder])
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.contains("started from legacy-full"))
        let second = try await Docent.run(Self.assignGreta + ["--workspace", folder])
        #expect(second.status == 65, "greta holds the seat now, so she is no longer offered: \(second)")
        let environment = try await Docent.run(Self.assignGreta, environment: ["DOCENT_WORKSPACE": folder])
        #expect(environment.status == 65, "DOCENT_WORKSPACE names the same workspace")
        let fresh = try await Docent.run(Self.assignGreta)
        #expect(fresh.status == 0, "without a workspace the demo is copied afresh: \(fresh)")

        let log = try await Docent.run(["account", "log", "--workspace", folder, "--json"])
        let records = try JSONDecoder().decode([JournalRecord].self, from: Data(log.stdout.utf8))
        let effects = records.filter { $0.kind == .effect }
        #expect(effects.map(\.effect) == ["purchaseSeats", "assignSeat"])
        #expect(effects.last?.arguments == ["type": "sales-hub", "user": "greta@northwind.example"])
        #expect(effects.allSatisfy { $0.procedure == "assign-seat" && $0.language == "en" && $0.actor == "ana@northwind.example" && $0.definitionHash?.count == 64 })
        let commitIndex = try #require(records.firstIndex { $0.kind == .commit })
        #expect(records.lastIndex { $0.kind == .effect }.map { $0 < commitIndex } == true, "effects come before their commit")
    }

    @Test("a walk that does not keep its effects journals none; --save and a second account are refused")
    func transactions() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws").path
        let refused = try await Docent.run(["walk", "transfer-core-seat", "--workspace", folder, "--no-input", "--today", "2026-11-22"])
        #expect(refused.status == 1, "\(refused)")
        let log = try await Docent.run(["account", "log", "--workspace", folder, "--json"])
        let records = try JSONDecoder().decode([JournalRecord].self, from: Data(log.stdout.utf8))
        #expect(!records.contains { $0.kind == .effect || $0.kind == .commit })
        #expect(records.last?.kind == .end && records.last?.outcome == "refused")
        let other = try await Docent.run(["walk", "assign-seat", "--workspace", folder, "--account", "legacy-spare", "--no-input"])
        #expect(other.status == 64 && other.stderr.contains("docent account reset --account legacy-spare"), "\(other)")
        let save = try await Docent.run(Self.assignGreta + ["--workspace", folder, "--save"])
        #expect(save.status == 64, "\(save)")
    }

    @Test("account reset puts the demo back; clock advance applies the scheduled removal at renewal")
    func resetAndClock() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws").path
        let walk = try await Docent.run([
            "walk", "remove-seats", "--account", "legacy-spare", "--workspace", folder, "--today", "2026-11-22", "--no-input",
            "--answer", "type=service-hub", "--answer", "count=2", "--answer", "confirm-legacy=yes",
        ])
        #expect(walk.status == 0, "\(walk)")
        let before = try await Self.account(folder)
        #expect("\(before)".contains("scheduledRemoval"))
        let advanced = try await Docent.run(["clock", "advance", "--to-renewal", "--workspace", folder])
        #expect(advanced.status == 0, "\(advanced)")
        #expect(advanced.stdout.contains("2027-03-01"))
        #expect(advanced.stdout.contains("•"), "the downgrade is told: \(advanced.stdout)")
        let after = try await Self.account(folder)
        #expect(!"\(after)".contains("scheduledRemoval"), "the removals took effect")
        let reset = try await Docent.run(["account", "reset", "--workspace", folder])
        #expect(reset.status == 0, "\(reset)")
        let demo = try await Docent.run(["accounts", "legacy-spare"])
        #expect(try await Self.account(folder) == (try JSONValue(Data(demo.stdout.utf8))))
        let log = try await Docent.run(["account", "log", "--workspace", folder])
        #expect(log.stdout.contains("clock #") && log.stdout.contains("reset #"), "\(log.stdout)")
    }

    @Test("a damaged or foreign file is reported and left as it is")
    func damage() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws")
        let first = try await Docent.run(Self.assignGreta + ["--workspace", folder.path])
        #expect(first.status == 0)
        let state = folder.appendingPathComponent("state.json")
        try Data("{\"hello\": 1}".utf8).write(to: state)
        let broken = try await Docent.run(Self.assignGreta + ["--workspace", folder.path])
        #expect(broken.status == 65 && broken.stderr.contains("state.json: error: not a Docent workspace state file"), "\(broken)")
        #expect(try String(contentsOf: state, encoding: .utf8) == "{\"hello\": 1}", "never overwritten")

        let journal = folder.appendingPathComponent("journal.jsonl")
        try Data("not json\n".utf8).write(to: journal)
        let shown = try await Docent.run(["account", "log", "--workspace", folder.path])
        #expect(shown.status == 65 && shown.stderr.contains("journal.jsonl:1: error:"), "\(shown)")

        let foreign = scratch.url.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        let refused = try await Docent.run(Self.assignGreta + ["--workspace", foreign.path])
        #expect(refused.status == 65 && refused.stderr.contains("not a Docent workspace"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: foreign.appendingPathComponent("state.json").path))
    }

    @Test("docent workspace path follows XDG_STATE_HOME, else ~/.local/state")
    func defaultPath() async throws {
        let xdg = try await Docent.run(["workspace", "path"], environment: ["XDG_STATE_HOME": "/srv/state"])
        #expect(xdg.stdout == "/srv/state/docent\n")
        let home = try await Docent.run(["workspace", "path"], environment: ["HOME": "/home/trainee"])
        #expect(home.stdout == "/home/trainee/.local/state/docent\n")
    }

    @Test("resume continues a walk that stopped; a changed definition is refused with how to start afresh")
    func resume() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws")
        let none = try await Docent.run(["walk", "--resume", "--no-input"])
        #expect(none.status == 64 && none.stderr.contains("--resume needs a workspace"), "\(none)")
        let stopped = try await Docent.run([
            "walk", "assign-seat", "--lang", "de", "--today", "2026-11-22", "--no-input", "--workspace", folder.path, "--answer", "hub=sales-hub",
        ])
        #expect(stopped.status == 64, "stops at the user: \(stopped)")
        let resumed = try await Docent.run([
            "walk", "--resume", "--workspace", folder.path, "--no-input", "--answer", "user=greta@northwind.example", "--answer", "review=yes",
        ])
        #expect(resumed.status == 0, "\(resumed)")
        #expect(resumed.stdout.contains("Ergebnis:"), "in the walk’s language: \(resumed.stdout)")
        let again = try await Docent.run(["walk", "--resume", "--workspace", folder.path, "--no-input"])
        #expect(again.status == 64 && again.stderr.contains("no interrupted walk"), "\(again)")

        // A walk begun under another version of the definition.
        _ = try await Docent.run(["walk", "unassign-seat", "--today", "2026-11-22", "--no-input", "--workspace", folder.path])
        let journal = folder.appendingPathComponent("journal.jsonl")
        var lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").map(String.init)
        let begin = try #require(lines.lastIndex { $0.contains("\"kind\":\"begin\"") })
        lines[begin] = lines[begin].replacingOccurrences(of: "\"definitionHash\":\"", with: "\"definitionHash\":\"0000")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: journal)
        let changed = try await Docent.run(["walk", "--resume", "--workspace", folder.path, "--no-input"])
        #expect(changed.status == 65, "\(changed)")
        #expect(changed.stderr.contains("has changed since") && changed.stderr.contains("docent walk unassign-seat"), "\(changed)")
    }

    @Test("stats count walks started, completed, ended otherwise and abandoned, per procedure and language")
    func stats() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws").path
        _ = try await Docent.run(Self.assignGreta + ["--workspace", folder])
        _ = try await Docent.run(["walk", "assign-seat", "--lang", "fr", "--no-input", "--workspace", folder, "--answer", "hub=sales-hub"])
        _ = try await Docent.run(["walk", "assign-seat", "--lang", "fr", "--no-input", "--workspace", folder])
        _ = try await Docent.run(["walk", "transfer-core-seat", "--no-input", "--workspace", folder])
        let run = try await Docent.run(["stats", "--json", "--workspace", folder])
        let figures = try JSONDecoder().decode(WalkStatistics.self, from: Data(run.stdout.utf8))
        let english = try #require(figures.rows.first { $0.procedure == "assign-seat" && $0.language == "en" })
        #expect(english.started == 1 && english.completed == 1 && english.abandoned == 0)
        let french = try #require(figures.rows.first { $0.procedure == "assign-seat" && $0.language == "fr" })
        #expect(french.started == 2 && french.abandoned == 2)
        #expect(french.abandonedAt == ["user": 1, "hub": 1], "\(french.abandonedAt)")
        let refused = try #require(figures.rows.first { $0.procedure == "transfer-core-seat" })
        #expect(refused.ended == 1 && refused.started == 1)
        let table = try await Docent.run(["stats", "--lang", "fr", "--workspace", folder])
        #expect(table.stdout.contains("abandonnés") && table.stdout.contains("assign-seat (fr) abandonné à\u{00A0}: "), "\(table.stdout)")
    }

    @Test("piped walks in a workspace print no escape codes")
    func pipes() async throws {
        let scratch = try TemporaryDirectory()
        let folder = scratch.url.appendingPathComponent("ws").path
        let run = try await Docent.run(["walk", "assign-seat", "--today", "2026-11-22", "--workspace", folder], stdin: "sales-hub\ngreta@northwind.example\ny\n")
        #expect(run.status == 0, "\(run)")
        #expect(!run.stdout.contains("\u{1B}") && !run.stderr.contains("\u{1B}"))
        let forced = try await Docent.run(["walk", "assign-seat", "--today", "2026-11-22"], environment: ["FORCE_COLOR": "1"], stdin: "sales-hub\ngreta@northwind.example\ny\n")
        #expect(forced.stdout.contains("\u{1B}[1m"), "FORCE_COLOR styles even a pipe")
    }
}
