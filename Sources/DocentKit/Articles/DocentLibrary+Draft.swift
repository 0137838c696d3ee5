import DocentLocalization
import DocentWorkflow
import Foundation

extension DocentLibrary {
    /// Loads a draft folder written by ``ProcedureDraft/write(to:)`` (one `<id>.json`, its source
    /// `<lang>.xlf`, and any label translations) and validates it with Docent's bindings, its messages looked up in the
    /// draft's catalog, then in Docent's catalog of the draft's language.
    ///
    /// - Throws: ``KitError/invalidBundle(_:)`` listing every problem, or a definition or catalog error.
    public func loadDraft(at folder: URL) throws -> LoadedDraft {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let definitions = names.filter { $0.hasSuffix(".json") }
        guard definitions.count == 1, let definitionName = definitions.first else {
            throw KitError.invalidBundle(["\(folder.path): error: a draft folder holds one definition (.json) and its catalogs (.xlf)"])
        }
        var loaded: [Catalog] = []
        for name in names.filter({ $0.hasSuffix(".xlf") }).sorted() {
            loaded.append(try Catalog.load(contentsOf: folder.appendingPathComponent(name)))
        }
        let sources = loaded.filter(\.isSource)
        guard sources.count == 1, let catalog = sources.first else {
            throw KitError.invalidBundle(["\(folder.path): error: a draft folder holds exactly one source catalog (.xlf without trgLang)"])
        }
        let translations = loaded.filter { !$0.isSource }
        for translation in translations where translation.sourceLanguage != catalog.language {
            throw KitError.invalidBundle(["\(translation.file): error: its srcLang is not the draft's language, \(catalog.language.rawValue)"])
        }
        let url = folder.appendingPathComponent(definitionName)
        let definition = try DefinitionLoader(fragmentsDirectory: nil).load(contentsOf: url, file: url.path)
        let data = try Data(contentsOf: url)
        let lines = Dictionary(
            definition.steps.compactMap { step in DefinitionLoader.line(ofStep: step.id, in: data).map { (step.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        let check = DraftMessageCheck(draft: catalog, bundled: self.catalogs.catalog(catalog.language))
        let issues = Validator(signatures: bindings.signatures, messages: check, lines: lines).validate(definition)
        if !issues.isEmpty { throw KitError.invalidBundle(issues.map(\.description)) }
        return LoadedDraft(definition: definition, catalog: catalog, translations: translations)
    }

}
