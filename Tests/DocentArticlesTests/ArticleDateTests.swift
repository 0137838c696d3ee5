@testable import DocentArticles
import Testing

/// Localized dates in both orders, abbreviations, ISO, and what is not a date.
@Suite("article dates")
struct ArticleDateTests {
    @Test("Month D, YYYY and D Month YYYY in five languages", arguments: [
        ("August 26, 2022", "2022-08-26"), ("26 August 2022", "2022-08-26"), ("Aug 26, 2022", "2022-08-26"),
        ("août 26, 2022", "2022-08-26"), ("26 août 2022", "2022-08-26"), ("1er mars 2027", "2027-03-01"), ("3 févr. 2024", "2024-02-03"),
        ("Mai 23, 2023", "2023-05-23"), ("23. Mai 2023", "2023-05-23"), ("1. März 2027", "2027-03-01"), ("4. Dez. 2023", "2023-12-04"),
        ("augusti 26, 2022", "2022-08-26"), ("26 augusti 2022", "2022-08-26"), ("5 maj 2024", "2024-05-05"),
        ("november 1, 2024", "2024-11-01"), ("1 november 2024", "2024-11-01"), ("21 mei 2024", "2024-05-21"), ("5 mrt 2024", "2024-03-05"),
        ("2024-11-01T10:00:00Z", "2024-11-01"),
    ])
    func parses(text: String, iso: String) {
        #expect(ArticleDateParser.parse(text)?.iso == iso)
    }

    @Test("not dates", arguments: ["", "Mai", "31 février 2023", "2023", "page 12 of 2023", "13/45/2023", "26 Augustine 2022"])
    func rejects(text: String) {
        #expect(ArticleDateParser.parse(text) == nil)
    }

    @Test("dates order and round-trip as YYYY-MM-DD")
    func ordering() throws {
        let early = try #require(ArticleDate(iso: "2022-08-26"))
        let late = try #require(ArticleDate(year: 2023, month: 5, day: 23))
        #expect(early < late)
        #expect(late.iso == "2023-05-23")
        #expect(ArticleDate(year: 2023, month: 2, day: 29) == nil)
        #expect(ArticleDate(year: 2024, month: 2, day: 29) != nil)
    }
}
