import CLibXML2
import DocentKit
import DocentLocalization
import DocentModel
import DocentScript
import DocentWorkflow
import Foundation
import Testing

@Suite struct TextTests {
    @Test(arguments: Language.allCases)
    func everyScriptFitsEightyColumns(_ language: Language) throws {
        let library = try library()
        for definition in library.definitions {
            for languages in [[language], [language, language == .en ? .fr : .en]] {
                let text = try page(definition.id, languages).render(.text)
                for line in text.split(separator: "\n") {
                    #expect(line.count <= 80, "\(definition.id) \(languages): \(line.count) columns: \(line)")
                }
                #expect(!text.contains("{"), "\(definition.id): a raw placeholder is left")
                #expect(!text.contains("\u{E000}"), "\(definition.id): a stand-in is left")
            }
        }
    }

    @Test func accentsCountOnceWhenWrapping() throws {
        // Decomposed é (e + U+0301) is one character on screen.
        let word = "Re\u{301}sume\u{301}"
        let lines = TextWrapper.wrapForTesting(Array(repeating: word, count: 20).joined(separator: " "), width: 20)
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.first == "Résumé Résumé Résumé".decomposedStringWithCanonicalMapping)
    }
}

@Suite struct HTMLTests {
    @Test(arguments: Language.allCases)
    func pagesAreWellFormed(_ language: Language) throws {
        let library = try library()
        for definition in library.definitions {
            let html = try page(definition.id, [language, language == .en ? .sv : .en]).render(.html)
            let document = try #require(ParsedDocument(html: html))
            #expect(document.errors == 0, "\(definition.id): \(document.firstError)")
            #expect(document.nodes("//html[@lang='\(language.rawValue)']").count == 1)
            #expect(document.nodes("//script").count == 1, "one inline script")
            #expect(document.nodes("//script[@src] | //link | //img | //iframe").isEmpty, "nothing loaded from outside")
            #expect(document.nodes("//svg").count == 1, "the diagram is inline SVG")
            for fork in document.nodes("//li[contains(@class,'fork')]") {
                let buttons = document.nodesIn(fork, "div[@class='answers']/button[@type='button'][@aria-expanded][@aria-controls]")
                let branches = document.nodesIn(fork, "div[@class='branches']/div[@class='branch']")
                #expect(buttons.count == branches.count && !buttons.isEmpty, "\(definition.id): a fork's buttons match its branches")
            }
            #expect(document.nodes("//span[@class='t'][not(@lang)]").isEmpty, "every text says its language")
        }
    }

    @Test func accountValuesAreEscaped() throws {
        let library = try library()
        let demo = try library.account("zendesk-self-service")
        guard case .zendesk(var zendesk) = demo.account else { Issue.record("not a Zendesk demo"); return }
        zendesk.name = "O'Brien & Co <script>alert(1)</script>"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docent-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("account.json")
        try AccountStore.save(.zendesk(zendesk), to: file)
        let loaded = try library.account(file.path)
        let html = try page("zendesk-cancel-account", [.en], account: loaded).render(.html)
        #expect(!html.contains("<script>alert"))
        let document = try #require(ParsedDocument(html: html))
        #expect(document.errors == 0, "\(document.firstError)")
        #expect(document.nodes("//script").count == 1)
        let text = document.nodes("//body").map(ParsedDocument.text).joined()
        #expect(text.contains("O'Brien & Co <script>alert(1)</script>"), "the name reads as text")
        let markdown = try page("zendesk-cancel-account", [.en], account: loaded).render(.markdown)
        #expect(markdown.contains("O'Brien & Co \\<script\\>alert(1)\\</script\\>"))
    }
}

@Suite struct NarrowingTests {
    func items(_ script: Script) -> [ScriptItem] {
        var all: [ScriptItem] = []
        func visit(_ items: [ScriptItem]) {
            for item in items {
                all.append(item)
                if case .fork(let fork) = item { fork.branches.forEach { visit($0.items) } }
            }
        }
        visit(script.items)
        return all
    }

    func script(_ procedure: String, _ account: String, as actor: String? = nil) throws -> Script {
        let library = try library()
        return try ScriptBuilder.script(procedure, in: library, account: try library.account(account), actor: actor, today: fixedDay)
    }

    @Test func legacySalesHubGoesToTheCustomerSuccessManager() throws {
        let script = try script("remove-seats", "legacy-csm")
        #expect(script.handoffs.count == 1)
        #expect(script.expectedResults.isEmpty)
        let facts = items(script).compactMap { item -> [Fact]? in if case .checked(_, let facts, _) = item { return facts } else { return nil } }
        #expect(facts.joined().contains { $0.question.id == "script.guard.hasLegacySalesHubSubscription" && $0.holds })
    }

    @Test func spareSeatsAreRemovedByTheCustomer() throws {
        let script = try script("remove-seats", "legacy-spare")
        #expect(script.handoffs.isEmpty)
        #expect(!script.expectedResults.isEmpty)
        #expect(script.requirements.allSatisfy { $0.met == true })
    }

    @Test func onlyTheOwnerCancelsAZendeskAccount() throws {
        let owner = try script("zendesk-cancel-account", "zendesk-self-service")
        #expect(owner.requirements.allSatisfy { $0.met == true })
        let admin = try script("zendesk-cancel-account", "zendesk-self-service", as: "ines@lumen.example")
        #expect(admin.requirements.contains { $0.met == false })
        guard case .end(_, .refused, _)? = admin.items.first else { Issue.record("expected the refusal"); return }
        #expect(admin.items.count == 1)
    }

    @Test func legacyAccountsAreNotAskedForASeatType() throws {
        let script = try script("create-user", "legacy-full")
        #expect(!items(script).contains { $0.step == "seat" }, "the seat question belongs to seat-based accounts")
        let seatBased = try self.script("create-user", "seats-single-core")
        #expect(items(seatBased).contains { $0.step == "seat" })
    }

    @Test func everyProcedureNarrowsOnEveryDemo() throws {
        let library = try library()
        for definition in library.definitions {
            for demo in library.demos {
                if case .zendesk(let z) = demo.account, z.cancelledOn != nil { continue }
                let script = try ScriptBuilder.script(definition.id, in: library, account: demo, today: fixedDay)
                #expect(!script.items.isEmpty, "\(definition.id) on \(demo.name)")
                #expect(script.narrowing != nil)
            }
        }
    }
}

@Suite struct GraphTests {
    @Test(arguments: Language.allCases)
    func scxmlKeepsEveryStateAndTransition(_ language: Language) throws {
        let library = try library()
        for definition in library.definitions {
            let graph = ProcedureGraph(definition: definition, wording: Wording(catalogs: library.catalogs, language: language))
            let document = try #require(ParsedDocument(xml: GraphExporter(graph: graph).scxml()))
            #expect(document.errors == 0, "\(definition.id): \(document.firstError)")
            let states = document.nodes("/s:scxml/s:state | /s:scxml/s:final").compactMap { ParsedDocument.attribute($0, "id") }
            #expect(states == definition.steps.map(\.id), "\(definition.id): states")
            var transitions: [String] = []
            for state in document.nodes("/s:scxml/s:state") {
                let from = ParsedDocument.attribute(state, "id") ?? ""
                for transition in document.nodesIn(state, "s:transition") {
                    transitions.append(from + "->" + (ParsedDocument.attribute(transition, "target") ?? ""))
                }
            }
            let expected = definition.steps.flatMap { step in step.successors.map { step.id + "->" + $0 } }
            #expect(transitions == expected, "\(definition.id): transitions")
            #expect(document.nodes("/s:scxml/@initial").map(ParsedDocument.text) == [definition.start])
            let titled = document.nodes("/s:scxml/*[@d:title != '']").count
            #expect(titled == definition.steps.count, "every state has a title")
        }
    }

    @Test(.enabled(if: program("dot") != nil, "Graphviz's dot is not installed (apt-get install graphviz)"), arguments: Language.allCases)
    func graphvizAcceptsTheDOT(_ language: Language) throws {
        let library = try library()
        let dot = try #require(program("dot"))
        for definition in library.definitions {
            let graph = ProcedureGraph(definition: definition, wording: Wording(catalogs: library.catalogs, language: language))
            let result = try run(dot, ["-Tsvg"], input: GraphExporter(graph: graph).dot())
            #expect(result.status == 0, "\(definition.id): \(result.err)")
            #expect(result.out.contains("<svg"))
        }
    }

    @Test func mermaidHasEveryNodeAndEdge() throws {
        let library = try library()
        for definition in library.definitions {
            let graph = ProcedureGraph(definition: definition, wording: Wording(catalogs: library.catalogs, language: .fr))
            let text = GraphExporter(graph: graph).mermaid()
            #expect(text.components(separatedBy: "-->").count - 1 == graph.edges.count)
            #expect(text.split(separator: "\n").filter { $0.hasPrefix("  %% ") }.count == graph.nodes.count)
        }
    }
}

extension ParsedDocument {
    /// The nodes an XPath expression selects relative to `node`.
    func nodesIn(_ node: xmlNodePtr, _ expression: String) -> [xmlNodePtr] {
        guard let context = xmlXPathNewContext(pointer) else { return [] }
        defer { xmlXPathFreeContext(context) }
        xmlXPathRegisterNs(context, "s", "http://www.w3.org/2005/07/scxml")
        context.pointee.node = node
        guard let result = xmlXPathEvalExpression(expression, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
    }
}
