import DocentArticles
import DocentLocalization
import DocentWorkflow
import Foundation

/// A starting definition written from an article, with a catalog of the messages it adds, for
/// an author to finish: the article's steps as instructions in order (nested lists as the
/// steps after their parent), its notes as instructions, its conditional steps as yes/no
/// questions that branch, so that it walks as a guided checklist in the article's language.
public struct ProcedureDraft: Sendable {
    /// The draft's id.
    public let id: String
    /// The article's language, the draft catalog's source language.
    public let language: Language
    /// The definition.
    public let definition: Definition
    /// The new units: the draft's messages and the labels no existing `ui.*` unit has.
    public let units: [(id: String, text: String, note: String)]

    /// The file name of the definition in a draft folder.
    public var definitionFile: String { id + ".json" }
    /// The file name of the catalog in a draft folder.
    public var catalogFile: String { language.rawValue + ".xlf" }

    /// Drafts procedure `id` from `article`, reusing the `ui.*` units of `catalogs` that name its labels.
    public init(article: Article, id: String, catalogs: CatalogSet) {
        var builder = DraftBuilder(id: id, language: article.language, labels: LabelCatalog(catalogs: catalogs, language: article.language))
        let title = builder.unit("title", article.title, note: "Title of the procedure (the article's title).")
        let summary = builder.unit(
            "summary", article.sections.first?.paragraphs.first ?? article.title, note: "Summary of the procedure (the article's first paragraph).")
        var blocks: [DraftBuilder.Block] = []
        for (sectionIndex, section) in article.sections.enumerated() {
            let prefix = "s\(sectionIndex + 1)"
            for (index, note) in section.notes.enumerated() {
                blocks.append(builder.instruction("\(prefix)-note\(index + 1)", note.text, labels: note.labels, note: "A note of the article."))
            }
            for (index, step) in section.steps.enumerated() {
                blocks += builder.blocks(step, id: "\(prefix)-\(index + 1)")
            }
        }
        let done = builder.unit("done", DraftBuilder.doneText[article.language] ?? "Done.", note: "Shown when the checklist is finished.")
        var steps: [Step] = []
        let start = DraftBuilder.link(blocks, next: "done", into: &steps)
        steps.append(Step(id: "done", kind: .end(.completed, MessageReference(id: done), refusal: nil)))
        var definition = Definition(
            id: id, title: MessageReference(id: title), summary: MessageReference(id: summary), tags: ["draft"], start: start, steps: steps)
        definition.sources = [SourceArticle(language: article.language.rawValue, article: article.url ?? article.id ?? URL(fileURLWithPath: article.file).lastPathComponent, updated: article.updated?.iso)]
        self.id = id
        language = article.language
        self.definition = definition
        units = builder.units
    }

    /// The definition as JSON, in the format of `Resources/procedures`.
    public func definitionJSON() throws -> Data {
        /// A definition file's keys, in the order authors expect.
        struct File: Encodable {
            var id: String
            var title: MessageReference
            var summary: MessageReference
            var tags: [String]
            var sources: [SourceArticle]
            var start: String
            var steps: [Step]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let file = File(
            id: definition.id, title: definition.title, summary: definition.summary, tags: definition.tags, sources: definition.sources,
            start: definition.start, steps: definition.steps)
        return try encoder.encode(file) + Data("\n".utf8)
    }

    /// The catalog of new units as XLIFF 2.0, source language only.
    public func catalogXLIFF() -> Data {
        let escape = Self.escapeXML
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="\(language.rawValue)">
              <file id="\(escape(id))">

            """
        for unit in units {
            xml += """
                    <unit id="\(escape(unit.id))">
                      <notes>
                        <note category="developer">\(escape(unit.note))</note>
                      </notes>
                      <segment>
                        <source>\(escape(unit.text))</source>
                      </segment>
                    </unit>

                """
        }
        xml += "  </file>\n</xliff>\n"
        return Data(xml.utf8)
    }

    /// Text made safe for XML content and attribute values.
    static func escapeXML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Writes `<id>.json` and `<lang>.xlf` into `folder`, creating it.
    public func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try definitionJSON().write(to: folder.appendingPathComponent(definitionFile), options: .atomic)
        try catalogXLIFF().write(to: folder.appendingPathComponent(catalogFile), options: .atomic)
    }
}
