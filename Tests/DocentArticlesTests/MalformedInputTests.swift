import DocentArticles
import Foundation
import Testing

/// Broken markup is recovered from; hopeless input is refused with a clear, located message.
@Suite("malformed input and limits")
struct MalformedInputTests {
    @Test("unclosed tags, stray </li>, lists straight inside lists, unclosed bold: recovered, counted")
    func malformed() throws {
        let article = try Fixtures.article("malformed-en.html")
        #expect(article.title == "Remove a user who holds a seat")
        #expect(article.updated?.iso == "2021-03-02")
        #expect(article.markupErrors > 0)
        #expect(article.firstMarkupError?.hasPrefix("line ") == true)
        let steps = article.flattenedSteps.map(\.step)
        #expect(steps.contains { $0.labels == ["Manage paid users"] })
        #expect(steps.contains { $0.text == "Level three Close" && $0.labels == ["Close"] })
        #expect(!steps.contains { $0.text.contains("not a step") })
        #expect(article.allNotes.map(\.text) == ["the seat stays billed until the renewal."])
    }

    @Test("files over the limit are refused before they are read, with the limit in the message")
    func tooLarge() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docent-large-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: url) }
        var data = Data("<html lang=\"en\"><body><h1>Big</h1><p>".utf8)
        data.append(Data(repeating: UInt8(ascii: "a"), count: ArticleImporter.maximumSize))
        try data.write(to: url)
        #expect(throws: ArticleError(file: url.path, kind: .tooLarge(size: data.count, limit: ArticleImporter.maximumSize))) {
            try ArticleImporter().importFile(atPath: url.path)
        }
        let message = ArticleError(file: "x.html", kind: .tooLarge(size: 9_000_000, limit: ArticleImporter.maximumSize)).description
        #expect(message == "x.html: error: the file is 9000000 bytes; articles larger than 8388608 bytes (8 MiB) are refused")
    }

    @Test("empty, missing, and title-less input")
    func hopeless() throws {
        #expect(throws: ArticleError(file: "e.html", kind: .empty)) { try ArticleImporter().importData(Data(" \n\t".utf8), file: "e.html") }
        #expect(throws: ArticleError(file: "/nonexistent/a.html", kind: .unreadable("no such file"))) {
            try ArticleImporter().importFile(atPath: "/nonexistent/a.html")
        }
        let untitled = Data("<html lang=\"en\"><body><p>Click <b>Save</b>.</p></body></html>".utf8)
        #expect(throws: ArticleError(file: "u.html", kind: .noTitle)) { try ArticleImporter().importData(untitled, file: "u.html") }
        let unknown = Data("<html><body><h1>Xyzzy</h1><p>Plugh.</p></body></html>".utf8)
        #expect(throws: ArticleError(file: "l.html", kind: .unknownLanguage)) { try ArticleImporter().importData(unknown, file: "l.html") }
        let spanish = Data("<html lang=\"es\"><body><h1>Hola</h1></body></html>".utf8)
        #expect(throws: ArticleError(file: "s.html", kind: .unsupportedLanguage("es"))) { try ArticleImporter().importData(spanish, file: "s.html") }
    }

    @Test("--lang wins over the page; words tell the language when nothing else does")
    func languageOverride() throws {
        let forced = try Fixtures.article("hubspot-fr.html", importer: ArticleImporter(language: .de))
        #expect(forced.language == .de)
        #expect(forced.languageSource == .override)
        let page = Data("<html><body><h1>Lizenzen</h1><ol><li>Klicken Sie auf <b>Speichern</b> und die Lizenz ist mit Ihrem Konto verbunden.</li></ol></body></html>".utf8)
        let guessed = try ArticleImporter().importData(page, file: "g.html")
        #expect(guessed.language == .de)
        #expect(guessed.languageSource == .content)
    }
}

/// The importer never loads a DTD or an external entity, local or remote.
@Suite("no external entities")
struct ExternalEntityTests {
    @Test("a DOCTYPE naming a local DTD that defines an entity: the DTD is not read, the entity not expanded")
    func localDTD() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docent-dtd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dtd = folder.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY secret \"LEAKED\">".utf8).write(to: dtd)
        let page = """
            <!DOCTYPE html SYSTEM "\(dtd.absoluteString)" [<!ENTITY inner SYSTEM "\(dtd.absoluteString)">]>
            <html lang="en"><body><h1>Title &secret; &inner;</h1><ol><li>Click <b>Save &secret;</b>.</li></ol></body></html>
            """
        let article = try ArticleImporter(language: .en).importData(Data(page.utf8), file: "entities.html")
        #expect(article.title.hasPrefix("Title"))
        #expect(!article.title.contains("LEAKED"))
        #expect(!article.labels.contains { $0.contains("LEAKED") })
    }
}
