import DocentArticles
import Foundation
import Testing

/// No input crashes or hangs the importer: random markup, mutated fixtures, truncated files,
/// deep nesting. Every case either imports or fails with an `ArticleError`.
@Suite("robustness")
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so that every run feeds the same cases.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "<ol>", "</ol>", "<ul>", "</ul>", "<li>", "</li>", "<p>", "</p>", "<b>", "</b>", "<strong>", "</strong>", "<h1>", "</h1>", "<h2>",
        "</h2>", "<div class=\"article-body\">", "</div>", "<time datetime=\"2024-02-30\">", "<img src=\"a/b.png?x\" alt=\"", "<br>",
        "Note:", "Let op:", "Observera", "Remarque\u{00A0}:", "Bitte beachten Sie:", "Last updated: ", "août 26, 2022", "Location: A > B",
        "Available with:", "automatisch vertaald", "<html lang=\"nl\">", "<meta charset=\"iso-8859-1\">", "&nbsp;", "&#0;", "&#xD800;",
        "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<!DOCTYPE html SYSTEM \"http://example.invalid/x.dtd\">",
        "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "&x;", "\u{FEFF}", "\u{0}", "é", "ü", "Click ", "Save", " ", "\n", "<", ">", "\"", "'",
    ]

    @Test("5,000 random documents and 3,000 mutated fixtures import or fail cleanly")
    func randomAndMutated() throws {
        var random = SplitMix(state: 0xD0C3_4E7)
        let importer = ArticleImporter(language: .en)
        var imported = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<60, using: &random) { text += Self.pieces.randomElement(using: &random) ?? "" }
            if (try? importer.importData(Data(text.utf8), file: "random.html")) != nil { imported += 1 }
        }
        let fixtures = try Fixtures.all().filter { $0.hasSuffix(".html") || $0.hasSuffix(".json") }.map { try Fixtures.data($0) }
        for _ in 0..<3_000 {
            var bytes = [UInt8](fixtures.randomElement(using: &random) ?? Data())
            for _ in 0..<Int.random(in: 1..<12, using: &random) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: Array((Self.pieces.randomElement(using: &random) ?? "").utf8), at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1..<200, using: &random)))
                }
            }
            if (try? importer.importData(Data(bytes), file: "mutated.html")) != nil { imported += 1 }
        }
        #expect(imported > 3_000)
    }

    @Test("every fixture truncated at 64 places imports or fails cleanly")
    func truncated() throws {
        let importer = ArticleImporter(language: .fr)
        for name in try Fixtures.all() {
            let data = try Fixtures.data(name)
            for step in 1...64 {
                let cut = data.count * step / 65
                do {
                    _ = try importer.importData(data.prefix(cut), file: name)
                } catch {
                    #expect(error.file == name)
                }
            }
        }
    }

    @Test("10,000 nested lists and divs: read to the depth limit, no stack overflow")
    func deepNesting() throws {
        let lists = String(repeating: "<ol><li>x ", count: 10_000)
        let article = try ArticleImporter(language: .en).importData(Data(("<h1>Deep</h1>" + lists).utf8), file: "deep.html")
        #expect(article.title == "Deep")
        let divs = "<h1>Divs</h1>" + String(repeating: "<div><span>", count: 10_000) + "<p>end"
        #expect(try ArticleImporter(language: .en).importData(Data(divs.utf8), file: "divs.html").title == "Divs")
    }
}
