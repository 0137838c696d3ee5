import DocentKit
import DocentLocalization
import Foundation
import Testing
@testable import DocentQA

/// PO, XLIFF 1.2 and xcstrings exports of the shipped catalogs, and their imports.
@Suite("docent l10n: exchange formats")
struct ExchangeTests {
    /// The shipped catalog of `language` and its file's text.
    static func shipped(_ language: Language) throws -> (catalog: Catalog, text: String) {
        let url = try DocentLibrary.bundledFolders().localizations.appendingPathComponent("\(language.rawValue).xlf")
        return (try Catalog.load(contentsOf: url), try String(contentsOf: url, encoding: .utf8))
    }

    static let targets: [Language] = [.fr, .de, .sv, .nl]

    @Test("the XLIFF 2.0 writer reproduces the shipped files byte for byte", arguments: Language.allCases)
    func writerReproducesFiles(_ language: Language) throws {
        let (catalog, text) = try Self.shipped(language)
        #expect(CatalogWriter.xliff2(catalog) == text)
    }

    @Test("PO round trip: export, import, write gives the same catalog file", arguments: targets)
    func poRoundTrip(_ language: Language) throws {
        let (catalog, text) = try Self.shipped(language)
        let po = POFile.write(catalog)
        let back = try POFile.read(po, file: "\(language.rawValue).po")
        #expect(back.language == language)
        #expect(CatalogWriter.xliff2(back) == text)
    }

    @Test("XLIFF 1.2 round trip gives the same catalog file", arguments: targets)
    func xliff12RoundTrip(_ language: Language) throws {
        let (catalog, text) = try Self.shipped(language)
        let exported = CatalogWriter.xliff12(catalog)
        let back = try XLIFF12Reader(file: "x.xlf").read(Data(exported.utf8))
        #expect(CatalogWriter.xliff2(back) == text)
    }

    @Test("every state, notes with line breaks and backslashes, quotes and the French many survive PO and XLIFF 1.2")
    func edgeCases() throws {
        let units = try [
            CatalogUnit(id: "a", source: "{n, plural, one {# seat} other {# seats}}",
                        target: "{n, plural, one {# licence} many {# de licences} other {# licences}}", state: .initial,
                        notes: [.init(category: "translator", text: "Line one\nline \\two \"quoted\""), .init(category: nil, text: "plain")], line: 1),
            CatalogUnit(id: "b", source: "Say \"hi\"\tnow", target: "Dites «\u{00A0}salut\u{00A0}»", state: .reviewed, notes: [], line: 2),
            CatalogUnit(id: "c", source: "x", target: "y", state: .final, notes: [.init(category: "qa", text: "identical-to-source")], line: 3),
            CatalogUnit(id: "d", source: "x & <y>", target: "z & <w>", state: nil, notes: [], line: 4),
        ]
        let catalog = Catalog(language: .fr, isSource: false, file: "fr.xlf", units: units)
        let original = CatalogWriter.xliff2(catalog)
        #expect(CatalogWriter.xliff2(try POFile.read(POFile.write(catalog), file: "fr.po")) == original)
        #expect(CatalogWriter.xliff2(try XLIFF12Reader(file: "fr.xlf").read(Data(CatalogWriter.xliff12(catalog).utf8))) == original)
    }

    @Test("PO mapping: msgctxt is the id, the ICU plural is one msgstr, initial is fuzzy")
    func poMapping() throws {
        let (catalog, _) = try Self.shipped(.fr)
        let po = POFile.write(catalog)
        #expect(po.contains("\"Language: fr\\n\""))
        #expect(po.contains("\"Content-Type: text/plain; charset=UTF-8\\n\""))
        #expect(po.contains("msgctxt \"ui.settings\"\nmsgid \"Settings\"\nmsgstr \"Paramètres\""))
        #expect(!po.contains("msgid_plural"))
        #expect(po.contains("many {# de licences}"))
        let fuzzy = try POFile.read(po.replacingOccurrences(of: "msgctxt \"ui.settings\"", with: "#, fuzzy\nmsgctxt \"ui.settings\""), file: "fr.po")
        #expect(fuzzy["ui.settings"]?.state == .initial)
    }

    @Test("gettext plural forms and entries without msgctxt are refused with their line")
    func poErrors() {
        let header = "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n"
        #expect(throws: QAInputError(file: "p.po", line: 6, reason: "gettext plural forms are not used: Docent keeps ICU plurals whole in msgstr")) {
            try POFile.read(header + "msgctxt \"a\"\nmsgid \"seat\"\nmsgid_plural \"seats\"\n", file: "p.po")
        }
        #expect(throws: QAInputError(file: "p.po", line: 4, reason: "entry without msgctxt (Docent's PO keeps the unit id there)")) {
            try POFile.read(header + "msgid \"seat\"\nmsgstr \"licence\"\n", file: "p.po")
        }
    }

    @Test("gettext's msgfmt accepts the exported PO", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/msgfmt")),
          arguments: targets)
    func msgfmtReadsPO(_ language: Language) throws {
        let (catalog, _) = try Self.shipped(language)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("docent-po-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(language.rawValue).po")
        try Data(POFile.write(catalog).utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/msgfmt")
        process.arguments = ["--check-format", "--check-header", "-o", "/dev/null", file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test("xcstrings holds every language; a language reads back with its texts and a new state for initial")
    func xcstrings() throws {
        let source = try Self.shipped(.en).catalog
        let targets = try Self.targets.map { try Self.shipped($0).catalog }
        let text = XCStringsFile.write(source: source, targets: targets)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["sourceLanguage"] as? String == "en")
        for (language, catalog) in zip(Self.targets, targets) {
            let back = try XCStringsFile.read(Data(text.utf8), language: language, file: "Docent.xcstrings")
            #expect(back.units.count == catalog.units.count)
            for unit in catalog.units { #expect(back[unit.id]?.target == unit.target) }
        }
    }
}
