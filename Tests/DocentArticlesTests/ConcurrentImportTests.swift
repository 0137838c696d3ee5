import DocentArticles
import Testing

/// Importing many files spreads them over the cores and gives the same articles, in order.
@Suite("importing many files")
struct ConcurrentImportTests {
    @Test("importFiles matches importing one by one, failures included, in the order given")
    func manyFiles() throws {
        let names = try Fixtures.all().filter { $0.hasSuffix(".html") || $0.hasSuffix(".json") }
        let paths = try (names + names).map(Fixtures.path) + ["/nonexistent/missing.html"]
        let importer = ArticleImporter()
        let together = importer.importFiles(atPaths: paths)
        #expect(together.count == paths.count)
        for (path, result) in zip(paths, together) {
            let alone = Result { () throws(ArticleError) -> Article in try importer.importFile(atPath: path) }
            #expect(result == alone, "\(path)")
        }
        #expect(together.last.map { if case .failure(let error) = $0 { error.isMissingInput } else { false } } == true)
    }
}
