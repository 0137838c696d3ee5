import DocentKit
import DocentLocalization
import DocentModel
import DocentTestSupport
import DocentWorkflow
import Testing

/// Every path of every procedure, on every demo account, as every user, in every language.
@Suite("Exploration")
struct ExplorationTests {
    static let procedures: [String] = (try? DocentLibrary.bundled().definitions.map(\.id)) ?? []

    @Test("the exploration has every procedure to explore")
    func proceduresAreListed() {
        #expect(Self.procedures.count == 13, "the bundled library did not load, so the exploration below would run no case")
        #expect((try? DocentLibrary.bundled().demos.map(\.name))?.contains("legacy-empty") == true, "the edge-case account is explored")
    }

    @Test("every path ends, keeps the model's invariants and speaks every language", arguments: procedures)
    func explore(_ procedure: String) throws {
        let library = try DocentTestSupport.library()
        let definition = try library.definition(procedure)
        let narrators = Language.allCases.map { Narrator(catalogs: library.catalogs, language: $0) }
        let sameAsSource = Self.identicalToSource(library.catalogs)
        var outcomes: [Outcome: Int] = [:]
        var paths = 0
        for demo in library.demos {
            for actor in demo.userEmails {
                let start = try library.startWalk(procedure, on: demo, as: actor, today: DocentTestSupport.today)
                let exploration = try Explorer<Situation>().explore(definition, bindings: library.bindings, from: start.state) { walk in
                    expectSound(walk.state.account, "in \(procedure) on \(demo.name) as \(actor) after \(walk.answers)")
                    // A walk's effects are one transaction: an ending that discards them leaves the account as it was.
                    if let ending = walk.ending, !ending.keepsEffects {
                        #expect(walk.state == start.state, "\(procedure) on \(demo.name) as \(actor) ended \(ending.outcome) at \(ending.step) with changes")
                    }
                    try Self.expectSpoken(walk, narrators: narrators, sameAsSource: sameAsSource, context: "\(procedure)/\(demo.name)/\(actor)")
                }
                #expect(!exploration.paths.isEmpty)
                for path in exploration.paths { outcomes[path.outcome, default: 0] += 1 }
                paths += exploration.paths.count
            }
        }
        // Every procedure can be completed by someone on some account, and refuses someone somewhere.
        #expect(outcomes[.completed, default: 0] > 0, "\(procedure) never completes: \(outcomes)")
        #expect(outcomes[.refused, default: 0] > 0, "\(procedure) never refuses: \(outcomes)")
        #expect(paths > 0)
    }

    /// Renders what the walk shows in all five languages and checks the words.
    static func expectSpoken(_ walk: Walk<Situation>, narrators: [Narrator], sameAsSource: Set<String>, context: String) throws {
        var english: [String] = []
        for narrator in narrators {
            let texts = try DocentTestSupport.texts(of: walk, narrator: narrator)
            for (id, text) in texts {
                #expect(!text.contains("{") && !text.contains("}"), "unformatted placeholder in \(narrator.language) \(id): \(text) (\(context))")
                #expect(!text.isEmpty, "empty text for \(id) in \(narrator.language)")
            }
            if narrator.language == .en {
                english = texts.map(\.text)
                continue
            }
            for (index, (id, text)) in texts.enumerated() where index < english.count {
                if sameAsSource.contains(id) || id.hasPrefix("error.internal") { continue }
                #expect(text != english[index], "English left in \(narrator.language) for \(id): \(text) (\(context))")
            }
        }
    }

    /// Ids of messages that any target catalog marks as legitimately identical to English.
    static func identicalToSource(_ catalogs: CatalogSet) -> Set<String> {
        var ids: Set<String> = []
        for language in Language.allCases where language != .en {
            for unit in catalogs.catalog(language).units where unit.hasNote(category: "qa", text: CatalogAudit.identicalToSourceNote) {
                ids.insert(unit.id)
            }
        }
        return ids
    }
}
