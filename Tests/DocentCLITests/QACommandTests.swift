import DocentKit
import Foundation
import Testing

/// `docent qa` and `docent l10n` as a user or a CI job runs them: formats, colour, exit codes, files.
@Suite("docent qa and l10n")
struct QACommandTests {
    /// The QA fixtures of DocentQATests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DocentQATests/Fixtures")

    /// A folder with an English source and a French catalog holding a placeholder error and a spacing warning.
    static func defectiveFolder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        let en = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f">
            <unit id="greeting"><notes><note category="developer">d</note></notes><segment><source>Hello {user}.</source></segment></unit>
            <unit id="warn"><notes><note category="developer">d</note></notes><segment><source>Warning: {detail}</source></segment></unit>
            </file></xliff>
            """
        let fr = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
            <unit id="greeting"><notes><note category="translator">t</note></notes><segment state="translated"><source>Hello {user}.</source><target>Bonjour {name}.</target></segment></unit>
            <unit id="warn"><notes><note category="translator">t</note></notes><segment state="translated"><source>Warning: {detail}</source><target>Attention : {detail}</target></segment></unit>
            </file></xliff>
            """
        try Data(en.utf8).write(to: folder.url.appendingPathComponent("en.xlf"))
        try Data(fr.utf8).write(to: folder.url.appendingPathComponent("fr.xlf"))
        return folder
    }

    @Test("the shipped catalogs pass: exit 0, a plain summary, no colour when piped")
    func shippedCatalogs() async throws {
        let run = try await Docent.run(["qa"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("0 error(s)"))
        #expect(run.stdout.contains("accepted by the baseline"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test("findings at the failing severity exit 1, as file:line diagnostics grouped by file and language")
    func findingsFail() async throws {
        let folder = try Self.defectiveFolder()
        let run = try await Docent.run(["qa", folder.url.path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("fr.xlf:3: error: [placeholders.mismatch] greeting: placeholders differ from the source: missing {user}; extra {name}"))
        #expect(run.stdout.contains("  [fr] 2 findings"))
        #expect(run.stdout.contains("warning: [typography.french-spacing] warn:"))
        let relaxed = try await Docent.run(["qa", folder.url.path, "--severity", Self.writeSeverity(in: folder)])
        #expect(relaxed.status == 0, "\(relaxed)")
    }

    /// A severity file that makes placeholder mismatches warnings.
    static func writeSeverity(in folder: TemporaryDirectory) throws -> String {
        let url = folder.url.appendingPathComponent("severity.json")
        try Data(#"{"failOn": "error", "checks": {"placeholders.mismatch": "warning"}}"#.utf8).write(to: url)
        return url.path
    }

    @Test("--format sarif, junit and json are data on stdout")
    func formats() async throws {
        let folder = try Self.defectiveFolder()
        let sarif = try await Docent.run(["qa", folder.url.path, "--format", "sarif"])
        #expect(sarif.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let junit = try await Docent.run(["qa", folder.url.path, "--format", "junit"])
        #expect(junit.stdout.hasPrefix("<?xml") && junit.stdout.contains("<testsuites name=\"docent-qa\""))
        let json = try await Docent.run(["qa", folder.url.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.count == 2)
    }

    @Test("a baseline written from the findings accepts them: exit 0")
    func baseline() async throws {
        let folder = try Self.defectiveFolder()
        let file = folder.url.appendingPathComponent("baseline.json").path
        let write = try await Docent.run(["qa", folder.url.path, "--write-baseline", file])
        #expect(write.status == 0, "\(write)")
        let run = try await Docent.run(["qa", folder.url.path, "--baseline", file])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("2 accepted by the baseline"))
    }

    @Test("exit codes: 66 a missing path, 65 a broken catalog, 64 a bad flag or no source catalog")
    func exitCodes() async throws {
        let missing = try await Docent.run(["qa", "/nonexistent/fr.xlf"])
        #expect(missing.status == 66 && missing.stderr.contains("/nonexistent/fr.xlf: error:"), "\(missing)")
        let folder = try TemporaryDirectory()
        try Data("<xliff".utf8).write(to: folder.url.appendingPathComponent("en.xlf"))
        let broken = try await Docent.run(["qa", folder.url.path])
        #expect(broken.status == 65, "\(broken)")
        let format = try await Docent.run(["qa", "--format", "html"])
        #expect(format.status == 64)
        let defective = try Self.defectiveFolder()
        let articles = try await Docent.run(["qa", "--articles", defective.url.appendingPathComponent("fr.xlf").path])
        #expect(articles.status == 64)
        try FileManager.default.removeItem(at: defective.url.appendingPathComponent("en.xlf"))
        let noSource = try await Docent.run(["qa", defective.url.path])
        #expect(noSource.status == 64 && noSource.stderr.contains("no source catalog"), "\(noSource)")
    }

    @Test("colour on a terminal, none with NO_COLOR")
    func colour() throws {
        let folder = try Self.defectiveFolder()
        let coloured = try TerminalSession(["qa", folder.url.path], colour: true)
        try coloured.expect("\u{1B}[31merror\u{1B}[0m")
        #expect(try coloured.finish() == 1)
        let plain = try TerminalSession(["qa", folder.url.path], colour: false)
        let shown = try plain.expect("— failed")
        #expect(!shown.contains("\u{1B}["))
        #expect(try plain.finish() == 1)
    }

    @Test("qa --articles compares translations with their source article")
    func articles() async throws {
        let source = Self.fixtures.appendingPathComponent("article-en.html").path
        let good = try await Docent.run(["qa", "--articles", source, Self.fixtures.appendingPathComponent("article-sv-good.html").path])
        #expect(good.status == 0, "\(good)")
        let bad = try await Docent.run(["qa", "--articles", source, Self.fixtures.appendingPathComponent("article-sv-bad.html").path,
                                        Self.fixtures.appendingPathComponent("capture-sv.txt").path])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("error: [terminology.forbidden-term]"))
        #expect(bad.stdout.contains("capture-sv.txt"))
    }

    @Test("l10n export po then import gives back the shipped catalog; xliff12 too")
    func exchange() async throws {
        let folder = try TemporaryDirectory()
        let export = try await Docent.run(["l10n", "export", "--format", "po", "--output", folder.url.path])
        #expect(export.status == 0, "\(export)")
        let shipped = try String(contentsOf: try DocentLibrary.bundledFolders().localizations.appendingPathComponent("sv.xlf"), encoding: .utf8)
        let back = try await Docent.run(["l10n", "import", folder.url.appendingPathComponent("sv.po").path])
        #expect(back.status == 0, "\(back)")
        #expect(back.stdout == shipped)
        let xliff = try await Docent.run(["l10n", "export", "--format", "xliff12", "--lang", "sv"])
        let file = folder.url.appendingPathComponent("sv-12.xlf")
        try Data(xliff.stdout.utf8).write(to: file)
        let fromXLIFF = try await Docent.run(["l10n", "import", file.path, "--format", "xliff12"])
        #expect(fromXLIFF.stdout == shipped)
        let several = try await Docent.run(["l10n", "export", "--format", "po"])
        #expect(several.status == 64)
        let missing = try await Docent.run(["l10n", "import", "/nonexistent.po"])
        #expect(missing.status == 66)
    }
}
