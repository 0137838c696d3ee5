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
    /// check that it validates. When the folder already holds that draft in another language,
    /// writes this article's names for the labels the draft added instead (`<lang>.xlf`).
    static func writeDraft(_ article: Article, id: String, output: String?, terminal: Terminal) throws {
        let library = try Loading.library()
        let path = output ?? id
        let folder = URL(fileURLWithPath: path, relativeTo: Loading.currentDirectory)
        let draft = ProcedureDraft(article: article, id: id, catalogs: library.catalogs)
        if FileManager.default.fileExists(atPath: folder.path) {
            try translateLabels(of: folder, path: path, with: draft, library: library, terminal: terminal)
            return
        }
        do {
            try draft.write(to: folder)
        } catch {
            throw CommandFailure(message: "\(path): error: cannot write the draft: \(error.localizedDescription)", status: ExitStatus.usage)
        }
        try validate(folder, library: library)
        try terminal.out("\(path)/\(draft.definitionFile): \(draft.definition.steps.count) steps\n")
        try terminal.out("\(path)/\(draft.catalogFile): \(draft.units.count) new units (\(draft.language.rawValue))\n")
    }

    /// Adds `<lang>.xlf` to an existing draft folder: targets for the labels the draft added.
    private static func translateLabels(
        of folder: URL, path: String, with draft: ProcedureDraft, library: DocentLibrary, terminal: Terminal
    ) throws {
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(draft.definitionFile).path) else {
            throw CommandFailure(message: "\(path): error: the folder exists and holds no draft '\(draft.id)'", status: ExitStatus.usage)
        }
        let existing: LoadedDraft
        do {
            existing = try library.loadDraft(at: folder)
        } catch {
            throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
        }
        let file = folder.appendingPathComponent(draft.catalogFile)
        if existing.language == draft.language || FileManager.default.fileExists(atPath: file.path) {
            throw CommandFailure(
                message: "\(path)/\(draft.catalogFile): error: the draft already has its \(draft.language.rawValue) catalog", status: ExitStatus.usage)
        }
        let targets = draft.labelTargets(for: existing, catalogs: library.catalogs)
        do {
            try draft.targetXLIFF(targets, for: existing).write(to: file, options: .atomic)
        } catch {
            throw CommandFailure(message: "\(path): error: cannot write \(draft.catalogFile): \(error.localizedDescription)", status: ExitStatus.usage)
        }
        try validate(folder, library: library)
        try terminal.out("\(path)/\(draft.catalogFile): \(targets.count) label targets to review (\(draft.language.rawValue))\n")
    }

    /// Loads a draft folder back; a draft Docent wrote that does not validate is Docent's bug.
    @discardableResult
    private static func validate(_ folder: URL, library: DocentLibrary) throws(CommandFailure) -> LoadedDraft {
        do {
            return try library.loadDraft(at: folder)
        } catch {
            throw CommandFailure(message: "docent: internal error: the draft does not validate: \(error)", status: ExitStatus.internalError)
        }
    }
}
