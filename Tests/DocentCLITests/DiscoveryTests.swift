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
