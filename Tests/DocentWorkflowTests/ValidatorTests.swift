import Foundation
import Testing
@testable import DocentWorkflow

/// The (kind, step, field) of an issue, for comparing lists of issues.
struct Found: Hashable, CustomStringConvertible {
    var kind: DefinitionError.Kind
    var step: String?
    var field: String?
    init(_ kind: DefinitionError.Kind, _ step: String?, _ field: String?) {
        self.kind = kind
        self.step = step
        self.field = field
    }
    init(_ error: DefinitionError) { self.init(error.kind, error.step, error.field) }
    var description: String { "\(kind) \(step ?? "-") \(field ?? "-")" }
}

func validate(_ json: String, messages: (any MessageCheck)? = nil) throws -> [DefinitionError] {
    let data = Data(json.utf8)
    let definition = try makeLoader().decode(data, file: "t.json")
    let lines = Dictionary(uniqueKeysWithValues: definition.steps.compactMap { step in
        DefinitionLoader.line(ofStep: step.id, in: data).map { (step.id, $0) }
    })
    return Validator(signatures: doorBindings().signatures, messages: messages, lines: lines).validate(definition)
}

@Suite("Validator")
struct ValidatorTests {
    @Test func soundDefinitionHasNoIssue() throws {
        let issues = try validate(doorJSON, messages: doorCatalog)
        #expect(issues.map(\.description) == [])
    }

    @Test func signaturesListEveryBinding() {
        let signatures = doorBindings().signatures
        #expect(Set(signatures.guards.keys) == ["isOpen", "isLocked"])
        #expect(Set(signatures.effects.keys) == ["open", "lock", "unlock"])
        #expect(Set(signatures.queries.keys) == ["locks", "names"])
        #expect(signatures.effects["lock"] == Signature(required: ["count"]))
    }

    @Test func unknownSteps() throws {
        let json = definitionJSON(start: "nowhere", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "n1"},
            {"id": "q", "kind": "question", "message": "m", "choices": [
              {"value": "x", "label": "l", "next": "e"}, {"value": "y", "label": "l", "next": "n2"}]},
            {"id": "c", "kind": "confirm", "message": "m", "yes": "n3", "no": "n4"},
            {"id": "d", "kind": "decide", "branches": [{"when": "isOpen", "next": "n5"}], "otherwise": "n6"},
            {"id": "f", "kind": "effect", "effect": "open", "next": "e", "onError": "n7"},
            {"id": "i", "kind": "input", "message": "m", "variable": "v", "type": "text", "samples": ["s"], "next": "n8"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json).filter { $0.kind == .unknownStep }
        #expect(issues.map(Found.init) == [
            Found(.unknownStep, nil, "start"),
            Found(.unknownStep, "a", "next"),
            Found(.unknownStep, "q", "choices[1].next"),
            Found(.unknownStep, "c", "yes"),
            Found(.unknownStep, "c", "no"),
            Found(.unknownStep, "d", "branches[0].next"),
            Found(.unknownStep, "d", "otherwise"),
            Found(.unknownStep, "f", "onError"),
            Found(.unknownStep, "i", "next"),
        ])
        #expect(issues[0].message == "start step 'nowhere' does not exist")
        #expect(issues[1].message == "leads to unknown step 'n1'")
        #expect(issues[1].line == 7)
        #expect(issues[1].description == "t.json:7: error: step 'a', field 'next': leads to unknown step 'n1'")
        #expect(issues[7].message == "leads to unknown step 'n7'")
    }

    @Test func unknownBindings() throws {
        let json = definitionJSON(start: "d", """
            {"id": "d", "kind": "decide", "branches": [{"when": "isShut", "next": "f"}], "otherwise": "f"},
            {"id": "f", "kind": "effect", "effect": "paint", "next": "q"},
            {"id": "q", "kind": "question", "message": {"id": "m", "args": {"n": {"query": "colour"}}}, "choices": [
              {"value": "x", "label": "l", "next": "e", "when": "isAjar"}]},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [
            Found(.unknownBinding, "d", "branches[0].when"),
            Found(.unknownBinding, "f", "effect"),
            Found(.unknownBinding, "q", "message.args.n"),
            Found(.unknownBinding, "q", "choices[0].when"),
        ])
        #expect(issues.map(\.message) == [
            "unknown guard 'isShut' (known: isLocked, isOpen)",
            "unknown effect 'paint' (known: lock, open, unlock)",
            "unknown query 'colour' (known: locks, names)",
            "unknown guard 'isAjar' (known: isLocked, isOpen)",
        ])
    }

    @Test func badArguments() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "effect", "effect": "lock", "next": "b"},
            {"id": "b", "kind": "effect", "effect": {"name": "lock", "args": {"count": 1, "force": true}}, "next": "c"},
            {"id": "c", "kind": "effect", "effect": {"name": "unlock", "args": {"n": {"query": "names", "args": {"prefix": "A", "x": 1}}}}, "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [
            Found(.badArguments, "a", "effect"),
            Found(.badArguments, "b", "effect"),
            Found(.badArguments, "c", "effect"),
            Found(.badArguments, "c", "effect.args.n"),
        ])
        #expect(issues.map(\.message) == [
            "effect 'lock': argument 'count' is missing",
            "effect 'lock': unknown argument 'force'",
            "effect 'unlock': unknown argument 'n'",
            "query 'names': unknown argument 'x'",
        ])
    }

    @Test func signatureProblems() {
        let signature = Signature(required: ["a", "b"], optional: ["c"])
        #expect(signature.problems(given: ["a", "b"]) == [])
        #expect(signature.problems(given: ["a", "b", "c"]) == [])
        #expect(signature.problems(given: ["c", "d"]) == ["argument 'a' is missing", "argument 'b' is missing", "unknown argument 'd'"])
    }

    @Test func unreachableStep() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "e"},
            {"id": "lost", "kind": "instruction", "message": "m", "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"},
            {"id": "gone", "kind": "end", "outcome": "cancelled", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [Found(.unreachableStep, "lost", nil), Found(.unreachableStep, "gone", nil)])
        #expect(issues[0].message == "no path from 'a' reaches this step")
        #expect(issues[0].line == 8)
    }

    @Test func deadEndCycle() throws {
        let json = definitionJSON(start: "q", """
            {"id": "q", "kind": "question", "message": "m", "choices": [
              {"value": "out", "label": "l", "next": "e"}, {"value": "spin", "label": "l", "next": "loop1"}]},
            {"id": "loop1", "kind": "instruction", "message": "m", "next": "loop2"},
            {"id": "loop2", "kind": "confirm", "message": "m", "yes": "loop1", "no": "loop2"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [Found(.deadEnd, "loop1", nil), Found(.deadEnd, "loop2", nil)])
        #expect(issues[0].message == "no path from this step reaches an end step")
    }

    @Test func questionWithoutChoices() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "q"},
            {"id": "q", "kind": "question", "message": "m", "choices": []},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(Set(issues.map(Found.init)) == [
            Found(.deadEnd, "q", "choices"), Found(.deadEnd, "a", nil), Found(.deadEnd, "q", nil), Found(.unreachableStep, "e", nil),
        ])
    }

    @Test func missingMessagesAndPlaceholders() throws {
        let json = """
            {
              "id": "t",
              "title": "t.title",
              "summary": "nope.summary",
              "start": "q",
              "steps": [
                {"id": "q", "kind": "question", "message": {"id": "door.email", "args": {"wrong": "x"}}, "choices": [
                  {"value": "x", "label": "nope.label", "next": "e"}]},
                {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "door.sure", "args": {"who": "w"}}}
              ]
            }
            """
        var catalog = doorCatalog
        catalog.messages["t.title"] = []
        let issues = try validate(json, messages: catalog)
        #expect(issues.map(Found.init) == [
            Found(.missingMessage, nil, "summary"),
            Found(.missingPlaceholder, "q", "message"),
            Found(.missingMessage, "q", "choices[0].label"),
            Found(.missingPlaceholder, "e", "message"),
        ])
        #expect(issues.map(\.message) == [
            "no message 'nope.summary'",
            "message 'door.email' needs 'who'",
            "no message 'nope.label'",
            "message 'door.sure' needs 'date'",
        ])
        #expect(issues[1].line == 7)
        // Without a message check, no message is checked.
        #expect(try validate(json).isEmpty)
    }

    @Test func variableNeverSet() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "effect", "effect": {"name": "lock", "args": {"count": "$howMany"}}, "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [Found(.unknownVariable, "a", nil)])
        #expect(issues[0].message == "variable '$howMany' is never set by any question or input")
        #expect(issues[0].description == "t.json:7: error: step 'a': variable '$howMany' is never set by any question or input")
    }

    @Test func variableNotSetOnEveryPath() throws {
        let json = definitionJSON(start: "c", """
            {"id": "c", "kind": "confirm", "message": "m", "yes": "n", "no": "join"},
            {"id": "n", "kind": "input", "message": "m", "variable": "count", "type": "integer", "samples": ["1"], "next": "join"},
            {"id": "join", "kind": "effect", "effect": {"name": "lock", "args": {"count": "$count"}}, "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"n": "$count"}}}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [Found(.unknownVariable, "join", nil), Found(.unknownVariable, "e", nil)])
        #expect(issues[0].message == "variable '$count' is not set on every path to this step")
    }

    @Test func initialVariablesAreSetOnEveryPath() throws {
        let steps = """
            {"id": "c", "kind": "confirm", "message": "m", "yes": "n", "no": "join"},
            {"id": "n", "kind": "input", "message": "m", "variable": "count", "type": "integer", "samples": ["1"], "next": "join"},
            {"id": "join", "kind": "effect", "effect": {"name": "lock", "args": {"count": "$count"}}, "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"n": "$count", "w": "$who"}}}
            """
        let preset = try validate(definitionJSON(start: "c", steps, extra: #" "variables": {"count": 1, "who": "x"},"#))
        #expect(preset.isEmpty)
        let partly = try validate(definitionJSON(start: "c", steps, extra: #" "variables": {"count": 1},"#))
        #expect(partly.map(\.message) == ["variable '$who' is never set by any question or input"])
    }

    @Test func variableReadByItsOwnStep() throws {
        let json = definitionJSON(start: "n", """
            {"id": "n", "kind": "input", "message": {"id": "m", "args": {"n": "$n"}}, "variable": "n", "type": "text", "samples": ["1"], "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"n": "$n"}}}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [Found(.unknownVariable, "n", nil)])
        #expect(issues[0].message == "variable '$n' is not set on every path to this step")
    }

    @Test func variableSetOnEveryPathThroughALoop() throws {
        let json = definitionJSON(start: "n", """
            {"id": "n", "kind": "input", "message": "m", "variable": "n", "type": "text", "samples": ["1"], "next": "c"},
            {"id": "c", "kind": "confirm", "message": {"id": "m", "args": {"n": "$n"}}, "yes": "e", "no": "n"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"n": "$n"}}}
            """)
        #expect(try validate(json).isEmpty)
    }

    @Test func inputsNeedSamplesOrOptions() throws {
        let json = definitionJSON(start: "free", """
            {"id": "free", "kind": "input", "message": "m", "variable": "a", "type": "text", "next": "opt"},
            {"id": "opt", "kind": "input", "message": "m", "variable": "b", "type": "option", "samples": ["Ann"], "next": "listed"},
            {"id": "listed", "kind": "input", "message": "m", "variable": "c", "type": "text", "options": {"query": "names"}, "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [Found(.noSamples, "free", "samples"), Found(.badArguments, "opt", "options")])
        #expect(issues.map(\.message) == [
            "a free input needs sample answers for path exploration",
            "an option input needs an options query",
        ])
    }

    @Test func duplicateChoiceValue() throws {
        let json = definitionJSON(start: "q", """
            {"id": "q", "kind": "question", "message": "m", "choices": [
              {"value": "x", "label": "l", "next": "e"}, {"value": "y", "label": "l", "next": "e"}, {"value": "x", "label": "l", "next": "e"}]},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let issues = try validate(json)
        #expect(issues.map(Found.init) == [Found(.duplicateStep, "q", "choices[2].value")])
        #expect(issues[0].message == "choice value 'x' appears twice")
    }
}
