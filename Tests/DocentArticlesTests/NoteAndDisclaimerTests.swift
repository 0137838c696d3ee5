import DocentArticles
import DocentLocalization
import Foundation
import Testing

/// Notes and machine-translation disclaimers that open with the same word, anywhere on the page.
@Suite("notes and disclaimers")
struct NoteAndDisclaimerTests {
    /// Per language: a disclaimer and a note that open with the same label.
    static let cases: [(Language, disclaimer: String, note: String)] = [
        (.en, "Note: this article was machine-translated from English.", "Note: the seat stays billed."),
        (.fr, "Remarque\u{00A0}: cet article provient d’une traduction automatique.", "Remarque\u{00A0}: la licence reste facturée."),
        (.de, "Bitte beachten Sie: Dieser Artikel wurde maschinell übersetzt.", "Bitte beachten Sie: Die Lizenz wird weiter berechnet."),
        (.sv, "Observera: Översättningen har skapats automatiskt med en översättningsprogramvara.", "Observera: platsen faktureras ändå."),
        (.nl, "Let op: dit artikel is automatisch vertaald.", "Let op: de seat wordt nog gefactureerd."),
    ]

    @Test("after the title, the disclaimer is told from a note by what it says", arguments: 0..<5)
    func toldApart(index: Int) throws {
        let (language, disclaimer, note) = Self.cases[index]
        let page = """
            <html lang="\(language.rawValue)"><body><h1>Title</h1>
            <p>\(disclaimer)</p><h2>Section</h2><p>\(note)</p><ol><li>One</li></ol></body></html>
            """
        let article = try ArticleImporter().importData(Data(page.utf8), file: "page.html")
        let expectedDisclaimer = String(disclaimer.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
        let expectedNote = String(note.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
        #expect(article.disclaimer == expectedDisclaimer)
        #expect(article.section("Section")?.notes.map(\.text) == [expectedNote])
    }

    @Test("note labels with and without a space or colon, in bold or not, and U+00A0", arguments: [
        "<p>Note: text here</p>", "<p>Note : text here</p>", "<p>Note\u{00A0}: text here</p>", "<p><b>Note</b> text here</p>",
        "<p><strong>Note:</strong>text here</p>", "<p>NOTE:text here</p>", "<p><strong>Remarque&nbsp;:</strong> text here</p>",
        "<p>Bitte beachten: text here</p>", "<p>Obs! text here</p>", "<p><b>Let op</b>: text here</p>",
    ])
    func labels(markup: String) throws {
        let page = "<html lang=\"en\"><body><h1>T</h1>\(markup)</body></html>"
        let article = try ArticleImporter().importData(Data(page.utf8), file: "n.html")
        #expect(article.allNotes.map(\.text) == ["text here"])
    }

    @Test("words that only start like a label are not notes", arguments: [
        "<p>Note that the seat stays billed.</p>", "<p>Notes on billing follow.</p>", "<p>Let op de knop rechtsboven.</p>",
        "<p>Observerade fel rapporteras här.</p>",
    ])
    func notNotes(markup: String) throws {
        let page = "<html lang=\"en\"><body><h1>T</h1>\(markup)</body></html>"
        let article = try ArticleImporter().importData(Data(page.utf8), file: "n.html")
        #expect(article.allNotes.isEmpty)
        #expect(article.sections.flatMap(\.paragraphs).count == 1)
    }
}
