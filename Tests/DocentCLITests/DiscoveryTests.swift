import DocentKit
import Foundation
import Testing

/// Drafts walked with --definition, engine failures in every input mode, and the flags that make
/// Docent discoverable: --version, did-you-mean, bounded inputs.
@Suite("docent walk: drafts, failures and discovery")
struct DiscoveryTests {
    /// The article fixtures of the import tests.
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("DocentArticlesTests/Fixtures")

    /// A draft folder whose question hides its only choice on a HubSpot account: the engine
    /// cannot go on there, a defect of the definition that every input mode must report.
    static func brokenDraft() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        _ = try directory.write("gap.json", """
            {"id": "gap", "title": "gap.title", "summary": "gap.summary", "start": "intro", "steps": [
              {"id": "intro", "kind": "instruction", "message": "gap.intro", "next": "which"},
              {"id": "which", "kind": "question", "message": "gap.which", "choices": [
                {"value": "z", "label": "gap.z", "next": "done", "when": {"name": "platformIs", "args": {"platform": "zendesk"}}}]},
              {"id": "done", "kind": "end", "outcome": "completed", "message": "gap.done"}]}
            """)
        let units = ["title": "Lacune", "summary": "Un brouillon avec une lacune.", "intro": "Ouvrez les paramètres.",
                     "which": "Laquelle ?", "z": "Zendesk", "done": "Fini."]
        let body = units.sorted { $0.key < $1.key }.map { key, text in
            "<unit id=\"gap.\(key)\"><segment><source>\(text)</source></segment></unit>"
        }.joined()
        _ = try directory.write("fr.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr"><file id="gap">\(body)</file></xliff>
            """)
        return directory
    }

    @Test("--version prints the version")
    func version() async throws {
        let run = try await Docent.run(["--version"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3, "\(run)")
    }

    @Test("a draft from an imported article walks with --definition, in the article's language")
    func draftWalks() async throws {
        let directory = try TemporaryDirectory()
        let imported = try await Docent.run(
            ["import", Self.articles.appendingPathComponent("hubspot-fr.html").path, "--draft", "sieges", "--output", "draft"],
            directory: directory.url)
        #expect(imported.status == 0, "\(imported)")
        let run = try await Docent.run(["walk", "--definition", "draft", "--json", "--today", "2026-11-22"], stdin: "oui\nnon\n", directory: directory.url)
        #expect(run.status == 0, "\(run)")
        let report = try run.report()
        #expect(report.procedure == "sieges")
        #expect(report.language == "fr")
        #expect(report.outcome == "completed")

        let wrongName = try await Docent.run(["walk", "assign-seat", "--definition", "draft", "--no-input"], directory: directory.url)
        #expect(wrongName.status == 64, "\(wrongName)")
        let missing = try await Docent.run(["walk", "--definition", "nowhere", "--no-input"], directory: directory.url)
        #expect(missing.status == 66, "\(missing)")
    }

    @Test("Found: an engine error ends every input mode with a localized message and exit 70, never a loop")
    func engineErrorsEnd() async throws {
        let directory = try Self.brokenDraft()
        let scripted = try await Docent.run(["walk", "--definition", ".", "--no-input"], directory: directory.url, timeout: 20)
        #expect(scripted.status == 70, "\(scripted)")
        #expect(scripted.stderr.contains("docent: error: ") && scripted.stderr.contains("which"), "\(scripted)")
        #expect(!scripted.stderr.contains("internal error: step"), "worded in the person's language: \(scripted)")
        let piped = try await Docent.run(["walk", "--definition", "."], stdin: "", directory: directory.url, timeout: 20)
        #expect(piped.status == 70, "\(piped)")

        let session = try TerminalSession(["walk", "--definition", directory.url.path])
        try session.expect("> ")
        session.type("")
        #expect(try session.finish() == 70, "\(session.transcript)")
    }

    @Test("an --answer for a step the procedure does not have: exit 64 with 'did you mean'")
    func unknownStep() async throws {
        let run = try await Docent.walk("assign-seat", ["--no-input", "--answer", "hubb=sales-hub"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stderr.contains("hubb") && run.stderr.contains("Did you mean hub?"), "\(run)")
        let french = try await Docent.walk("assign-seat", ["--no-input", "--lang", "fr", "--answer", "usr=x"])
        #expect(french.status == 64 && french.stderr.contains("Vouliez-vous dire user"), "\(french)")
        let procedure = try await Docent.walk("asign-seat", ["--no-input"])
        #expect(procedure.status == 64 && procedure.stderr.contains("Did you mean assign-seat?"), "\(procedure)")
    }

    @Test("an answers file over the limit is refused naming the file; unused answers are named up to three and counted")
    func boundedInputs() async throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("big.txt", String(repeating: "# padding line\n", count: GivenAnswers.maximumFileSize / 15 + 10))
        let big = try await Docent.walk("assign-seat", ["--no-input", "--answers", "big.txt"], directory: directory.url)
        #expect(big.status == 65, "\(big)")
        #expect(big.stderr.hasPrefix("big.txt: error: "), "\(big)")

        // remove-seats on legacy-csm is handed over before any question: every answer goes unused.
        let unused = try await Docent.walk(
            "remove-seats", ["--account", "legacy-csm", "--no-input", "--answer", "type=sales-hub", "--answer", "count=1",
                             "--answer", "confirm-legacy=yes", "--answer", "confirm-seats=yes", "--answer", "overview=ok"])
        #expect(unused.status == 1, "\(unused)")
        #expect(unused.stderr == "docent: warning: answers for steps this walk did not reach: confirm-legacy, confirm-seats, count and 2 more.\n", "\(unused)")
    }
}

/// `docent describe`, `docent check`, and output and data that must never trap.
@Suite("docent describe and check")
struct DescribeAndCheckTests {
    @Test("describe lists every step, the answers each takes and the flags a scripted run needs")
    func describe() async throws {
        let run = try await Docent.run(["describe", "create-user", "--json"])
        #expect(run.status == 0, "\(run)")
        let description = try JSONDecoder().decode(ProcedureDescription.self, from: Data(run.stdout.utf8))
        let email = try #require(description.steps.first { $0.id == "email" })
        #expect(email.type == "email" && email.needsAnswer)
        let superAdmin = try #require(description.steps.first { $0.id == "super-admin" })
        #expect(superAdmin.values.map(\.value) == ["yes", "no"])
        #expect(description.steps.first { $0.id == "create" }?.needsAnswer == false)

        // With an account, the values are that account's: the users who can get a Sales Hub seat.
        let narrowed = try await Docent.run(["describe", "assign-seat", "--account", "legacy-spare", "--json", "--lang", "fr"])
        let users = try JSONDecoder().decode(ProcedureDescription.self, from: Data(narrowed.stdout.utf8)).steps.first { $0.id == "user" }
        #expect(users?.values.map(\.value).contains("oskar@fjord.example") == true, "\(narrowed)")
        #expect(users?.values.first { $0.value == "oskar@fjord.example" }?.label == "Oskar Berg <oskar@fjord.example>")

        let text = try await Docent.run(["describe", "remove-seats", "--account", "legacy-spare"])
        #expect(text.stdout.contains("docent walk remove-seats --no-input") && text.stdout.contains("--answer count=…"), "\(text)")
        #expect(text.stdout.contains("from 1 to 3"), "the count's range on this account: \(text)")
    }

    @Test("check passes on the bundle and names file, line and field in a broken copy")
    func check() async throws {
        let sound = try await Docent.run(["check"])
        #expect(sound.status == 0, "\(sound)")
        #expect(sound.stdout.contains("no problems"), "\(sound)")

        let directory = try TemporaryDirectory()
        let folders = try DocentLibrary.bundledFolders()
        try FileManager.default.copyItem(at: folders.resources, to: directory.url.appendingPathComponent("Resources"))
        try FileManager.default.copyItem(at: folders.localizations, to: directory.url.appendingPathComponent("Localizations"))
        let file = directory.url.appendingPathComponent("Resources/procedures/remove-seats.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: #""args": { "type": "sales-hub" } } },"#, with: #""args": { "type": "sales-hubb" } } },"#)
            .write(to: file, atomically: true, encoding: .utf8)
        let broken = try await Docent.run(["check", "--resources", "Resources", "--localizations", "Localizations"], directory: directory.url)
        #expect(broken.status == 65, "\(broken)")
        #expect(broken.stderr.contains("Resources/procedures/remove-seats.json:") && broken.stderr.contains("'sales-hubb'"), "\(broken)")
        #expect(broken.stderr.contains("did you mean 'sales-hub'"), "\(broken)")
    }

    @Test("Found: a write error on stdout exits 74 with a message, never a trap")
    func fullDisk() async throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let executable = try Docent.required()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" list > /dev/full 2>/dev/null", executable.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 74, "exit \(process.terminationStatus)")
    }

    @Test("Found: counts and amounts near Int.max in an account file are bad data (65), not a trap", arguments: [
        #""purchased": 6,"# : #""purchased": 9223372036854775807,"#,
        #""cents": 150000,"# : #""cents": 9223372036854775000,"#,
    ])
    func overflowingAccount(edit: (String, String)) async throws {
        let directory = try TemporaryDirectory()
        let demo = try await Docent.run(["accounts", "legacy-spare"])
        let changed = demo.stdout.replacingOccurrences(of: edit.0.replacingOccurrences(of: ": ", with: " : "), with: edit.1)
            .replacingOccurrences(of: edit.0, with: edit.1)
        #expect(changed != demo.stdout, "the edit found its place")
        _ = try directory.write("big.json", changed)
        let run = try await Docent.walk("checkout", ["--account", "big.json", "--no-input", "--answer", "hub=sales-hub", "--answer", "count=1"], directory: directory.url)
        #expect(run.status == 65, "\(run)")
        #expect(run.stderr.hasPrefix("big.json: error: "), "\(run)")
    }
}
