import DocentKit
import DocentLocalization
import DocentModel
import DocentTestSupport
import DocentWorkflow
import Testing

/// A console that plays a person from a script of lines and records what it was shown.
struct ScriptedPerson: WalkConsole {
    var lines: [String]
    var confirmations: [Bool]
    var groups: Bool
    var events: [WalkEvent] = []
    var asked: [[FormattedMessage]] = []

    var groupsInstructions: Bool { groups }

    mutating func show(_ event: WalkEvent) { events.append(event) }

    mutating func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }

    mutating func confirm(_ changes: [FormattedMessage]) -> Bool? {
        asked.append(changes)
        return confirmations.isEmpty ? nil : confirmations.removeFirst()
    }
}

/// The session's policy for a person at a terminal UI: instruction groups, step totals, and a
/// confirmation before an answer changes the account.
@Suite("walk session: a person at the terminal UI")
struct PersonSessionTests {
    typealias Support = DocentTestSupport

    static func session(_ language: Language = .en) throws -> WalkSession {
        WalkSession(narrator: Narrator(catalogs: try Support.library().catalogs, language: language), given: GivenAnswers(), input: .person)
    }

    @Test("consecutive instructions come as one group, acknowledged once; totals never fall below the step")
    func groups() throws {
        let library = try Support.library()
        let start = try library.startWalk("assign-seat", on: library.account("legacy-full"), today: Support.today)
        var person = ScriptedPerson(lines: ["", "sales-hub", "greta@northwind.example", "", "yes"], confirmations: [], groups: true)
        let walk = try Self.session().run(start, console: &person)
        #expect(walk.ending?.outcome == .completed)
        let groups = person.events.compactMap { event -> [Screen]? in
            if case .instructions(let screens) = event { return screens }
            return nil
        }
        #expect(groups.map { $0.map(\.number) } == [[1, 2, 3], [6, 7]])
        let screens = person.events.compactMap { event -> Screen? in
            if case .screen(let screen) = event { return screen }
            return nil
        }
        #expect(screens.allSatisfy { ($0.total ?? 0) >= $0.number })
        #expect(screens.first?.total == 8)
        let review = try #require(screens.last)
        #expect(!review.preview.isEmpty, "the yes/no question shows what yes changes")
        #expect(person.asked.isEmpty, "so no second confirmation is asked")
    }

    @Test("an instruction that applies an effect asks first; no stays, yes applies")
    func confirmation() throws {
        let library = try Support.library()
        let start = try library.startWalk("assign-seat", on: library.account("legacy-spare"), today: Support.today)
        var person = ScriptedPerson(lines: ["", "sales-hub", "oskar@fjord.example", "", ""], confirmations: [false, true], groups: true)
        let walk = try Self.session().run(start, console: &person)
        #expect(walk.ending?.outcome == .completed)
        #expect(person.asked.count == 2)
        #expect(person.asked.first?.map(\.plainText) == ["Oskar Berg now holds a Sales Hub Seat."])
        let shownAgain = person.events.filter { if case .instructions = $0 { return true } else { return false } }.count
        #expect(shownAgain == 3, "the group is shown again after No")
    }

    /// A console with only the two required members, as the line console is.
    struct LinesOnly: WalkConsole {
        var lines: [String]
        var events: [WalkEvent] = []
        mutating func show(_ event: WalkEvent) { events.append(event) }
        mutating func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    @Test("a console with only show and readLine: one instruction at a time, no confirmation, same walk")
    func lineConsole() throws {
        let library = try Support.library()
        let start = try library.startWalk("assign-seat", on: library.account("legacy-spare"), today: Support.today)
        var console = LinesOnly(lines: ["", "", "", "sales-hub", "oskar@fjord.example", "", ""])
        let walk = try Self.session().run(start, console: &console)
        #expect(walk.ending?.outcome == .completed)
        #expect(console.lines.isEmpty)
        #expect(!console.events.contains { if case .instructions = $0 { return true } else { return false } })
    }

    @Test("going back from a list lands at the start of the group before it")
    func backToGroup() throws {
        let library = try Support.library()
        let start = try library.startWalk("assign-seat", on: library.account("legacy-full"), today: Support.today)
        var person = ScriptedPerson(lines: ["", "back"], confirmations: [], groups: true)
        #expect(throws: SessionError.self) { _ = try Self.session().run(start, console: &person) }
        let groups = person.events.compactMap { event -> [Screen]? in
            if case .instructions(let screens) = event { return screens }
            return nil
        }
        #expect(groups.map { $0.map(\.number) } == [[1, 2, 3], [1, 2, 3]])
    }

    @Test("stats and resume read the journal: abandoned where they waited, resumed runs counted once")
    func journalReading() {
        func record(_ kind: JournalRecord.Kind, run: String, waiting: String? = nil, outcome: String? = nil, language: String = "fr") -> JournalRecord {
            var record = JournalRecord(kind, time: "2026-11-28T08:00:00Z")
            record.run = run
            record.procedure = "assign-seat"
            record.language = language
            record.waiting = waiting
            record.outcome = outcome
            record.answers = []
            record.base = 1
            return record
        }
        var seed = JournalRecord(.seed, time: "2026-11-28T08:00:00Z")
        seed.sequence = 1
        let records = [
            seed,
            record(.begin, run: "a", waiting: "hub"), record(.answer, run: "a", waiting: "user"), record(.abandon, run: "a", waiting: "user"),
            record(.begin, run: "b", waiting: "hub"), record(.resume, run: "b", waiting: "hub"), record(.end, run: "b", outcome: "refused"),
            record(.begin, run: "c", waiting: "hub", language: "de"),
        ]
        let figures = WalkStatistics(records: records)
        #expect(figures.rows.map(\.language) == ["de", "fr"])
        let french = figures.rows[1]
        #expect(french.started == 2 && french.abandoned == 1 && french.ended == 1 && french.abandonedAt == ["user": 1])
        #expect(ResumePoint.latest(in: records)?.run == "c")
        #expect(ResumePoint.latest(in: Array(records.dropLast())) == nil, "the last walk finished")
    }
}
