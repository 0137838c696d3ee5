/// Writes catalogs as XLIFF 2.0 (Docent's own layout, as in `Localizations/`) or XLIFF 1.2.
public enum CatalogWriter {
    /// The catalog as XLIFF 2.0, laid out like the files in `Localizations/` (two-space indents,
    /// notes before the segment), so that writing a loaded catalog reproduces its file.
    public static func xliff2(_ catalog: Catalog) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let target = catalog.isSource ? "" : " trgLang=\"\(catalog.language.rawValue)\""
        out += "<xliff xmlns=\"\(XLIFFReader.namespace)\" version=\"2.0\" srcLang=\"\(catalog.sourceLanguage.rawValue)\"\(target)>\n"
        out += "  <file id=\"docent\">\n"
        for unit in catalog.units {
            out += "    <unit id=\"\(escape(unit.id, attribute: true))\">\n"
            if !unit.notes.isEmpty {
                out += "      <notes>\n"
                for note in unit.notes {
                    let category = note.category.map { " category=\"\(escape($0, attribute: true))\"" } ?? ""
                    out += "        <note\(category)>\(escape(note.text))</note>\n"
                }
                out += "      </notes>\n"
            }
            let state = unit.state.map { " state=\"\($0.rawValue)\"" } ?? ""
            out += "      <segment\(state)>\n"
            out += "        <source>\(escape(unit.source))</source>\n"
            if let text = unit.target { out += "        <target>\(escape(text))</target>\n" }
            out += "      </segment>\n"
            out += "    </unit>\n"
        }
        out += "  </file>\n</xliff>\n"
        return out
    }

    /// The XLIFF 1.2 `state` of a target for an XLIFF 2.0 state (reversible: ``CatalogUnit/State/init(xliff12:)``).
    static func xliff12State(_ state: CatalogUnit.State) -> String {
        switch state {
        case .initial: "new"
        case .translated: "translated"
        case .reviewed: "signed-off"
        case .final: "final"
        }
    }

    /// A target catalog as XLIFF 1.2: one `<trans-unit>` per unit with `<source>`, `<target state>`, and a
    /// `<note from="category">` per note (no `from` for a note without category). The whole ICU message,
    /// plurals included, is the unit's text.
    public static func xliff12(_ catalog: Catalog) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff version=\"1.2\" xmlns=\"\(XLIFF12Reader.namespace)\">\n"
        let target = catalog.isSource ? "" : " target-language=\"\(catalog.language.rawValue)\""
        out += "  <file original=\"docent\" datatype=\"plaintext\" source-language=\"\(catalog.sourceLanguage.rawValue)\"\(target)>\n"
        out += "    <body>\n"
        for unit in catalog.units {
            out += "      <trans-unit id=\"\(escape(unit.id, attribute: true))\" xml:space=\"preserve\">\n"
            out += "        <source>\(escape(unit.source))</source>\n"
            if let text = unit.target {
                let state = unit.state.map { " state=\"\(xliff12State($0))\"" } ?? ""
                out += "        <target\(state)>\(escape(text))</target>\n"
            } else if let state = unit.state {
                out += "        <target state=\"\(xliff12State(state))\"/>\n"
            }
            for note in unit.notes {
                let from = note.category.map { " from=\"\(escape($0, attribute: true))\"" } ?? ""
                out += "        <note\(from)>\(escape(note.text))</note>\n"
            }
            out += "      </trans-unit>\n"
        }
        out += "    </body>\n  </file>\n</xliff>\n"
        return out
    }

    /// `&`, `<`, `>` escaped (and `"` in attributes).
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
