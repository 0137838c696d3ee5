import DocentModel
import Foundation
import Testing

@Suite("CalendarDate parsing and arithmetic")
struct CalendarDateTests {
    @Test("Valid ISO dates parse, including leap days", arguments: ["2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31"])
    func valid(_ text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.description == text)
    }

    @Test("Invalid ISO dates are rejected", arguments: [
        "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00", "2024-1-01",
        "2024-01-1", "2024/01/01", "2024-01-01x", " 2024-01-01", "abcd-ef-gh", "0000-01-01", "", "+024-01-01",
    ])
    func invalid(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test("Parts initializer validates and description pads")
    func parts() {
        #expect(CalendarDate(year: 2024, month: 2, day: 30) == nil)
        #expect(CalendarDate(year: 5, month: 3, day: 7)?.description == "0005-03-07")
    }

    @Test("Adding months clamps the day to the month end", arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-31", -1, "2024-02-29"),
        ("2024-11-15", 2, "2025-01-15"), ("2024-01-15", -1, "2023-12-15"), ("2024-02-29", 12, "2025-02-28"),
        ("2024-05-31", 0, "2024-05-31"), ("2024-01-01", -25, "2021-12-01"),
    ])
    func addingMonths(_ start: String, _ months: Int, _ expected: String) {
        #expect(Fixture.day(start).adding(months: months) == Fixture.day(expected))
    }

    @Test("Adding days crosses months and years", arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2024-12-31", 1, "2025-01-01"), ("2024-03-01", -1, "2024-02-29"),
        ("2024-01-01", 366, "2025-01-01"), ("1970-01-01", -1, "1969-12-31"), ("2024-06-15", 0, "2024-06-15"),
    ])
    func addingDays(_ start: String, _ days: Int, _ expected: String) {
        #expect(Fixture.day(start).adding(days: days) == Fixture.day(expected))
    }

    @Test("Dates order chronologically")
    func ordering() {
        #expect(Fixture.day("2024-01-31") < Fixture.day("2024-02-01"))
        #expect(Fixture.day("2023-12-31") < Fixture.day("2024-01-01"))
        #expect(!(Fixture.day("2024-01-01") < Fixture.day("2024-01-01")))
    }

    @Test("Codable as a YYYY-MM-DD string")
    func codable() throws {
        let data = try JSONEncoder().encode([Fixture.day("2024-03-05")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-03-05"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [Fixture.day("2024-03-05")])
    }

    @Test("Decoding a bad string throws dataCorrupted")
    func badString() {
        do {
            _ = try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2024-02-30"]"#.utf8))
            Issue.record("expected a decoding error")
        } catch DecodingError.dataCorrupted {
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Suite("UTC days from the clock")
struct CalendarDateClockTests {
    @Test("seconds since 1970 give the UTC day, at midnight and just before", arguments: [
        (0.0, "1970-01-01"), (86_399.9, "1970-01-01"), (86_400.0, "1970-01-02"), (1_795_305_600.0, "2026-11-22"),
        (1_795_391_999.0, "2026-11-22"), (-1.0, "1969-12-31"),
    ])
    func day(seconds: Double, expected: String) {
        #expect(CalendarDate(utcSecondsSince1970: seconds).description == expected)
    }
}
