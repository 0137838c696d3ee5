import DocentArticles
import Foundation

/// Reads the articles named on the command line, with failures mapped to exit codes.
enum ArticleImport {
    /// Imports `files` (`-` is standard input) in order; every failure is reported on stderr,
    /// then the worst decides the exit code (66 a missing file, else 64 or 65).
    static func read(_ files: [String], with importer: ArticleImporter) throws(CommandFailure) -> [Article] {
        let paths = files.filter { $0 != "-" }
        var fromFiles = importer.importFiles(atPaths: paths)[...]
        var results: [Result<Article, ArticleError>] = []
        for file in files {
            if file == "-" {
                results.append(readStandardInput(with: importer))
            } else if let next = fromFiles.popFirst() {
                results.append(next)
            }
        }
        var articles: [Article] = []
        var errors: [ArticleError] = []
        for result in results {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error): errors.append(error)
            }
        }
        guard errors.isEmpty else {
            let status = errors.contains(where: \.isUsage) ? ExitStatus.usage
                : errors.contains(where: \.isMissingInput) ? ExitStatus.missingInput : ExitStatus.badData
            throw CommandFailure(message: errors.map(\.description).joined(separator: "\n"), status: status)
        }
        return articles
    }

    /// Reads standard input, refusing more than the importer's limit.
    private static func readStandardInput(with importer: ArticleImporter) -> Result<Article, ArticleError> {
        var data = Data()
        let limit = ArticleImporter.maximumSize
        while data.count <= limit {
            let chunk = FileHandle.standardInput.readData(ofLength: 65_536)
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        do throws(ArticleError) {
            return .success(try importer.importData(data, file: "-"))
        } catch {
            return .failure(error)
        }
    }
}
