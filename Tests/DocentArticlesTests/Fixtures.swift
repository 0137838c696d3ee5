import DocentArticles
import DocentLocalization
import Foundation
import Testing

/// The article fixtures copied into the test bundle.
enum Fixtures {
    /// The `Fixtures` folder.
    static func directory() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }

    /// The path of a fixture file.
    static func path(_ name: String) throws -> String {
        try directory().appendingPathComponent(name).path
    }

    /// The bytes of a fixture file.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory().appendingPathComponent(name))
    }

    /// Imports a fixture with `importer`; the article's file is the fixture's name.
    static func article(_ name: String, importer: ArticleImporter = ArticleImporter()) throws -> Article {
        try importer.importData(data(name), file: name)
    }

    /// Every fixture file name, sorted.
    static func all() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory().path).sorted()
    }
}

extension Article {
    /// The section with this heading.
    func section(_ heading: String) -> ArticleSection? {
        sections.first { $0.heading == heading }
    }

    /// The deepest step nesting in the article (0 when no step has sub-steps).
    var deepestNesting: Int {
        sections.flatMap(\.steps).map(\.nestingDepth).max() ?? 0
    }

    /// Every note of the article: section notes and notes inside steps.
    var allNotes: [ArticleNote] {
        sections.flatMap(\.notes) + flattenedSteps.flatMap(\.step.notes)
    }
}
