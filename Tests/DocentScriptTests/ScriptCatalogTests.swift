import DocentKit
import DocentLocalization
import Testing

/// Every guard a definition can use has the words a script asks it with, in every language.
@Suite("Script words for every guard")
struct ScriptCatalogTests {
    @Test("each bound guard has a script.guard unit in every catalog", arguments: Language.allCases)
    func everyGuardIsWorded(language: Language) throws {
        let library = try DocentLibrary.bundled()
        let catalog = library.catalogs.catalog(language)
        for name in library.bindings.signatures.guards.keys.sorted() {
            #expect(catalog[id: "script.guard.\(name)"] != nil, "script.guard.\(name) is missing in \(language)")
        }
    }
}
