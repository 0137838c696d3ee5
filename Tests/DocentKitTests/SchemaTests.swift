import DocentKit
import DocentTestSupport
import DocentWorkflow
import Foundation
import Testing

/// The JSON Schema of the definition format (`Resources/schema/procedure.schema.json`) says what
/// the loader accepts: the same keys at the top and for every step kind.
@Suite("Definition JSON Schema")
struct SchemaTests {
    static func schema() throws -> [String: Any] {
        let url = try DocentLibrary.bundledFolders().resources.appendingPathComponent("schema/procedure.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func properties(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test("the schema's top-level keys are the loader's")
    func topLevel() throws {
        let schema = try Self.schema()
        #expect(Self.properties(schema) == DefinitionLoader.definitionKeys)
        #expect(schema["additionalProperties"] as? Bool == false)
    }

    @Test("every step kind takes the same keys in the schema as in the loader", arguments: Step.keysByKind.keys.sorted())
    func stepKinds(kind: String) throws {
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        let step = try #require(definitions[kind] as? [String: Any], "no $defs/\(kind) in the schema")
        #expect(Self.properties(step) == (Step.keysByKind[kind] ?? []).union(["id", "kind"]))
        #expect(step["additionalProperties"] as? Bool == false)
        let kindConstant = (step["properties"] as? [String: Any])?["kind"] as? [String: Any]
        #expect(kindConstant?["const"] as? String == kind)
    }

    @Test("a choice takes the same keys in the schema as in the loader")
    func choices() throws {
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        #expect(Self.properties(definitions["choice"]) == Choice.keys)
    }

    @Test("the schema lists every step kind and every input type the loader knows")
    func enumerations() throws {
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        let kinds = ((definitions["step"] as? [String: Any])?["oneOf"] as? [[String: String]])?.compactMap { $0["$ref"]?.components(separatedBy: "/").last }
        #expect(Set(kinds ?? []) == Set(Step.keysByKind.keys))
        let input = (definitions["input"] as? [String: Any])?["properties"] as? [String: Any]
        #expect(((input?["type"] as? [String: Any])?["enum"] as? [String]) == Step.inputTypeNames)
    }

    @Test("the bundled library validates, and a misspelled key or seat type is caught at load")
    func bundleValidates() throws {
        #expect(try DocentTestSupport.library().validate() == [])
        let loader = DefinitionLoader(fragments: { _ in nil })
        let misspelled = Data(#"{"id": "x", "title": "t", "summary": "s", "start": "a", "steps": [{"id": "a", "kind": "decide", "branches": [{"wehn": "hasPaidSeats", "next": "a"}], "otherwise": "a"}]}"#.utf8)
        #expect(throws: DefinitionError.self) { try loader.decode(misspelled, file: "x.json") }
        do {
            _ = try loader.decode(misspelled, file: "x.json")
        } catch {
            #expect("\(error)".contains("unknown key 'wehn'") && "\(error)".contains("did you mean 'when'"), "\(error)")
        }
        let typo = Data(#"{"id": "x", "title": "assign-seat.title", "summary": "assign-seat.summary", "start": "a", "steps": [{"id": "a", "kind": "decide", "branches": [{"when": {"name": "subscribedTo", "args": {"type": "sales-hubb"}}, "next": "b"}], "otherwise": "b"}, {"id": "b", "kind": "end", "outcome": "completed", "message": "common.nothing-changed"}]}"#.utf8)
        let definition = try loader.decode(typo, file: "x.json")
        let issues = Validator(signatures: try DocentTestSupport.library().bindings.signatures).validate(definition)
        #expect(issues.map(\.description).contains { $0.contains("'sales-hubb'") && $0.contains("did you mean 'sales-hub'") }, "\(issues)")
    }
}
