import DocentArticles
import Foundation
import Testing

/// The declared charset is honoured; `--encoding` overrides it; a wrong declaration is survivable.
@Suite("encodings")
struct EncodingTests {
    @Test("an ISO-8859-1 page that says so reads correctly")
    func declaredLatin1() throws {
        let article = try Fixtures.article("hubspot-de.html")
        #expect(article.encoding?.lowercased() == "iso-8859-1")
        #expect(article.disclaimer == "Dieser Artikel wurde maschinell übersetzt. Maßgeblich ist die englische Fassung.")
        #expect(article.labels.contains("Kauf abschließen"))
    }

    @Test("a UTF-8 page declaring ISO-8859-1 reads as declared; --encoding UTF-8 repairs it")
    func wrongDeclaration() throws {
        let declared = try Fixtures.article("wrong-charset-fr.html")
        #expect(declared.title != "Gérer les licences payantes Sales Hub et Service Hub")
        #expect(declared.title.contains("Ã©"))
        let repaired = try Fixtures.article("wrong-charset-fr.html", importer: ArticleImporter(encoding: "UTF-8"))
        #expect(repaired.title == "Gérer les licences payantes Sales Hub et Service Hub")
        #expect(repaired.encoding == "UTF-8")
    }

    @Test("an ISO-8859-1 page declaring UTF-8 still imports, whole; --encoding ISO-8859-1 reads it right")
    func latin1DeclaredUTF8() throws {
        let recovered = try Fixtures.article("latin1-declared-utf8-sv.html")
        #expect(recovered.language == .sv)
        #expect(!recovered.flattenedSteps.isEmpty)
        let repaired = try Fixtures.article("latin1-declared-utf8-sv.html", importer: ArticleImporter(encoding: "ISO-8859-1"))
        #expect(repaired.title == "Hantera betalda platser för Sales Hub och Service Hub")
        #expect(repaired.updated?.iso == "2022-08-26")
    }

    @Test("an encoding libxml2 does not know is refused, naming the file")
    func unknownEncoding() throws {
        let error = ArticleError(file: "hubspot-en.html", kind: .unknownEncoding("klingon-8"))
        #expect(throws: error) { try Fixtures.article("hubspot-en.html", importer: ArticleImporter(encoding: "klingon-8")) }
        #expect(error.isUsage)
        #expect(error.description == "hubspot-en.html: error: unknown encoding 'klingon-8' (try UTF-8, ISO-8859-1 or windows-1252)")
    }
}
