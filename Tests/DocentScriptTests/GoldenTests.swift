import DocentKit
import DocentLocalization
import DocentScript
import Foundation
import Testing

/// Every format of three procedures in every language, against golden files
/// (`DOCENT_UPDATE_GOLDEN=1 swift test --filter DocentScriptTests` rewrites them).
@Suite struct GoldenTests {
    @Test(arguments: Language.allCases)
    func scripts(_ language: Language) throws {
        for procedure in goldenProcedures {
            let page = try page(procedure, [language])
            for format in ScriptFormat.allCases {
                let name = "\(procedure).\(language.rawValue).\(format.fileExtension)"
                #expect(try matchesGolden(page.render(format), name), "\(name) differs from its golden file")
            }
        }
    }

    @Test(arguments: Language.allCases)
    func graphs(_ language: Language) throws {
        let library = try library()
        for procedure in goldenProcedures {
            let graph = ProcedureGraph(definition: try library.definition(procedure), wording: Wording(catalogs: library.catalogs, language: language))
            for format in GraphFormat.allCases {
                let name = "\(procedure).\(language.rawValue).graph.\(format.rawValue)"
                #expect(try matchesGolden(GraphExporter(graph: graph).render(format), name), "\(name) differs from its golden file")
            }
        }
    }

    @Test func sideBySide() throws {
        let page = try page("zendesk-cancel-account", [.fr, .en])
        for format in ScriptFormat.allCases {
            #expect(try matchesGolden(page.render(format), "zendesk-cancel-account.fr-en.\(format.fileExtension)"))
        }
    }
}
