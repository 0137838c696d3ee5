import DocentKit
import DocentLocalization
import DocentModel
import DocentWorkflow
import Foundation
import Testing

/// Shared fixtures and domain assertions for Docent's test targets.
public enum DocentTestSupport {
    /// The fixed "today" tests walk on, so scheduled dates are stable.
    public static var today: CalendarDate {
        guard let date = CalendarDate(year: 2026, month: 11, day: 22) else { preconditionFailure("2026-11-22 is a valid date") }
        return date
    }

    /// The bundled library; fails the test if it does not load.
    public static func library(sourceLocation: SourceLocation = #_sourceLocation) throws -> DocentLibrary {
        do {
            return try DocentLibrary.bundled()
        } catch {
            Issue.record("the bundled library does not load: \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// Walks `procedure` on a demo account, giving `answers` in order.
    public static func walk(
        _ procedure: String, on demo: String, as actor: String? = nil, answers: [String] = [],
        today: CalendarDate = today
    ) throws -> Walk<Situation> {
        let library = try DocentLibrary.bundled()
        var walk = try library.startWalk(procedure, on: library.account(demo), as: actor, today: today)
        for answer in answers { walk = try walk.answering(answer) }
        return walk
    }

    /// Walks `procedure` on a demo account as a script would: answers by step id, instructions acknowledged.
    ///
    /// Stops at the first prompt with no answer (the returned walk then waits there).
    public static func walk(
        _ procedure: String, on demo: String, as actor: String? = nil, answering answers: [String: String],
        today: CalendarDate = today
    ) throws -> Walk<Situation> {
        let library = try DocentLibrary.bundled()
        var walk = try library.startWalk(procedure, on: library.account(demo), as: actor, today: today)
        while let prompt = walk.prompt {
            if let answer = answers[prompt.step] {
                walk = try walk.answering(answer)
            } else if case .acknowledge = prompt.kind {
                walk = try walk.answering("ok")
            } else {
                break
            }
        }
        return walk
    }

    /// Every text a walk shows right now (prompt, choices, or ending and refusal), in `language`.
    public static func texts(of walk: Walk<Situation>, narrator: Narrator) throws -> [(id: String, text: String)] {
        var texts: [(String, String)] = []
        if let prompt = walk.prompt {
            texts.append((prompt.message.id, try narrator.text(prompt.message).plainText))
            if case .choose(let choices) = prompt.kind {
                for choice in choices { texts.append((choice.label.id, try narrator.text(choice.label).plainText)) }
            }
        }
        if let ending = walk.ending {
            if let message = ending.message { texts.append((message.id, try narrator.text(message).plainText)) }
            if let failure = ending.failure {
                texts.append((ErrorMessage(for: failure.error).id, try narrator.refusal(failure.error).plainText))
            }
        }
        return texts
    }
}

/// Records an issue for each broken invariant of `account`.
public func expectSound(_ account: Account, _ context: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let violations = account.invariantViolations()
    if !violations.isEmpty {
        Issue.record("invariants broken \(context()): \(violations.joined(separator: "; "))", sourceLocation: sourceLocation)
    }
}

/// Records an issue unless the walk ended with `outcome` (and, if given, at `step`).
public func expectEnding(
    _ walk: Walk<Situation>, _ outcome: Outcome, at step: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let ending = walk.ending else {
        Issue.record("the walk has not ended; it waits at '\(walk.prompt?.step ?? "?")'", sourceLocation: sourceLocation)
        return
    }
    #expect(ending.outcome == outcome, "ended at '\(ending.step)'", sourceLocation: sourceLocation)
    if let step { #expect(ending.step == step, sourceLocation: sourceLocation) }
}

/// Records an issue unless the walk was refused by the model with `code` (and `rule`, if given).
public func expectRefusal(
    _ walk: Walk<Situation>, code: String, rule: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let failure = walk.ending?.failure else {
        Issue.record("expected a refusal '\(code)', got \(String(describing: walk.ending?.outcome)) at '\(walk.ending?.step ?? walk.prompt?.step ?? "?")'", sourceLocation: sourceLocation)
        return
    }
    let message = ErrorMessage(for: failure.error)
    #expect(message.code == code, sourceLocation: sourceLocation)
    if let rule { #expect(message.rule == rule, sourceLocation: sourceLocation) }
}
