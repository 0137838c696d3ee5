import Foundation
import Testing
@testable import DocentWorkflow

/// The answers that reach each prompt of the door procedure from a closed, unlocked door.
enum DoorPath {
    static let toMode = ["ok"]
    static let toWho = ["ok", "open"]
    static let toEmail = ["ok", "open", "Bob"]
    static let toDate = ["ok", "open", "Bob", "bob@example.com"]
    static let toSure = ["ok", "open", "Bob", "bob@example.com", "2026-01-31"]
    static let toCount = ["ok", "lock"]
}

struct BadAnswer: Sendable, CustomTestStringConvertible {
    var before: [String]
    var answer: String
    var problem: AnswerProblem
    var testDescription: String { "'\(answer)' after \(before)" }
}

@Suite("Walk")
struct WalkTests {
    @Test func automaticStepsRunToTheFirstPrompt() throws {
        let walk = try doorWalk()
        let prompt = try #require(walk.prompt)
        #expect(prompt.step == "intro")
        #expect(prompt.message == ResolvedMessage(id: "door.intro"))
        guard case .acknowledge = prompt.kind else { Issue.record("intro is not acknowledged: \(prompt.kind)"); return }
        #expect(walk.transcript.map(\.step) == ["check"])
        #expect(walk.transcript.first?.kind == "decide")
        #expect(walk.transcript.first?.next == "intro")
        #expect(walk.answers == [])
        #expect(walk.canGoBack == false)
        #expect(walk.ending == nil)
    }

    @Test func automaticStepsCanEndTheWalk() throws {
        let walk = try doorWalk(Door(open: true))
        #expect(walk.prompt == nil)
        let ending = try #require(walk.ending)
        #expect(ending.step == "already")
        #expect(ending.outcome == .cancelled)
        #expect(ending.message == ResolvedMessage(id: "door.already"))
        #expect(ending.failure == nil)
        #expect(walk.transcript.map(\.step) == ["check", "already"])
        #expect(walk.transcript[0].next == "already")
    }

    @Test func answeringEveryPromptKind() throws {
        var walk = try doorWalk()
        walk = try walk.answering("  anything at all ")
        var prompt = try #require(walk.prompt)
        #expect(prompt.step == "mode")
        #expect(prompt.variable == "mode")
        guard case .choose(let offered) = prompt.kind else { Issue.record("mode is not a choice"); return }
        #expect(offered == [
            OfferedChoice(value: "open", label: ResolvedMessage(id: "door.mode.open")),
            OfferedChoice(value: "lock", label: ResolvedMessage(id: "door.mode.lock")),
        ])

        walk = try walk.answering("open")
        prompt = try #require(walk.prompt)
        #expect(prompt.step == "who")
        guard case .input(.option, let options) = prompt.kind else { Issue.record("who is not an option input"); return }
        #expect(options == [.string("Ann"), .string("Bob"), .string("Cy")])

        walk = try walk.answering("bob")
        #expect(walk.variables["who"] == .string("Bob"))
        prompt = try #require(walk.prompt)
        #expect(prompt.step == "email")
        #expect(prompt.message == ResolvedMessage(id: "door.email", arguments: ["who": .string("Bob")]))
        guard case .input(.email, nil) = prompt.kind else { Issue.record("email is not a free e-mail input"); return }

        walk = try walk.answering("Bob@Example.COM")
        #expect(walk.variables["email"] == .string("bob@example.com"))
        #expect(walk.prompt?.step == "when")

        walk = try walk.answering("2026-01-31")
        #expect(walk.variables["date"] == .string("2026-01-31"))
        prompt = try #require(walk.prompt)
        #expect(prompt.step == "sure")
        #expect(prompt.variable == nil)
        #expect(prompt.message == ResolvedMessage(id: "door.sure", arguments: ["who": .string("Bob"), "date": .string("2026-01-31")]))
        guard case .confirm = prompt.kind else { Issue.record("sure is not a confirmation"); return }

        walk = try walk.answering("Y")
        let ending = try #require(walk.ending)
        #expect(ending.step == "opened")
        #expect(ending.outcome == .completed)
        #expect(ending.message == ResolvedMessage(id: "door.opened", arguments: ["who": .string("Bob")]))
        #expect(ending.failure == nil)
        #expect(walk.state == Door(open: true, locks: 0))
        #expect(walk.initialState == Door())
        #expect(walk.answers == ["ok", "open", "Bob", "bob@example.com", "2026-01-31", "yes"])
        #expect(walk.variables == [
            "mode": .string("open"), "who": .string("Bob"), "email": .string("bob@example.com"), "date": .string("2026-01-31"),
        ])
    }

    @Test(arguments: [("no", "cancelled", Door()), ("N", "cancelled", Door()), ("false", "cancelled", Door()),
                      ("yes", "opened", Door(open: true)), ("true", "opened", Door(open: true))])
    func confirmAnswers(answer: String, end: String, state: Door) throws {
        let walk = try doorWalk().answering(all: DoorPath.toSure + [answer])
        #expect(walk.ending?.step == end)
        #expect(walk.state == state)
        #expect(walk.answers.last == (end == "opened" ? "yes" : "no"))
    }

    @Test func integerInputAndEffectChangeTheState() throws {
        let walk = try doorWalk().answering(all: DoorPath.toCount)
        guard case .input(.integer(minimum: 1, maximum: 3), nil)? = walk.prompt?.kind else {
            Issue.record("count is not a bounded integer input"); return
        }
        let locked = try walk.answering(" 3 ")
        #expect(locked.variables["count"] == .int(3))
        #expect(locked.state == Door(open: false, locks: 3))
        #expect(locked.ending?.step == "locked")
        #expect(locked.ending?.outcome == .completed)
        #expect(locked.ending?.message == ResolvedMessage(id: "door.locked", arguments: ["locks": .int(3)]))
        #expect(walk.state == Door(), "the earlier walk is a value and is not changed")
    }

    static let badAnswers: [BadAnswer] = [
        BadAnswer(before: DoorPath.toMode, answer: "", problem: .empty),
        BadAnswer(before: DoorPath.toMode, answer: "fly", problem: .notAChoice(offered: ["open", "lock"])),
        BadAnswer(before: DoorPath.toMode, answer: "unlock", problem: .notAChoice(offered: ["open", "lock"])),
        BadAnswer(before: DoorPath.toMode, answer: "OPEN", problem: .notAChoice(offered: ["open", "lock"])),
        BadAnswer(before: DoorPath.toWho, answer: "Dan", problem: .notAnOption(offered: ["Ann", "Bob", "Cy"])),
        BadAnswer(before: DoorPath.toWho, answer: " ", problem: .empty),
        BadAnswer(before: DoorPath.toEmail, answer: "bob", problem: .notAnEmail),
        BadAnswer(before: DoorPath.toEmail, answer: "bob@example", problem: .notAnEmail),
        BadAnswer(before: DoorPath.toEmail, answer: "b ob@example.com", problem: .notAnEmail),
        BadAnswer(before: DoorPath.toDate, answer: "31/01/2026", problem: .notADate),
        BadAnswer(before: DoorPath.toDate, answer: "2026-1-31", problem: .notADate),
        BadAnswer(before: DoorPath.toSure, answer: "maybe", problem: .notYesOrNo),
        BadAnswer(before: DoorPath.toSure, answer: "", problem: .empty),
        BadAnswer(before: DoorPath.toCount, answer: "two", problem: .notAnInteger),
        BadAnswer(before: DoorPath.toCount, answer: "0", problem: .outOfRange(minimum: 1, maximum: 3)),
        BadAnswer(before: DoorPath.toCount, answer: "4", problem: .outOfRange(minimum: 1, maximum: 3)),
    ]

    @Test(arguments: badAnswers)
    func invalidAnswersThrowAndLeaveTheWalkUnchanged(bad: BadAnswer) throws {
        let walk = try doorWalk().answering(all: bad.before)
        let step = try #require(walk.prompt?.step)
        do {
            _ = try walk.answering(bad.answer)
            Issue.record("'\(bad.answer)' was accepted at \(step)")
        } catch {
            guard case .invalidAnswer(let errorStep, let answer, let problem) = error else {
                Issue.record("unexpected error \(error)"); return
            }
            #expect(errorStep == step)
            #expect(answer == bad.answer)
            #expect(problem == bad.problem)
        }
        #expect(walk.prompt?.step == step)
        #expect(walk.answers == bad.before)
        #expect(walk.transcript.count == bad.before.count + 1)
        #expect(walk.state == Door())
        // It can still be answered correctly.
        let good = ["mode": "lock", "who": "Ann", "email": "a@b.cd", "when": "2026-01-01", "sure": "no", "count": "1"]
        let answered = try walk.answering(try #require(good[step]))
        #expect(answered.prompt?.step != step)
        #expect(answered.answers.count == bad.before.count + 1)
    }

    @Test func instructionsTakeAnyAcknowledgement() throws {
        for raw in ["", "ok", "  continue  ", "no"] {
            let walk = try doorWalk().answering(raw)
            #expect(walk.prompt?.step == "mode")
            #expect(walk.answers == ["ok"])
            #expect(walk.transcript.last?.answer == "ok")
        }
    }

    @Test func optionsFromASingleValueQuery() throws {
        let definition = try load(definitionJSON(start: "n", """
            {"id": "n", "kind": "input", "message": "m", "variable": "n", "type": "option", "options": {"query": "locks"}, "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"n": "$n"}}}
            """))
        let walk = try Walk(definition: definition, bindings: doorBindings(), state: Door(locks: 2))
        guard case .input(.option, let options) = walk.prompt?.kind else { Issue.record("n is not an option input"); return }
        #expect(options == [.int(2)])
        #expect(answerProblem { _ = try walk.answering("3") } == .notAnOption(offered: ["2"]))
        let ended = try walk.answering("2")
        #expect(ended.variables["n"] == .int(2))
        #expect(ended.ending?.message == ResolvedMessage(id: "m", arguments: ["n": .int(2)]))
    }

    @Test func initialVariablesAreSetBeforeTheFirstStep() throws {
        let definition = try load(definitionJSON(start: "c", """
            {"id": "c", "kind": "confirm", "message": {"id": "m", "args": {"n": "$count"}}, "yes": "n", "no": "lock"},
            {"id": "n", "kind": "input", "message": "m", "variable": "count", "type": "integer", "samples": ["1"], "next": "lock"},
            {"id": "lock", "kind": "effect", "effect": {"name": "lock", "args": {"count": "$count"}}, "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """, extra: #" "variables": {"count": 2},"#))
        let walk = try Walk(definition: definition, bindings: doorBindings(), state: Door())
        #expect(walk.variables == ["count": .int(2)])
        #expect(walk.prompt?.message == ResolvedMessage(id: "m", arguments: ["n": .int(2)]))
        #expect(try walk.answering("no").state == Door(locks: 2))
        let overridden = try walk.answering(all: ["yes", "3"])
        #expect(overridden.state == Door(locks: 3))
        #expect(try overridden.back()?.variables == ["count": .int(2)])
    }

    @Test func answerProblemDescriptions() {
        #expect(AnswerProblem.outOfRange(minimum: 1, maximum: 3).description == "expected a number from 1 up to 3")
        #expect(AnswerProblem.outOfRange(minimum: nil, maximum: 3).description == "expected a number up to 3")
        #expect(AnswerProblem.notAChoice(offered: ["a", "b"]).description == "expected one of a, b")
        let error = WorkflowError.invalidAnswer(step: "s", answer: "x", problem: .notYesOrNo)
        #expect(error.description == "step 's': 'x' is not a valid answer: expected yes or no")
    }

    @Test func choiceGuardsHideChoices() throws {
        let closed = try doorWalk().answering("ok")
        let locked = try doorWalk(Door(locks: 1)).answering("ok")
        guard case .choose(let few) = closed.prompt?.kind, case .choose(let all) = locked.prompt?.kind else {
            Issue.record("mode is not a choice"); return
        }
        #expect(few.map(\.value) == ["open", "lock"])
        #expect(all.map(\.value) == ["open", "lock", "unlock"])
        let unlocked = try locked.answering("unlock")
        #expect(unlocked.state == Door(locks: 0))
        #expect(unlocked.prompt?.step == "intro")
        #expect(unlocked.transcript.map(\.step) == ["check", "intro", "mode", "unlock"])
    }

    @Test func effectFailureWithoutOnErrorEndsRefused() throws {
        let walk = try doorWalk(Door(locks: 2)).answering(all: DoorPath.toSure + ["yes"])
        let ending = try #require(walk.ending)
        #expect(ending.step == "open")
        #expect(ending.outcome == .refused)
        #expect(ending.message == nil)
        let failure = try #require(ending.failure)
        #expect(failure.step == "open")
        #expect(failure.effect == "open")
        #expect(failure.error as? LockedError == LockedError(locks: 2))
        #expect(walk.state == Door(open: false, locks: 2))
        #expect(walk.lastFailure?.step == "open")
        let last = try #require(walk.transcript.last)
        #expect(last.step == "open")
        #expect(last.effect == "open")
        #expect(last.failure?.error as? LockedError == LockedError(locks: 2))
    }

    static let onErrorJSON = definitionJSON(start: "try", """
        {"id": "try", "kind": "effect", "effect": "open", "next": "done", "onError": "help"},
        {"id": "help", "kind": "instruction", "message": "help", "next": "escalate"},
        {"id": "escalate", "kind": "end", "outcome": "escalated", "message": "ask-the-owner"},
        {"id": "done", "kind": "end", "outcome": "completed", "message": "done"}
        """)

    @Test func effectFailureWithOnErrorContinuesThere() throws {
        let definition = try load(Self.onErrorJSON)
        let walk = try Walk(definition: definition, bindings: doorBindings(), state: Door(locks: 1))
        #expect(walk.prompt?.step == "help")
        #expect(walk.lastFailure?.effect == "open")
        let ended = try walk.answering("ok")
        let ending = try #require(ended.ending)
        #expect(ending.step == "escalate")
        #expect(ending.outcome == .escalated)
        #expect(ending.message == ResolvedMessage(id: "ask-the-owner"))
        #expect(ending.failure?.step == "try")
        #expect(ending.failure?.error as? LockedError == LockedError(locks: 1))
        #expect(ended.transcript.map(\.step) == ["try", "help", "escalate"])
        #expect(ended.transcript[0].failure != nil)

        let fine = try Walk(definition: definition, bindings: doorBindings(), state: Door())
        #expect(fine.ending?.step == "done")
        #expect(fine.ending?.failure == nil)
        #expect(fine.state == Door(open: true))
    }

    @Test func backUndoesEffectsExactly() throws {
        let start = try doorWalk(Door(locks: 2))
        let atMode = try start.answering("ok")
        let unlocked = try atMode.answering("unlock")
        #expect(unlocked.state == Door(locks: 0))

        let back = try #require(try unlocked.back())
        #expect(back.state == Door(locks: 2))
        #expect(back.state == atMode.state)
        #expect(back.prompt?.step == "mode")
        #expect(back.answers == ["ok"])
        #expect(back.transcript.map(\.step) == atMode.transcript.map(\.step))

        let first = try #require(try back.back())
        #expect(first.prompt?.step == "intro")
        #expect(first.answers == [])
        #expect(try first.back() == nil)
        #expect(try start.back() == nil)
    }

    @Test func backFromAnEndingForgetsTheAnswer() throws {
        let ended = try doorWalk().answering(all: DoorPath.toCount + ["2"])
        #expect(ended.state == Door(locks: 2))
        let back = try #require(try ended.back())
        #expect(back.state == Door())
        #expect(back.ending == nil)
        #expect(back.prompt?.step == "count")
        #expect(back.variables["count"] == nil)
        #expect(back.variables["mode"] == .string("lock"))
    }

    @Test func transcriptListsEveryStep() throws {
        let walk = try doorWalk(Door(locks: 1)).answering(all: ["ok", "unlock", "go", "lock", "2"])
        let lines = walk.transcript.map { entry in
            [entry.step, entry.kind, entry.answer ?? entry.next.map { "→" + $0 } ?? "-", entry.effect ?? "-", entry.message?.id ?? "-"].joined(separator: " ")
        }
        #expect(lines == [
            "check decide →intro - -",
            "intro instruction ok - door.intro",
            "mode question unlock - door.mode",
            "unlock effect - unlock -",
            "intro instruction ok - door.intro",
            "mode question lock - door.mode",
            "count input 2 - door.count",
            "lock effect - lock -",
            "locked end - - door.locked",
        ])
        #expect(walk.transcript.last?.message?.arguments == ["locks": .int(2)])
        #expect(walk.state == Door(locks: 2))
    }

    @Test func replayEqualsAnsweringOneByOne() throws {
        let answers = ["ok", "unlock", "ok", "open", "cy", "CY@EXAMPLE.COM", "2026-02-28", "y"]
        let oneByOne = try doorWalk(Door(locks: 3)).answering(all: answers)
        let replayed = try Walk.replay(definition: try doorDefinition(), bindings: doorBindings(), state: Door(locks: 3), answers: answers)
        #expect(replayed.state == oneByOne.state)
        #expect(replayed.state == Door(open: true, locks: 0))
        #expect(replayed.answers == oneByOne.answers)
        #expect(replayed.answers == ["ok", "unlock", "ok", "open", "Cy", "cy@example.com", "2026-02-28", "yes"])
        #expect(replayed.variables == oneByOne.variables)
        #expect(replayed.transcript.map(\.step) == oneByOne.transcript.map(\.step))
        #expect(replayed.transcript.map(\.answer) == oneByOne.transcript.map(\.answer))
        #expect(replayed.ending?.step == "opened")
        #expect(oneByOne.ending?.step == "opened")
        // Replaying the canonical answers gives the same walk again.
        let again = try Walk.replay(definition: try doorDefinition(), bindings: doorBindings(), state: Door(locks: 3), answers: replayed.answers)
        #expect(again.answers == replayed.answers)
        #expect(again.state == replayed.state)
    }

    @Test func replayPropagatesInvalidAnswers() throws {
        #expect(throws: WorkflowError.self) {
            try Walk.replay(definition: try doorDefinition(), bindings: doorBindings(), state: Door(), answers: ["ok", "fly"])
        }
    }

    @Test func answeringAfterTheEndThrows() throws {
        let ended = try doorWalk(Door(open: true))
        #expect(ended.ending != nil)
        do {
            _ = try ended.answering("ok")
            Issue.record("an ended walk took an answer")
        } catch {
            guard case .alreadyEnded = error else { Issue.record("unexpected error \(error)"); return }
        }
    }

    @Test func aQuestionWithEveryChoiceHiddenIsAnError() throws {
        let definition = try load(definitionJSON(start: "q", """
            {"id": "q", "kind": "question", "message": "m", "choices": [{"value": "go", "label": "m", "next": "e", "when": "isOpen"}]},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        // One choice left: not asked, shown as decided.
        let decided = try Walk(definition: definition, bindings: doorBindings(), state: Door(open: true))
        #expect(decided.ending?.step == "e")
        #expect(decided.transcript.first?.decided == ResolvedMessage(id: "m"))
        #expect(decided.transcript.first?.answer == "go")
        do {
            _ = try Walk(definition: definition, bindings: doorBindings(), state: Door())
            Issue.record("a question with no choice left waited for an answer")
        } catch {
            guard case .noChoiceOffered(let step) = error else { Issue.record("unexpected error \(error)"); return }
            #expect(step == "q")
        }
    }

    @Test func automaticLoopExceedsTheStepLimit() throws {
        let definition = try load(definitionJSON(start: "a", """
            {"id": "a", "kind": "decide", "branches": [{"when": "isOpen", "next": "e"}], "otherwise": "b"},
            {"id": "b", "kind": "effect", "effect": "unlock", "next": "a"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        do {
            _ = try Walk(definition: definition, bindings: doorBindings(), state: Door())
            Issue.record("an automatic loop did not stop")
        } catch {
            guard case .stepLimitExceeded(let step) = error else { Issue.record("unexpected error \(error)"); return }
            #expect(step == "a" || step == "b")
        }
        // The same definition ends at once from an open door.
        #expect(try Walk(definition: definition, bindings: doorBindings(), state: Door(open: true)).ending?.step == "e")
    }

    @Test func unknownStepAndUnboundNamesAreReported() throws {
        let definition = try load(definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "ghost"},
            {"id": "b", "kind": "effect", "effect": "paint", "next": "a"}
            """))
        let walk = try Walk(definition: definition, bindings: doorBindings(), state: Door())
        do {
            _ = try walk.answering("ok")
            Issue.record("a missing step was followed")
        } catch {
            guard case .unknownStep("ghost", from: "a") = error else { Issue.record("unexpected error \(error)"); return }
        }
        var unbound = definition
        unbound.start = "b"
        do {
            _ = try Walk(definition: unbound, bindings: doorBindings(), state: Door())
            Issue.record("an unbound effect ran")
        } catch {
            guard case .unbound(kind: "effect", name: "paint", step: "b") = error else { Issue.record("unexpected error \(error)"); return }
        }
    }

    @Test func evaluatesExpressions() throws {
        let walk = try doorWalk(Door(locks: 2)).answering(all: DoorPath.toWho + ["Ann"])
        #expect(try walk.evaluate(.literal(.int(4)), at: "x") == .int(4))
        #expect(try walk.evaluate(.variable("who"), at: "x") == .string("Ann"))
        #expect(try walk.evaluate(.query(Call(name: "locks")), at: "x") == .int(2))
        #expect(throws: WorkflowError.self) { try walk.evaluate(.variable("nobody"), at: "x") }
        #expect(throws: WorkflowError.self) { try walk.evaluate(.query(Call(name: "colour")), at: "x") }
        let message = try walk.resolve(MessageReference(id: "m", arguments: ["n": .query(Call(name: "locks")), "w": .variable("who")]), at: "x")
        #expect(message == ResolvedMessage(id: "m", arguments: ["n": .int(2), "w": .string("Ann")]))
    }

    @Test func argumentAccessors() throws {
        let arguments = Arguments(["s": "text", "n": 3, "ns": "12", "b": true])
        #expect(try arguments.string("s") == "text")
        #expect(try arguments.int("n") == 3)
        #expect(try arguments.int("ns") == 12)
        #expect(try arguments.bool("b") == true)
        #expect(throws: BindingError.missingArgument("x")) { try arguments.string("x") }
        #expect(throws: BindingError.wrongType("s", expected: "integer", got: "text")) { try arguments.int("s") }
        #expect(throws: BindingError.wrongType("n", expected: "Boolean", got: 3)) { try arguments.bool("n") }
    }
}
