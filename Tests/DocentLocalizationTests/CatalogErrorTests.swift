@testable import DocentLocalization
import Foundation
import Testing

@Suite("Catalog errors")
struct CatalogErrorTests {
    /// Parses `text` and returns the error it must raise.
    func error(_ text: String) throws -> CatalogError {
        do {
            _ = try Fixtures.parse(text)
        } catch {
            return error
        }
        Issue.record("expected an error")
        throw CancellationError()
    }

    @Test func notWellFormedInline() throws {
        let error = try error(Fixtures.xliff("""
        <unit id="a">
        <segment><source>x</sourc></segment>
        </unit>
        """))
        guard case let .notWellFormed(message, code) = error.kind else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(error.line == 5)
        #expect(error.column != nil)
        #expect(message.contains("mismatch"))
        #expect(code != 0)
        #expect(error.description.hasPrefix("test.xlf:5:"))
        #expect(error.description.contains(": error: not well-formed XML: "))
    }

    @Test func notWellFormedFixtureFile() throws {
        let url = try Fixtures.directory().appendingPathComponent("Broken/not-well-formed.xlf")
        #expect {
            try Catalog.load(contentsOf: url)
        } throws: { error in
            guard let error = error as? CatalogError, case .notWellFormed = error.kind else { return false }
            return error.line == 7 && error.file == url.relativePath
        }
    }

    @Test func emptyDocument() throws {
        let error = try error("")
        #expect(error.line == 1)
        guard case .notWellFormed = error.kind else {
            Issue.record("unexpected \(error)")
            return
        }
    }

    @Test func notXLIFF2() throws {
        let url = try Fixtures.directory().appendingPathComponent("Broken/xliff-1.2.xlf")
        #expect {
            try Catalog.load(contentsOf: url)
        } throws: { error in
            guard let error = error as? CatalogError, case let .notXLIFF2(found) = error.kind else { return false }
            return error.line == 2 && found.contains("urn:oasis:names:tc:xliff:document:1.2")
        }
        let other = try error("<?xml version=\"1.0\"?>\n\n<resources/>\n")
        #expect(other == CatalogError(file: "test.xlf", line: 3, kind: .notXLIFF2(found: "root element <resources> without namespace")))
    }

    @Test func missingSourceLanguage() throws {
        let error = try error(Fixtures.xliff("", srcLang: nil, trgLang: "fr"))
        #expect(error == CatalogError(file: "test.xlf", line: 2, kind: .missingSourceLanguage))
        #expect(error.description == "test.xlf:2: error: missing srcLang on <xliff>")
    }

    @Test func missingTargetLanguage() throws {
        let error = try error(Fixtures.xliff("""
        <unit id="a">
        <segment>
        <source>A</source>
        <target>B</target>
        </segment>
        </unit>
        """))
        #expect(error == CatalogError(file: "test.xlf", line: 7, kind: .missingTargetLanguage))
    }

    @Test func unsupportedLanguages() throws {
        #expect(try error(Fixtures.xliff("", trgLang: "es"))
            == CatalogError(file: "test.xlf", line: 2, kind: .unsupportedLanguage("es", attribute: "trgLang")))
        let error = try error(Fixtures.xliff("", srcLang: "xx"))
        #expect(error == CatalogError(file: "test.xlf", line: 2, kind: .unsupportedLanguage("xx", attribute: "srcLang")))
        #expect(error.description.contains("supported: en, fr, de, sv, nl"))
    }

    @Test func missingUnitID() throws {
        let error = try error(Fixtures.xliff(Fixtures.sourceUnit("ok", "A") + "\n<unit>\n<segment><source>B</source></segment>\n</unit>"))
        #expect(error == CatalogError(file: "test.xlf", line: 9, kind: .missingUnitID))
    }

    @Test func duplicateUnitID() throws {
        let body = Fixtures.sourceUnit("a", "A") + "\n<group id=\"g\">\n" + Fixtures.sourceUnit("a", "B") + "\n</group>"
        let error = try error(Fixtures.xliff(body))
        #expect(error == CatalogError(file: "test.xlf", line: 10, kind: .duplicateUnitID("a", firstLine: 4)))
        #expect(error.description == "test.xlf:10: error: [a] duplicate unit id (first defined on line 4)")
    }

    @Test func missingSource() throws {
        let segmentWithoutSource = try error(Fixtures.xliff("<unit id=\"a\">\n<segment>\n<target>B</target>\n</segment>\n</unit>"))
        #expect(segmentWithoutSource == CatalogError(file: "test.xlf", line: 5, kind: .missingSource(unitID: "a")))
        let unitWithoutSegment = try error(Fixtures.xliff("<unit id=\"b\">\n<notes><note>n</note></notes>\n</unit>"))
        #expect(unitWithoutSegment == CatalogError(file: "test.xlf", line: 4, kind: .missingSource(unitID: "b")))
    }

    @Test func missingTarget() throws {
        let body = Fixtures.targetUnit("a", source: "A", target: "B") + "\n<unit id=\"b\">\n<segment state=\"initial\">\n<source>A</source>\n</segment>\n</unit>"
        let error = try error(Fixtures.xliff(body, trgLang: "de"))
        #expect(error == CatalogError(file: "test.xlf", line: 12, kind: .missingTarget(unitID: "b")))
        let empty = try self.error(Fixtures.xliff(Fixtures.targetUnit("c", source: "A", target: "  "), trgLang: "de"))
        #expect(empty == CatalogError(file: "test.xlf", line: 8, kind: .missingTarget(unitID: "c")))
    }

    @Test func unknownState() throws {
        let error = try error(Fixtures.xliff("<unit id=\"a\">\n<segment state=\"done\">\n<source>A</source>\n<target>B</target>\n</segment>\n</unit>", trgLang: "nl"))
        #expect(error == CatalogError(file: "test.xlf", line: 5, kind: .unknownState(unitID: "a", value: "done")))
    }

    @Test func invalidTargetPattern() throws {
        let error = try error(Fixtures.xliff(Fixtures.targetUnit("walk.x", source: "Hi {name}", target: "Salut {name"), trgLang: "fr"))
        let cause = MessageFormatError.syntax(.unclosedBrace, offset: 6, line: 1, column: 7)
        #expect(error == CatalogError(file: "test.xlf", line: 8, kind: .invalidPattern(unitID: "walk.x", element: "target", cause)))
        #expect(error.description == "test.xlf:8: error: [walk.x] invalid message in <target>: unclosed brace: "
            + "'{' has no matching '}' at line 1, column 7 (offset 6) of the text")
    }

    @Test func invalidSourcePatternOnLaterLine() throws {
        let error = try error(Fixtures.xliff("<unit id=\"p\">\n<segment>\n<source>{n, plural,\none {x}\nuno {y} other {z}}</source>\n</segment>\n</unit>"))
        let cause = MessageFormatError.syntax(.unknownPluralCategory("uno"), offset: 20, line: 3, column: 1)
        #expect(error == CatalogError(file: "test.xlf", line: 8, column: 1, kind: .invalidPattern(unitID: "p", element: "source", cause)))
    }

    @Test func unreadableFile() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("none.xlf")
        #expect {
            try Catalog.load(contentsOf: url)
        } throws: { error in
            guard let error = error as? CatalogError, case .unreadable = error.kind else { return false }
            return error.file == url.relativePath && error.line == nil
        }
    }

    @Test func missingCatalogInDirectory() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = try Fixtures.catalogsDirectory()
        for language in Language.allCases where language != .nl {
            try FileManager.default.copyItem(at: source.appendingPathComponent("\(language.rawValue).xlf"),
                                             to: directory.appendingPathComponent("\(language.rawValue).xlf"))
        }
        #expect {
            try CatalogSet.load(directory: directory)
        } throws: { error in
            guard let error = error as? CatalogError else { return false }
            return error.kind == .missingCatalog(.nl) && error.file.hasSuffix("/nl.xlf")
                && error.description.hasSuffix("nl.xlf: error: missing catalog for Dutch (nl)")
        }
    }

    @Test func catalogLanguageMustMatchFileName() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = try Fixtures.catalogsDirectory()
        for language in Language.allCases {
            let from = language == .sv ? "de" : language.rawValue
            try FileManager.default.copyItem(at: source.appendingPathComponent("\(from).xlf"),
                                             to: directory.appendingPathComponent("\(language.rawValue).xlf"))
        }
        #expect(throws: CatalogError(file: directory.appendingPathComponent("sv.xlf").relativePath, line: 2,
                                     kind: .languageMismatch(expected: .sv, found: .de))) {
            try CatalogSet.load(directory: directory)
        }
    }
}

@Suite("Concurrent parsing")
struct ConcurrentParsingTests {
    @Test func parsesInParallelWithOwnErrors() async throws {
        let good = Fixtures.xliff(Fixtures.sourceUnit("a", "A"))
        let bad = Fixtures.xliff("<unit id=\"a\">\n<segment><source>x</sourc></segment>\n</unit>")
        let results = await withTaskGroup(of: Int?.self) { group in
            for index in 0..<64 {
                group.addTask {
                    do {
                        _ = try Fixtures.parse(index.isMultiple(of: 2) ? good : bad)
                        return 0
                    } catch {
                        return (error as? CatalogError)?.line
                    }
                }
            }
            var lines: [Int?] = []
            for await line in group { lines.append(line) }
            return lines
        }
        #expect(results.filter { $0 == 0 }.count == 32)
        #expect(results.filter { $0 == 5 }.count == 32)
    }
}

@Suite("Catalogs load nothing from outside")
struct CatalogSecurityTests {
    @Test("an external entity in a catalog is never read and a DTD is never fetched")
    func externalEntities() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("docent-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE xliff SYSTEM "http://127.0.0.1:9/never.dtd" [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
              <file id="f"><unit id="a"><segment><source>before &leak; after</source></segment></unit></file>
            </xliff>
            """
        do {
            let catalog = try Catalog.parse(Data(text.utf8), file: "entity.xlf")
            #expect(!(catalog[id: "a"]?.source.contains("TOP-SECRET") ?? false), "the entity was expanded from disk")
        } catch {
            #expect(!"\(error)".contains("TOP-SECRET"))
        }
    }
}
