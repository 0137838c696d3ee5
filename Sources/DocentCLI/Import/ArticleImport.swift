import DocentArticles
import DocentKit
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

    /// Writes a draft of procedure `id` into `output` (default `./<id>`), then loads it back to
    /// check that it validates.
    static func writeDraft(_ article: Article, id: String, output: String?, terminal: Terminal) throws(CommandFailure) {
        let library = try Loading.library()
        let folder = URL(fileURLWithPath: output ?? id, relativeTo: Loading.currentDirectory)
        if FileManager.default.fileExists(atPath: folder.path) {
            throw CommandFailure(message: "\(output ?? id): error: the draft folder already exists", status: ExitStatus.usage)
        }
        let draft = ProcedureDraft(article: article, id: id, catalogs: library.catalogs)
        do {
            try draft.write(to: folder)
        } catch {
            throw CommandFailure(message: "\(output ?? id): error: cannot write the draft: \(error.localizedDescription)", status: ExitStatus.usage)
        }
        do {
            _ = try library.loadDraft(at: folder)
        } catch {
            throw CommandFailure(message: "docent: internal error: the draft does not validate: \(error)", status: ExitStatus.internalError)
        }
        let path = output ?? id
        terminal.out("\(path)/\(draft.definitionFile): \(draft.definition.steps.count) steps\n")
        terminal.out("\(path)/\(draft.catalogFile): \(draft.units.count) new units (\(draft.language.rawValue))\n")
    }
}
