import Foundation
import Testing
@testable import DocentWorkflow

@Suite("Loader: step kinds and shorthands")
struct LoaderDecodingTests {
    @Test func definitionHeader() throws {
        let definition = try doorDefinition()
        #expect(definition.id == "door")
        #expect(definition.title == MessageReference(id: "door.title"))
        #expect(definition.summary == MessageReference(id: "door.summary", arguments: ["locks": .query(Call(name: "locks"))]))
        #expect(definition.tags == ["demo", "toy"])
        #expect(definition.start == "check")
        #expect(definition.file == "door.json")
        #expect(definition.steps.map(\.id) == [
            "check", "already", "intro", "mode", "who", "email", "when", "sure", "open", "opened", "cancelled",
            "count", "lock", "locked", "unlock",
        ])
    }

    @Test func tagsDefaultToEmpty() throws {
        let definition = try load(definitionJSON(start: "e", #"{"id": "e", "kind": "end", "outcome": "completed", "message": "m"}"#))
        #expect(definition.tags == [])
    }

    @Test func instruction() throws {
        let step = try #require(try doorDefinition().step("intro"))
        #expect(step.kind == .instruction(MessageReference(id: "door.intro"), next: "mode"))
        #expect(step.kindName == "instruction")
        #expect(step.isPrompt)
        #expect(step.successors == ["mode"])
    }

    @Test func question() throws {
        let step = try #require(try doorDefinition().step("mode"))
        #expect(step.kind == .question(
            MessageReference(id: "door.mode"), variable: "mode",
            choices: [
                Choice(value: "open", label: MessageReference(id: "door.mode.open"), next: "who"),
                Choice(value: "lock", label: MessageReference(id: "door.mode.lock"), next: "count"),
                Choice(value: "unlock", label: MessageReference(id: "door.mode.unlock"), next: "unlock", when: .call(Call(name: "isLocked"))),
            ]))
        #expect(step.successors == ["who", "count", "unlock"])
    }

    @Test func questionWithoutVariable() throws {
        let definition = try load(definitionJSON(start: "q", """
            {"id": "q", "kind": "question", "message": "m", "choices": [{"value": "a", "label": "l", "next": "e"}]},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        #expect(definition.step("q")?.kind == .question(
            MessageReference(id: "m"), variable: nil, choices: [Choice(value: "a", label: MessageReference(id: "l"), next: "e")]))
    }

    @Test func inputs() throws {
        let definition = try doorDefinition()
        #expect(definition.step("who")?.kind == .input(Input(
            message: MessageReference(id: "door.who"), variable: "who", type: .option, options: .query(Call(name: "names")),
            samples: [], next: "email")))
        #expect(definition.step("email")?.kind == .input(Input(
            message: MessageReference(id: "door.email", arguments: ["who": .variable("who")]), variable: "email", type: .email,
            samples: ["ann@example.com", "not-an-email"], next: "when")))
        #expect(definition.step("when")?.kind == .input(Input(
            message: MessageReference(id: "door.when"), variable: "date", type: .date, samples: ["2026-01-31"], next: "sure")))
        #expect(definition.step("count")?.kind == .input(Input(
            message: MessageReference(id: "door.count"), variable: "count", type: .integer(minimum: nil, maximum: nil),
            minimum: .literal(.int(1)), maximum: .literal(.int(3)), samples: ["1", "3", "9"], next: "lock")))
    }

    @Test func textAndUnboundedIntegerInputs() throws {
        let definition = try load(definitionJSON(start: "a", """
            {"id": "a", "kind": "input", "message": "m", "variable": "a", "type": "text", "samples": ["x"], "next": "b"},
            {"id": "b", "kind": "input", "message": "m", "variable": "b", "type": "integer", "samples": ["1"], "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        #expect(definition.step("a")?.kind == .input(Input(message: MessageReference(id: "m"), variable: "a", type: .text, samples: ["x"], next: "b")))
        #expect(definition.step("b")?.kind == .input(Input(
            message: MessageReference(id: "m"), variable: "b", type: .integer(minimum: nil, maximum: nil), samples: ["1"], next: "e")))
    }

    @Test func confirm() throws {
        let step = try #require(try doorDefinition().step("sure"))
        #expect(step.kind == .confirm(
            MessageReference(id: "door.sure", arguments: ["who": .variable("who"), "date": .variable("date")]), yes: "open", no: "cancelled"))
        #expect(step.successors == ["open", "cancelled"])
    }

    @Test func effects() throws {
        let definition = try doorDefinition()
        #expect(definition.step("open")?.kind == .effect(Call(name: "open"), next: "opened", onError: nil))
        #expect(definition.step("lock")?.kind == .effect(Call(name: "lock", arguments: ["count": .variable("count")]), next: "locked", onError: nil))
        #expect(definition.step("open")?.isPrompt == false)
        #expect(definition.step("open")?.message == nil)
    }

    @Test func effectWithOnError() throws {
        let definition = try load(definitionJSON(start: "x", """
            {"id": "x", "kind": "effect", "effect": "open", "next": "e", "onError": "f"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"},
            {"id": "f", "kind": "end", "outcome": "refused", "message": "m"}
            """))
        let step = try #require(definition.step("x"))
        #expect(step.kind == .effect(Call(name: "open"), next: "e", onError: "f"))
        #expect(step.successors == ["e", "f"])
    }

    @Test func decide() throws {
        let step = try #require(try doorDefinition().step("check"))
        #expect(step.kind == .decide([Branch(when: .call(Call(name: "isOpen")), next: "already")], otherwise: "intro"))
        #expect(step.successors == ["already", "intro"])
        #expect(step.isPrompt == false)
    }

    @Test(arguments: Outcome.allCases)
    func end(outcome: Outcome) throws {
        let definition = try load(definitionJSON(start: "e", """
            {"id": "e", "kind": "end", "outcome": "\(outcome.rawValue)", "message": "bye"}
            """))
        let step = try #require(definition.step("e"))
        #expect(step.kind == .end(outcome, MessageReference(id: "bye"), refusal: nil))
        #expect(step.successors == [])
        #expect(step.message == MessageReference(id: "bye"))
    }

    @Test func messageObjectFormWithoutArgs() throws {
        let definition = try load(definitionJSON(start: "e", #"{"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "bye"}}"#))
        #expect(definition.step("e")?.message == MessageReference(id: "bye", arguments: [:]))
    }

    @Test func callObjectFormWithoutArgsEqualsStringForm() throws {
        let definition = try load(definitionJSON(start: "x", """
            {"id": "x", "kind": "effect", "effect": {"name": "unlock"}, "next": "y"},
            {"id": "y", "kind": "effect", "effect": "unlock", "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """))
        #expect(definition.step("x")?.kind == .effect(Call(name: "unlock"), next: "y", onError: nil))
        #expect(definition.step("y")?.kind == .effect(Call(name: "unlock"), next: "e", onError: nil))
    }

    @Test func expressions() throws {
        let definition = try load(definitionJSON(start: "e", """
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {
              "variable": "$who",
              "dollar": "$$5 off",
              "text": "plain",
              "number": 7,
              "flag": true,
              "list": ["a", 1],
              "query": {"query": "names", "args": {"prefix": "$who", "limit": 2}}
            }}}
            """))
        let arguments = try #require(definition.step("e")?.message?.arguments)
        #expect(arguments["variable"] == .variable("who"))
        #expect(arguments["dollar"] == .literal(.string("$5 off")))
        #expect(arguments["text"] == .literal(.string("plain")))
        #expect(arguments["number"] == .literal(.int(7)))
        #expect(arguments["flag"] == .literal(.bool(true)))
        #expect(arguments["list"] == .literal(.list([.string("a"), .int(1)])))
        #expect(arguments["query"] == .query(Call(name: "names", arguments: ["prefix": .variable("who"), "limit": .literal(.int(2))])))
        #expect(arguments["query"]?.variables == ["who"])
        #expect(arguments.count == 7)
    }

    @Test func zeroAndOneAreIntegersNotBooleans() throws {
        let definition = try load(definitionJSON(start: "e", """
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"zero": 0, "one": 1, "no": false, "digits": "1"}}}
            """))
        let arguments = try #require(definition.step("e")?.message?.arguments)
        #expect(arguments["zero"] == .literal(.int(0)))
        #expect(arguments["one"] == .literal(.int(1)))
        #expect(arguments["no"] == .literal(.bool(false)))
        #expect(arguments["digits"] == .literal(.string("1")))
    }

    @Test func fractionalLiteralIsADecimal() throws {
        let definition = try load(definitionJSON(start: "e", """
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"x": 1.5, "y": 2.0}}}
            """))
        let arguments = try #require(definition.step("e")?.message?.arguments)
        #expect(arguments["x"] == .literal(.decimal("1.5")))
        #expect(arguments["y"] == .literal(.int(2)))
        #expect(Value.decimal("1.5").text == "1.5")
    }

    @Test func objectWithoutQueryIsRejected() throws {
        let error = try #require(loadError(definitionJSON(start: "e", """
            {"id": "e", "kind": "end", "outcome": "completed", "message": {"id": "m", "args": {"x": {"name": "locks"}}}}
            """)))
        #expect(error.kind == .malformed)
        #expect(error.step == "e")
        #expect(error.field == "message.args.x")
    }

    @Test func initialVariables() throws {
        let definition = try load(definitionJSON(start: "e", """
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """, extra: #" "variables": {"count": 2, "who": "nobody", "$raw": "$$x"},"#))
        #expect(definition.variables == ["count": .int(2), "who": .string("nobody"), "$raw": .string("$$x")])
        #expect(try load(definitionJSON(start: "e", #"{"id": "e", "kind": "end", "outcome": "completed", "message": "m"}"#)).variables == [:])
    }

    @Test func expressionsRoundTripThroughJSON() throws {
        let expressions: [DocentWorkflow.Expression] = [
            .variable("who"), .literal(.string("$5 off")), .literal(.string("plain")), .literal(.int(3)), .literal(.bool(false)),
            .query(Call(name: "names", arguments: ["prefix": .variable("p")])),
        ]
        let data = try JSONEncoder().encode(expressions)
        #expect(try JSONDecoder().decode([DocentWorkflow.Expression].self, from: data) == expressions)
    }

    @Test func stepsRoundTripThroughJSON() throws {
        let steps = try doorDefinition().steps
        let data = try JSONEncoder().encode(steps)
        #expect(try JSONDecoder().decode([Step].self, from: data) == steps)
    }
}

@Suite("Loader: fragments")
struct LoaderFragmentTests {
    static let fragment = """
        {
          "id": "unlock-first",
          "start": "ask",
          "exits": ["done", "gave-up"],
          "steps": [
            {"id": "ask", "kind": "confirm", "message": "frag.ask", "yes": "do", "no": "@gave-up"},
            {"id": "do", "kind": "effect", "effect": "unlock", "next": "@done", "onError": "ask"},
            {"id": "pick", "kind": "question", "message": "frag.pick", "choices": [
              {"value": "a", "label": "frag.a", "next": "@done"}, {"value": "b", "label": "frag.b", "next": "ask"}]},
            {"id": "route", "kind": "decide", "branches": [{"when": "isLocked", "next": "do"}], "otherwise": "@done"},
            {"id": "tell", "kind": "instruction", "message": "frag.tell", "next": "route"},
            {"id": "n", "kind": "input", "message": "frag.n", "variable": "n", "type": "text", "samples": ["x"], "next": "tell"}
          ]
        }
        """

    static func including(_ inclusion: String) -> String {
        """
        {
          "id": "t",
          "title": "t.title",
          "summary": "t.summary",
          "start": "begin",
          "include": [\(inclusion)],
          "steps": [
            {"id": "begin", "kind": "instruction", "message": "m", "next": "u.ask"},
            {"id": "open", "kind": "end", "outcome": "completed", "message": "m"},
            {"id": "stop", "kind": "end", "outcome": "cancelled", "message": "m"}
          ]
        }
        """
    }

    @Test func includeWithPrefixAndExits() throws {
        let definition = try load(
            Self.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open", "gave-up": "stop"}}"#),
            fragments: ["unlock-first": Self.fragment])
        #expect(definition.steps.map(\.id) == ["begin", "open", "stop", "u.ask", "u.do", "u.pick", "u.route", "u.tell", "u.n"])
        #expect(definition.step("u.ask")?.kind == .confirm(MessageReference(id: "frag.ask"), yes: "u.do", no: "stop"))
        #expect(definition.step("u.do")?.kind == .effect(Call(name: "unlock"), next: "open", onError: "u.ask"))
        #expect(definition.step("u.pick")?.successors == ["open", "u.ask"])
        #expect(definition.step("u.route")?.kind == .decide([Branch(when: .call(Call(name: "isLocked")), next: "u.do")], otherwise: "open"))
        #expect(definition.step("u.tell")?.kind == .instruction(MessageReference(id: "frag.tell"), next: "u.route"))
        #expect(definition.step("u.n")?.successors == ["u.tell"])
        // Messages and variables are not prefixed.
        if case .input(let input)? = definition.step("u.n")?.kind {
            #expect(input.variable == "n")
        } else {
            Issue.record("u.n is not an input")
        }
    }

    @Test func prefixDefaultsToFragmentID() throws {
        let json = Self.including(#"{"fragment": "unlock-first", "exits": {"done": "open", "gave-up": "stop"}}"#)
            .replacingOccurrences(of: "\"u.ask\"", with: "\"unlock-first.ask\"")
        let definition = try load(json, fragments: ["unlock-first": Self.fragment])
        #expect(definition.step("unlock-first.ask")?.kind == .confirm(MessageReference(id: "frag.ask"), yes: "unlock-first.do", no: "stop"))
        #expect(definition.step("u.ask") == nil)
    }

    @Test func includedDefinitionWalks() throws {
        let definition = try load(
            Self.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open", "gave-up": "stop"}}"#),
            fragments: ["unlock-first": Self.fragment])
        let walk = try Walk(definition: definition, bindings: doorBindings(), state: Door(locks: 2)).answering(all: ["ok", "yes"])
        #expect(walk.ending?.step == "open")
        #expect(walk.state == Door(open: false, locks: 0))
        #expect(walk.transcript.map(\.step) == ["begin", "u.ask", "u.do", "open"])
    }

    @Test func missingFragment() throws {
        let json = Self.including(#"{"fragment": "nowhere", "exits": {}}"#)
        let error = try #require(loadError(json, fragments: ["unlock-first": Self.fragment]))
        #expect(error.kind == .badFragment)
        #expect(error.file == "door.json")
        #expect(error.field == "include")
        #expect(error.line == 6)
        #expect(error.message == "no fragment named 'nowhere'")
        #expect(error.description == "door.json:6: error: field 'include': no fragment named 'nowhere'")
    }

    @Test func unmappedExit() throws {
        let json = Self.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open"}}"#)
        let error = try #require(loadError(json, fragments: ["unlock-first": Self.fragment]))
        #expect(error.kind == .badFragment)
        #expect(error.file == "door.json")
        #expect(error.field == "include")
        #expect(error.message == "fragment 'unlock-first' needs a step for its exit 'gave-up'")
    }

    @Test func exitTheFragmentDoesNotDeclare() throws {
        let fragment = Self.fragment.replacingOccurrences(of: "\"no\": \"@gave-up\"", with: "\"no\": \"@elsewhere\"")
        let json = Self.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open", "gave-up": "stop"}}"#)
        let error = try #require(loadError(json, fragments: ["unlock-first": fragment]))
        #expect(error.kind == .badFragment)
        #expect(error.file == "fragments/unlock-first.json")
        #expect(error.message == "'@elsewhere' is not one of the fragment's exits [\"done\", \"gave-up\"]")
    }

    @Test func malformedFragmentIsReportedAgainstTheFragmentFile() throws {
        let fragment = Self.fragment.replacingOccurrences(of: "\"exits\": [\"done\", \"gave-up\"],", with: "")
        let json = Self.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open", "gave-up": "stop"}}"#)
        let error = try #require(loadError(json, fragments: ["unlock-first": fragment]))
        #expect(error.kind == .malformed)
        #expect(error.file == "fragments/unlock-first.json")
        #expect(error.field == "exits")
        #expect(error.message == "is missing")
    }

    @Test func fragmentStepClashingWithDefinitionStep() throws {
        let json = Self.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open", "gave-up": "stop"}}"#)
            .replacingOccurrences(of: #"{"id": "stop""#, with: #"{"id": "u.tell""#)
            .replacingOccurrences(of: #""gave-up": "stop""#, with: #""gave-up": "open""#)
        let error = try #require(loadError(json, fragments: ["unlock-first": Self.fragment]))
        #expect(error.kind == .duplicateStep)
        #expect(error.step == "u.tell")
    }

    @Test func contentHashCoversIncludedFragments() throws {
        let json = Self.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open", "gave-up": "stop"}}"#)
        let first = try load(json, fragments: ["unlock-first": Self.fragment])
        #expect(first.contentHash == SHA256.hex(Array(json.utf8) + Array(Self.fragment.utf8)))
        #expect(first.contentHash != SHA256.hex(Array(json.utf8)))

        let changed = Self.fragment.replacingOccurrences(of: "frag.tell", with: "frag.tell2")
        let second = try load(json, fragments: ["unlock-first": changed])
        #expect(second.contentHash != first.contentHash)
        #expect(second.contentHash == SHA256.hex(Array(json.utf8) + Array(changed.utf8)))

        let again = try load(json, fragments: ["unlock-first": Self.fragment])
        #expect(again.contentHash == first.contentHash)
    }
}

@Suite("Loader: diagnostics")
struct LoaderDiagnosticTests {
    @Test func contentHashIsSHA256OfTheBytes() throws {
        let definition = try doorDefinition()
        #expect(definition.contentHash == SHA256.hex(Array(doorJSON.utf8)))
        #expect(definition.contentHash.count == 64)
        let spaced = try load(doorJSON + "\n")
        #expect(spaced.contentHash != definition.contentHash)
        #expect(spaced.steps == definition.steps)
    }

    @Test func duplicateStepIDs() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"},
            {"id": "a", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let error = try #require(loadError(json))
        #expect(error.kind == .duplicateStep)
        #expect(error.step == "a")
        #expect(error.message == "another step has the same id")
        #expect(error.line == 9)
        #expect(error.description == "door.json:9: error: step 'a': another step has the same id")
    }

    @Test(arguments: [
        #"{"id": "t", "title": "t", "#,
        #"{"id": "t" "title": "t"}"#,
        "",
        "[1, 2]",
    ])
    func malformedJSON(json: String) throws {
        let error = try #require(loadError(json))
        #expect(error.file == "door.json")
        #expect(error.kind == .malformed)
        if json.hasPrefix("{") || json.isEmpty {
            #expect(error.message.hasPrefix("not valid JSON"))
        }
        #expect(error.step == nil)
    }

    @Test func missingField() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "b"},
            {"id": "b", "kind": "instruction", "message": "m"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let error = try #require(loadError(json, file: "procs/door.json"))
        #expect(error.kind == .malformed)
        #expect(error.file == "procs/door.json")
        #expect(error.step == "b")
        #expect(error.field == "next")
        #expect(error.line == 8)
        #expect(error.description == "procs/door.json:8: error: step 'b', field 'next': is missing")
    }

    @Test func wrongType() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "e"},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"},
            {"id": "c", "kind": "instruction", "message": "m",
             "next": 5}
            """)
        let error = try #require(loadError(json))
        #expect(error.kind == .malformed)
        #expect(error.step == "c")
        #expect(error.field == "next")
        #expect(error.line == 9)
        #expect(error.message.hasPrefix("has the wrong type (expected String)"))
        #expect(error.description.hasPrefix("door.json:9: error: step 'c', field 'next': has the wrong type (expected String)"))
    }

    @Test func nestedFieldPath() throws {
        let json = definitionJSON(start: "q", """
            {"id": "q", "kind": "question", "message": "m", "choices": [
              {"value": "a", "label": "l", "next": "e"},
              {"value": "b", "label": "l"}]},
            {"id": "e", "kind": "end", "outcome": "completed", "message": "m"}
            """)
        let error = try #require(loadError(json))
        #expect(error.step == "q")
        #expect(error.field == "choices[1].next")
        #expect(error.line == 7)
        #expect(error.description == "door.json:7: error: step 'q', field 'choices[1].next': is missing")
    }

    @Test func stepWithoutIDIsNamedByPosition() throws {
        let json = definitionJSON(start: "a", """
            {"id": "a", "kind": "instruction", "message": "m", "next": "e"},
            {"kind": "end", "outcome": "completed", "message": "m"}
            """)
        let error = try #require(loadError(json))
        #expect(error.step == "#2")
        #expect(error.field == "id")
        #expect(error.line == nil)
        #expect(error.description == "door.json: error: step '#2', field 'id': is missing")
    }

    @Test func missingTopLevelField() throws {
        let json = """
            {"id": "t", "title": "t", "summary": "s", "steps": []}
            """
        let error = try #require(loadError(json))
        #expect(error.kind == .malformed)
        #expect(error.step == nil)
        #expect(error.field == "start")
        #expect(error.description == "door.json: error: field 'start': is missing")
    }

    @Test func unknownKindAndInputType() throws {
        let badKind = definitionJSON(start: "a", #"{"id": "a", "kind": "teleport", "next": "a"}"#)
        let kindError = try #require(loadError(badKind))
        #expect(kindError.step == "a")
        #expect(kindError.field == "kind")
        #expect(kindError.message.contains("unknown step kind 'teleport'"))

        let badType = definitionJSON(start: "a", """
            {"id": "a", "kind": "input", "message": "m", "variable": "v", "type": "colour", "next": "a"}
            """)
        let typeError = try #require(loadError(badType))
        #expect(typeError.step == "a")
        #expect(typeError.field == "type")
        #expect(typeError.message.contains("unknown input type 'colour'"))
    }

    @Test func unknownOutcome() throws {
        let json = definitionJSON(start: "e", #"{"id": "e", "kind": "end", "outcome": "exploded", "message": "m"}"#)
        let error = try #require(loadError(json))
        #expect(error.kind == .malformed)
        #expect(error.step == "e")
        #expect(error.field == "outcome")
    }

    @Test func descriptionFormats() {
        #expect(DefinitionError(.unknownStep, file: "a.json", line: 3, step: "x", field: "next", message: "oops").description
            == "a.json:3: error: step 'x', field 'next': oops")
        #expect(DefinitionError(.unknownStep, file: "a.json", step: "x", message: "oops").description == "a.json: error: step 'x': oops")
        #expect(DefinitionError(.unreadable, file: "a.json", message: "oops").description == "a.json: error: oops")
    }

    @Test func lineOfStep() {
        let data = Data("{\n  \"steps\": [\n    {\"id\" : \"a\"},\n    { \"id\":\"b\" }\n  ]\n}".utf8)
        #expect(DefinitionLoader.line(ofStep: "a", in: data) == 3)
        #expect(DefinitionLoader.line(ofStep: "b", in: data) == 4)
        #expect(DefinitionLoader.line(ofStep: "c", in: data) == nil)
    }

    @Test func loadsFilesAndFragmentsFromDisk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("docent-wf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fragments = directory.appendingPathComponent("fragments")
        try FileManager.default.createDirectory(at: fragments, withIntermediateDirectories: true)
        try Data(LoaderFragmentTests.fragment.utf8).write(to: fragments.appendingPathComponent("unlock-first.json"))
        let json = LoaderFragmentTests.including(#"{"fragment": "unlock-first", "as": "u", "exits": {"done": "open", "gave-up": "stop"}}"#)
        let file = directory.appendingPathComponent("door.json")
        try Data(json.utf8).write(to: file)

        let loader = DefinitionLoader(fragmentsDirectory: fragments, displayPrefix: "fragments/")
        let definition = try loader.load(contentsOf: file, file: "procedures/door.json")
        #expect(definition.file == "procedures/door.json")
        #expect(definition.steps.count == 9)
        #expect(definition.contentHash == SHA256.hex(Array(json.utf8) + Array(LoaderFragmentTests.fragment.utf8)))

        do {
            _ = try loader.load(contentsOf: directory.appendingPathComponent("absent.json"), file: "absent.json")
            Issue.record("loading a missing file succeeded")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.file == "absent.json")
            #expect(error.underlying != nil)
        }

        let noFragments = DefinitionLoader(fragmentsDirectory: nil)
        do {
            _ = try noFragments.load(contentsOf: file)
            Issue.record("a missing fragment directory loaded the fragment")
        } catch {
            #expect(error.kind == .badFragment)
            #expect(error.file == file.path)
        }
    }
}
