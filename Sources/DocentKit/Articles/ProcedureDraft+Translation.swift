import DocentLocalization
import DocentWorkflow
import Foundation

extension ProcedureDraft {
    /// One label target: a label unit `draft` added, and how this draft's article names it.
    public struct LabelTarget: Sendable, Hashable {
        /// The unit id (`ui.<draft>.…`).
        public var id: String
        /// The label in the draft's source language.
        public var source: String
        /// The label in this draft's language.
        public var target: String
    }

    /// The targets, in this draft's language, of the labels `draft` added, when this draft was
    /// written from the same article in another language: each step's `{ui.…}` references are
    /// paired in order with the same step's references here. Prompts are never translated.
    public func labelTargets(for draft: LoadedDraft, catalogs: CatalogSet) -> [LabelTarget] {
        let texts = Dictionary(units.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let prefix = "ui.\(draft.definition.id)."
        var targets: [LabelTarget] = []
        for step in draft.definition.steps {
            guard let message = step.message, let sourceText = draft.catalog[message.id]?.text,
                let mine = definition.step(step.id)?.message, let myText = texts[mine.id]
            else { continue }
            for (sourceRef, myRef) in zip(DriftReport.units(in: sourceText), DriftReport.units(in: myText)) {
                guard sourceRef.hasPrefix(prefix), !targets.contains(where: { $0.id == sourceRef }),
                    let source = draft.catalog[sourceRef]?.text,
                    let target = texts[myRef] ?? catalogs.catalog(language)[myRef]?.text
                else { continue }
                targets.append(LabelTarget(id: sourceRef, source: source, target: target))
            }
        }
        return targets
    }

    /// A target catalog (XLIFF 2.0) of `targets` for `draft`: each segment `translated`, not yet
    /// reviewed, with the XLIFF 1.2 meaning kept as `subState="docent:needs-review-translation"`.
    public func targetXLIFF(_ targets: [LabelTarget], for draft: LoadedDraft) -> Data {
        let escape = Self.escapeXML
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="\(draft.language.rawValue)" trgLang="\(language.rawValue)">
              <file id="\(escape(draft.definition.id))">

            """
        for target in targets {
            xml += """
                    <unit id="\(escape(target.id))">
                      <notes>
                        <note category="translator">Label as the \(language.rawValue) article names it; review before use.</note>
                      </notes>
                      <segment state="translated" subState="docent:needs-review-translation">
                        <source>\(escape(target.source))</source>
                        <target>\(escape(target.target))</target>
                      </segment>
                    </unit>

                """
        }
        xml += "  </file>\n</xliff>\n"
        return Data(xml.utf8)
    }
}
