import DocentLocalization
import Foundation
import Testing

/// Access to the test fixtures and helpers to build catalogs from inline XML.
enum Fixtures {
    /// The `Fixtures` folder copied into the test bundle.
    static func directory() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }

    /// The valid five-language catalog set.
    static func catalogsDirectory() throws -> URL {
        try directory().appendingPathComponent("Catalogs")
    }

    /// The valid five-language catalog set, loaded.
    static func catalogSet() throws -> CatalogSet {
        try CatalogSet.load(directory: catalogsDirectory())
    }

    /// An XLIFF 2.0 document: the header on lines 1–3 (`<file>` on line 3), `body` from line 4.
    static func xliff(_ body: String, srcLang: String? = "en", trgLang: String? = nil) -> String {
        var attributes = ""
        if let srcLang { attributes += " srcLang=\"\(srcLang)\"" }
        if let trgLang { attributes += " trgLang=\"\(trgLang)\"" }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"\(attributes)>
        <file id="f">
        \(body)
        </file>
        </xliff>
        """
    }

    /// Parses an inline document.
    static func parse(_ text: String, file: String = "test.xlf") throws(CatalogError) -> Catalog {
        try Catalog.parse(Data(text.utf8), file: file)
    }

    /// A complete, audit-clean target unit on 7 lines.
    static func targetUnit(_ id: String, source: String, target: String, extraNote: String = "") -> String {
        """
        <unit id="\(id)">
        <notes><note category="translator">Note.</note>\(extraNote)</notes>
        <segment state="translated">
        <source>\(source)</source>
        <target>\(target)</target>
        </segment>
        </unit>
        """
    }

    /// A source unit on 5 lines.
    static func sourceUnit(_ id: String, _ source: String) -> String {
        """
        <unit id="\(id)">
        <segment>
        <source>\(source)</source>
        </segment>
        </unit>
        """
    }

    /// A fresh empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("docent-loc-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
