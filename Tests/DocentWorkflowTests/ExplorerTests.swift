import Foundation
import Testing
@testable import DocentWorkflow

/// instruction → question (a | b | c); a completes, b cancels, c confirms (yes completes, no refuses).
let smallJSON = definitionJSON(start: "hello", """
    {"id": "hello", "kind": "instruction", "message": "m", "next": "pick"},
    {"id": "pick", "kind": "question", "message": "m", "variable": "pick", "choices": [
      {"value": "a", "label": "l", "next": "done"},
      {"value": "b", "label": "l", "next": "quit"},
      {"value": "c", "label": "l", "next": "sure"}]},
    {"id": "sure", "kind": "confirm", "message": "m", "yes": "done", "no": "nope"},
    {"id": "done", "kind": "end", "outcome": "completed", "message": "m"},
    {"id": "quit", "kind": "end", "outcome": "cancelled", "message": "m"},
    {"id": "nope", "kind": "end", "outcome": "refused", "message": "m"}
    """)

/// Collects the walks an exploration visits.
final class Visits: @unchecked Sendable {
    var answers: [[String]] = []
    var states: [Door] = []
}

@Suite("Explorer")
struct ExplorerTests {
    @Test func enumeratesEveryPathInDepthFirstOrder() throws {
        let visits = Visits()
        let exploration = try Explorer<Door>().explore(try load(smallJSON), bindings: doorBindings(), from: Door()) { walk in
            visits.answers.append(walk.answers)
        }
        #expect(exploration.paths == [
            ExploredPath(answers: ["ok", "a"], outcome: .completed, endStep: "done"),
            ExploredPath(answers: ["ok", "b"], outcome: .cancelled, endStep: "quit"),
            ExploredPath(answers: ["ok", "c", "yes"], outcome: .completed, endStep: "done"),
            ExploredPath(answers: ["ok", "c", "no"], outcome: .refused, endStep: "nope"),
        ])
        #expect(exploration.rejectedAnswers == 0)
        // The start, and every walk after an accepted answer: 1 + 1 + 3 + 2.
        #expect(visits.answers.count == 7)
        #expect(Set(visits.answers) == [
            [], ["ok"], ["ok", "a"], ["ok", "b"], ["ok", "c"], ["ok", "c", "yes"], ["ok", "c", "no"],
        ])
        #expect(visits.answers.first == [])
    }

    @Test func doorPathsFromAClosedDoor() throws {
        let visits = Visits()
        let exploration = try Explorer<Door>().explore(try doorDefinition(), bindings: doorBindings(), from: Door()) { walk in
            visits.answers.append(walk.answers)
            visits.states.append(walk.state)
        }
        // open: 3 names × 1 accepted e-mail × 1 date × (yes | no) = 6; lock: counts 1 and 3 = 2.
        #expect(exploration.paths.count == 8)
        // One e-mail sample rejected per name (3) and the count 9 (1).
        #expect(exploration.rejectedAnswers == 4)
        #expect(exploration.paths.filter { $0.endStep == "opened" }.count == 3)
        #expect(exploration.paths.filter { $0.endStep == "cancelled" }.count == 3)
        #expect(exploration.paths.filter { $0.endStep == "locked" }.map(\.answers) == [["ok", "lock", "1"], ["ok", "lock", "3"]])
        #expect(exploration.paths.contains(ExploredPath(
            answers: ["ok", "open", "Cy", "ann@example.com", "2026-01-31", "yes"], outcome: .completed, endStep: "opened")))
        #expect(Set(exploration.paths.map(\.answers)).count == 8)
        // Walks: the start 1, then after answering intro 1, mode 2, who 3, email 3, date 3, sure 6, count 2 = 21.
        #expect(visits.answers.count == 21)
        #expect(Set(visits.states) == [Door(), Door(open: true), Door(locks: 1), Door(locks: 3)])
    }

    @Test func doorPathsFromALockedDoor() throws {
        let exploration = try Explorer<Door>().explore(try doorDefinition(), bindings: doorBindings(), from: Door(locks: 1))
        // open 6 (3 refused by the failing effect, 3 cancelled) + lock 2 + unlock → the 8 of a closed door.
        #expect(exploration.paths.count == 16)
        #expect(exploration.rejectedAnswers == 8)
        let outcomes = Dictionary(grouping: exploration.paths, by: \.outcome).mapValues(\.count)
        #expect(outcomes == [.refused: 3, .cancelled: 6, .completed: 7])
        #expect(exploration.paths.filter { $0.outcome == .refused }.allSatisfy { $0.endStep == "open" && $0.answers.last == "yes" })
    }

    @Test func pathsEndingAtOnce() throws {
        let exploration = try Explorer<Door>().explore(try doorDefinition(), bindings: doorBindings(), from: Door(open: true))
        #expect(exploration.paths == [ExploredPath(answers: [], outcome: .cancelled, endStep: "already")])
    }

    @Test func candidates() throws {
        let definition = try doorDefinition()
        let walk = try Walk(definition: definition, bindings: doorBindings(), state: Door())
        #expect(Explorer<Door>.candidates(for: try #require(walk.prompt), in: definition) == ["ok"])
        let who = try walk.answering(all: DoorPath.toWho)
        #expect(Explorer<Door>.candidates(for: try #require(who.prompt), in: definition) == ["Ann", "Bob", "Cy"])
        let email = try walk.answering(all: DoorPath.toEmail)
        #expect(Explorer<Door>.candidates(for: try #require(email.prompt), in: definition) == ["ann@example.com", "not-an-email"])
        let sure = try walk.answering(all: DoorPath.toSure)
        #expect(Explorer<Door>.candidates(for: try #require(sure.prompt), in: definition) == ["yes", "no"])
    }

    @Test func promptLoopIsTooDeep() throws {
        let definition = try load(definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "b"},
            {"id": "b", "kind": "confirm", "message": "m", "yes": "e", "no": "a"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        do {
            _ = try Explorer<Door>(maximumDepth: 5).explore(definition, bindings: doorBindings(), from: Door())
            Issue.record("a prompt loop was explored to the end")
        } catch let error as ExplorationError {
            guard case .tooDeep(let id, let answers) = error else { Issue.record("unexpected error \(error)"); return }
            #expect(id == "t")
            #expect(answers.count == 5)
            #expect(answers == ["ok", "no", "ok", "no", "ok"])
        }
    }

    @Test func tooManyPaths() throws {
        do {
            _ = try Explorer<Door>(maximumPaths: 3).explore(try load(smallJSON), bindings: doorBindings(), from: Door())
            Issue.record("4 paths fit under a limit of 3")
        } catch let error as ExplorationError {
            guard case .tooManyPaths("t", 3) = error else { Issue.record("unexpected error \(error)"); return }
        }
        #expect(try Explorer<Door>(maximumPaths: 4).explore(try load(smallJSON), bindings: doorBindings(), from: Door()).paths.count == 4)
    }

    @Test func noSampleAccepted() throws {
        let definition = try load(definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "n"},
            {"id": "n", "kind": "input", "message": "m", "variable": "n", "type": "integer", "minimum": 1, "samples": ["0", "x"], "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        do {
            _ = try Explorer<Door>().explore(definition, bindings: doorBindings(), from: Door())
            Issue.record("a prompt accepting nothing was explored")
        } catch let error as ExplorationError {
            guard case .noAnswers(let id, let step, let answers) = error else { Issue.record("unexpected error \(error)"); return }
            #expect(id == "t")
            #expect(step == "n")
            #expect(answers == ["ok"])
        }
    }

    @Test func noSamplesAtAll() throws {
        let definition = try load(definitionJSON(start: "n", """
            {"id": "n", "kind": "input", "message": "m", "variable": "n", "type": "text", "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        do {
            _ = try Explorer<Door>().explore(definition, bindings: doorBindings(), from: Door())
            Issue.record("an input without samples was explored")
        } catch let error as ExplorationError {
            guard case .noAnswers("t", step: "n", answers: []) = error else { Issue.record("unexpected error \(error)"); return }
        }
    }

    @Test func visitErrorsStopTheExploration() throws {
        struct Stop: Error {}
        let visits = Visits()
        #expect(throws: Stop.self) {
            try Explorer<Door>().explore(try load(smallJSON), bindings: doorBindings(), from: Door()) { walk in
                visits.answers.append(walk.answers)
                if walk.answers == ["ok"] { throw Stop() }
            }
        }
        #expect(visits.answers == [[], ["ok"]])
    }
}
