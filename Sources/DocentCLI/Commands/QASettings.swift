import DocentArticles
import DocentLocalization
import DocentQA
import Foundation

/// Reading `docent qa`'s and `docent l10n`'s files, with failures mapped to exit codes.
enum QASettings {
    /// The severity configuration at `path`, else at `fallback`, else the defaults.
    static func configuration(_ path: String?, default fallback: URL) throws(CommandFailure) -> QAConfiguration {
        guard let data = try read(path, fallback: fallback) else { return QAConfiguration() }
        do {
            return try QAConfiguration.decode(data.data, file: data.file)
        } catch {
            throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
        }
    }

    /// The rules at `path`, else at `fallback`, else none.
    static func rules(_ path: String?, default fallback: URL) throws(CommandFailure) -> QARules {
        guard let data = try read(path, fallback: fallback) else { return QARules() }
        do {
            return try QARules.decode(data.data, file: data.file)
        } catch {
            throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
        }
    }

    /// The baseline at `path`, or an empty one.
    static func baseline(_ path: String?) throws(CommandFailure) -> QABaseline {
        guard let path else { return QABaseline() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): error: no such baseline file", status: ExitStatus.missingInput)
        }
        do {
            return try QABaseline.decode(data, file: path)
        } catch {
            throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
        }
    }

    /// Reads `path` (which must exist) or `fallback` (which may not).
    private static func read(_ path: String?, fallback: URL) throws(CommandFailure) -> (data: Data, file: String)? {
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(message: "\(path): error: no such file", status: ExitStatus.missingInput)
            }
            return (data, path)
        }
        guard let data = FileManager.default.contents(atPath: fallback.path) else { return nil }
        return (data, fallback.path)
    }

    /// Articles: `.txt` files as plain-text captures, others through the importer.
    static func articles(_ paths: [String], lang: String?) throws(CommandFailure) -> [Article] {
        var language: Language?
        if let lang {
            guard let chosen = Language(rawValue: lang.lowercased()) else {
                throw CommandFailure(message: "docent qa: error: unsupported language '\(lang)' (expected en, fr, de, sv or nl)", status: ExitStatus.usage)
            }
            language = chosen
        }
        var result: [Article] = []
        for (index, path) in paths.enumerated() {
            // --lang names the translations' language; the source article keeps its own.
            let language = index == 0 ? nil : language
            if path.hasSuffix(".txt") {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CommandFailure(message: "\(path): error: no such file", status: ExitStatus.missingInput)
                }
                do {
                    result.append(try PlainTextArticleReader(language: language).read(data, file: path))
                } catch {
                    throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
                }
            } else {
                result += try ArticleImport.read([path], with: ArticleImporter(language: language))
            }
        }
        return result
    }

    /// A load error with its exit code.
    static func failure(_ error: QALoadError) -> CommandFailure {
        switch error {
        case .missing: CommandFailure(message: "\(error)", status: ExitStatus.missingInput)
        case .badData: CommandFailure(message: "\(error)", status: ExitStatus.badData)
        case .usage: CommandFailure(message: "docent: \(error)", status: ExitStatus.usage)
        }
    }
}
