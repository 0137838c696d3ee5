import DocentLocalization
import Testing

@Suite("{name, date}")
struct DateArgumentTests {
    static let expected: [(Language, String)] = [
        (.en, "Due on March 1, 2027."), (.fr, "Due on 1er mars 2027."), (.de, "Due on 1. März 2027."),
        (.sv, "Due on 1 mars 2027."), (.nl, "Due on 1 maart 2027."),
    ]

    @Test("an ISO date is written as the language's CLDR long date", arguments: expected)
    func longDate(_ language: Language, _ text: String) throws {
        let pattern = try MessagePattern(parsing: "Due on {when, date}.")
        #expect(pattern.argumentNames == ["when"])
        #expect(try pattern.format(["when": "2027-03-01"], language: language).plainText == text)
    }

    @Test func leapDaysAndMonthEnds() throws {
        let pattern = try MessagePattern(parsing: "{d, date}")
        #expect(try pattern.format(["d": "2028-02-29"], language: .de).plainText == "29. Februar 2028")
        #expect(try pattern.format(["d": "2026-12-31"], language: .en).plainText == "December 31, 2026")
        #expect(throws: MessageFormatError.invalidDate("d", value: "2027-02-29")) {
            try pattern.format(["d": "2027-02-29"], language: .en)
        }
        #expect(throws: MessageFormatError.invalidDate("d", value: "March 1")) {
            try pattern.format(["d": "March 1"], language: .en)
        }
    }

    @Test func aDateTakesNoStyle() {
        #expect(throws: MessageFormatError.self) { try MessagePattern(parsing: "{d, date, short}") }
    }
}
