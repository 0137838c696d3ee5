import DocentLocalization
import DocentWorkflow
import Foundation

extension DocentLibrary {
    /// Loads a draft folder written by ``ProcedureDraft/write(to:)`` (one `<id>.json` and one
    /// `<lang>.xlf`) and validates it with Docent's bindings, its messages looked up in the
    /// draft's catalog, then in Docent's catalog of the draft's language.
    ///
    /// - Throws: ``KitError/invalidBundle(_:)`` listing every problem, or a definition or catalog error.
    public func loadDraft(at folder: URL) throws -> LoadedDraft {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let definitions = names.filter { $0.hasSuffix(".json") }
        let catalogFiles = names.filter { $0.hasSuffix(".xlf") }
        guard definitions.count == 1, catalogFiles.count == 1, let definitionName = definitions.first, let catalogName = catalogFiles.first else {
            throw KitError.invalidBundle(["\(folder.path): error: a draft folder holds one definition (.json) and one catalog (.xlf)"])
        }
        let catalog = try Catalog.load(contentsOf: folder.appendingPathComponent(catalogName))
        let url = folder.appendingPathComponent(definitionName)
        let definition = try DefinitionLoader(fragmentsDirectory: nil).load(contentsOf: url, file: url.path)
        let data = try Data(contentsOf: url)
        let lines = Dictionary(
            definition.steps.compactMap { step in DefinitionLoader.line(ofStep: step.id, in: data).map { (step.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        let check = DraftMessageCheck(draft: catalog, bundled: self.catalogs.catalog(catalog.language))
        let issues = Validator(signatures: bindings.signatures, messages: check, lines: lines).validate(definition)
        if !issues.isEmpty { throw KitError.invalidBundle(issues.map(\.description)) }
        return LoadedDraft(definition: definition, catalog: catalog)
    }

}
