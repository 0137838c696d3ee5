import Foundation
import Testing
@testable import DocentWorkflow

// MARK: - A toy host

/// A door that can be opened and locked. The engine knows nothing of it.
struct Door: Sendable, Hashable {
    var open = false
    var locks = 0
}

/// What the `open` effect throws when the door is locked.
struct LockedError: Error, Equatable {
    var locks: Int
}

/// The door's guards, effects and queries.
func doorBindings() -> Bindings<Door> {
    var bindings = Bindings<Door>()
    bindings.bindGuard("isOpen") { _, door in door.open }
    bindings.bindGuard("isLocked") { _, door in door.locks > 0 }
    bindings.bindEffect("open") { _, door in
        if door.locks > 0 { throw LockedError(locks: door.locks) }
        var door = door
        door.open = true
        return door
    }
    bindings.bindEffect("lock", Signature(required: ["count"])) { arguments, door in
        var door = door
        door.locks += try arguments.int("count")
        return door
    }
    bindings.bindEffect("unlock") { _, door in
        var door = door
        door.locks = 0
        return door
    }
    bindings.bindQuery("locks") { _, door in .int(door.locks) }
    bindings.bindQuery("names", Signature(optional: ["prefix"])) { _, _ in .list(["Ann", "Bob", "Cy"]) }
    return bindings
}

// MARK: - A toy catalog

/// A message catalog: message id → the placeholders it uses.
struct Catalog: MessageCheck {
    var messages: [String: Set<String>]

    func problems(message id: String, provided: Set<String>) -> [MessageProblem] {
        guard let placeholders = messages[id] else {
            return [MessageProblem(kind: .missingMessage, message: "no message '\(id)'")]
        }
        return placeholders.subtracting(provided).sorted().map {
            MessageProblem(kind: .missingPlaceholder, message: "message '\(id)' needs '\($0)'")
        }
    }
}

/// Every message the door procedure uses, with its placeholders.
let doorCatalog = Catalog(messages: [
    "door.title": [], "door.summary": ["locks"], "door.already": [], "door.intro": [], "door.mode": [],
    "door.mode.open": [], "door.mode.lock": [], "door.mode.unlock": [], "door.who": [],
    "door.email": ["who"], "door.when": [], "door.sure": ["who", "date"], "door.opened": ["who"],
    "door.cancelled": [], "door.count": [], "door.locked": ["locks"],
])

// MARK: - Loading

/// A loader whose fragments are the given JSON texts, named `fragments/<id>.json`.
func makeLoader(fragments: [String: String] = [:]) -> DefinitionLoader {
    DefinitionLoader { id in fragments[id].map { (Data($0.utf8), "fragments/\(id).json") } }
}

/// Decodes a definition from JSON text; fails the test with the diagnostic if it does not load.
func load(_ json: String, file: String = "door.json", fragments: [String: String] = [:]) throws -> Definition {
    try makeLoader(fragments: fragments).decode(Data(json.utf8), file: file)
}

/// The error loading `json` throws, or nil when it loads.
func loadError(_ json: String, file: String = "door.json", fragments: [String: String] = [:]) -> DefinitionError? {
    do {
        _ = try makeLoader(fragments: fragments).decode(Data(json.utf8), file: file)
        return nil
    } catch {
        return error
    }
}

/// A definition file around `steps` (a JSON array body) starting at `start`.
func definitionJSON(start: String, _ steps: String, extra: String = "") -> String {
    """
    {
      "id": "t",
      "title": "t.title",
      "summary": "t.summary",\(extra)
      "start": "\(start)",
      "steps": [
    \(steps)
      ]
    }
    """
}

// MARK: - The door procedure

/// A sound procedure using every step kind.
///
/// From a closed, unlocked door: check → intro; mode offers `open` and `lock` (`unlock` only when
/// locked). `open` asks who (an option), an e-mail, a date, then confirms and opens the door.
/// `lock` asks a count 1…3 and locks. `unlock` unlocks and goes back to intro.
let doorJSON = """
{
  "id": "door",
  "title": "door.title",
  "summary": {"id": "door.summary", "args": {"locks": {"query": "locks"}}},
  "tags": ["demo", "toy"],
  "start": "check",
  "steps": [
    {"id": "check", "kind": "decide", "branches": [{"when": "isOpen", "next": "already"}], "otherwise": "intro"},
    {"id": "already", "kind": "end", "outcome": "cancelled", "message": "door.already"},
    {"id": "intro", "kind": "instruction", "message": "door.intro", "next": "mode"},
    {"id": "mode", "kind": "question", "message": "door.mode", "variable": "mode", "choices": [
      {"value": "open", "label": "door.mode.open", "next": "who"},
      {"value": "lock", "label": "door.mode.lock", "next": "count"},
      {"value": "unlock", "label": "door.mode.unlock", "next": "unlock", "when": "isLocked"}
    ]},
    {"id": "who", "kind": "input", "message": "door.who", "variable": "who", "type": "option", "options": {"query": "names"}, "next": "email"},
    {"id": "email", "kind": "input", "message": {"id": "door.email", "args": {"who": "$who"}}, "variable": "email", "type": "email",
     "samples": ["ann@example.com", "not-an-email"], "next": "when"},
    {"id": "when", "kind": "input", "message": "door.when", "variable": "date", "type": "date", "samples": ["2026-01-31"], "next": "sure"},
    {"id": "sure", "kind": "confirm", "message": {"id": "door.sure", "args": {"who": "$who", "date": "$date"}}, "yes": "open", "no": "cancelled"},
    {"id": "open", "kind": "effect", "effect": "open", "next": "opened"},
    {"id": "opened", "kind": "end", "outcome": "completed", "message": {"id": "door.opened", "args": {"who": "$who"}}},
    {"id": "cancelled", "kind": "end", "outcome": "cancelled", "message": "door.cancelled"},
    {"id": "count", "kind": "input", "message": "door.count", "variable": "count", "type": "integer", "minimum": 1, "maximum": 3,
     "samples": ["1", "3", "9"], "next": "lock"},
    {"id": "lock", "kind": "effect", "effect": {"name": "lock", "args": {"count": "$count"}}, "next": "locked"},
    {"id": "locked", "kind": "end", "outcome": "completed", "message": {"id": "door.locked", "args": {"locks": {"query": "locks"}}}},
    {"id": "unlock", "kind": "effect", "effect": "unlock", "next": "intro"}
  ]
}
"""

func doorDefinition() throws -> Definition { try load(doorJSON) }

/// A walk of the door procedure from `door`.
func doorWalk(_ door: Door = Door()) throws -> Walk<Door> {
    try Walk(definition: try doorDefinition(), bindings: doorBindings(), state: door)
}

extension Walk {
    /// Answers each of `answers` in turn.
    func answering(all answers: [String]) throws -> Walk {
        var walk = self
        for answer in answers { walk = try walk.answering(answer) }
        return walk
    }
}

/// The problem of an `.invalidAnswer` error, or nil for any other outcome.
func answerProblem(_ body: () throws -> Void) -> AnswerProblem? {
    do {
        try body()
        return nil
    } catch WorkflowError.invalidAnswer(_, _, let problem) {
        return problem
    } catch {
        return nil
    }
}
