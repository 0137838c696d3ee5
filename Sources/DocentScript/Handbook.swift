import DocentKit
import DocentLocalization
import Foundation

/// An offline handbook: every procedure's script in every language, and an index page per language.
public struct Handbook: Sendable {
    let scripts: [Script]
    let library: DocentLibrary
    let format: ScriptFormat

    /// Creates a handbook of `scripts` (built from `library`'s procedures).
    public init(scripts: [Script], library: DocentLibrary, format: ScriptFormat) {
        self.scripts = scripts
        self.library = library
        self.format = format
    }

    /// Writes `<lang>/<procedure>.<ext>` and `<lang>/index.<ext>` for each language, plus a top
    /// `index.<ext>` naming the languages; returns the paths written, relative to `folder`.
    public func write(to folder: URL) throws(ScriptError) -> [String] {
        var written: [String] = []
        let ext = format.fileExtension
        func save(_ text: String, _ relative: String) throws(ScriptError) {
            let url = folder.appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw .cannotWrite(path: url.path, detail: (error as NSError).localizedDescription)
            }
            written.append(relative)
        }
        for language in Language.allCases {
            let wording = Wording(catalogs: library.catalogs, language: language)
            var entries: [(file: String, title: String, summary: String)] = []
            for script in scripts {
                guard let definition = try? library.definition(script.procedure) else { continue }
                let page = ScriptPage(script: script, definition: definition, wordings: [wording])
                let file = script.procedure + "." + ext
                try save(page.render(format), language.rawValue + "/" + file)
                entries.append((file, wording.plain(script.title), wording.plain(script.summary)))
            }
            try save(index(entries, wording: wording), language.rawValue + "/index." + ext)
        }
        let languages = Language.allCases.map { ($0.rawValue + "/index." + ext, $0.nativeName) }
        try save(top(languages), "index." + ext)
        return written
    }

    private func index(_ entries: [(file: String, title: String, summary: String)], wording: Wording) -> String {
        let title = wording.string("script.index.title")
        let intro = wording.string("script.index.intro")
        switch format {
        case .text:
            var lines = [title, String(repeating: "=", count: title.count), "", intro, ""]
            for entry in entries { lines.append("- \(entry.title) (\(entry.file)): \(entry.summary)") }
            return lines.joined(separator: "\n") + "\n"
        case .markdown:
            var lines = ["# " + MarkdownRenderer.escape(title), "", MarkdownRenderer.escape(intro), ""]
            for entry in entries {
                lines.append("- [\(MarkdownRenderer.escape(entry.title))](\(entry.file)): \(MarkdownRenderer.escape(entry.summary))")
            }
            return lines.joined(separator: "\n") + "\n"
        case .html:
            var items = ""
            for entry in entries {
                items += "<li><a href=\"\(HTMLText.escape(entry.file))\">\(HTMLText.escape(entry.title))</a> — \(HTMLText.escape(entry.summary))</li>\n"
            }
            return """
                <!DOCTYPE html>
                <html lang="\(wording.language.rawValue)">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>\(HTMLText.escape(title))</title>
                <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem; } li { margin: .4rem 0; }</style>
                </head>
                <body>
                <h1>\(HTMLText.escape(title))</h1>
                <p>\(HTMLText.escape(intro))</p>
                <ul>
                \(items)</ul>
                </body>
                </html>

                """
        }
    }

    private func top(_ languages: [(file: String, name: String)]) -> String {
        switch format {
        case .text: return languages.map { "\($0.name): \($0.file)" }.joined(separator: "\n") + "\n"
        case .markdown: return languages.map { "- [\($0.name)](\($0.file))" }.joined(separator: "\n") + "\n"
        case .html:
            let items = languages.map { "<li><a href=\"\(HTMLText.escape($0.file))\">\(HTMLText.escape($0.name))</a></li>" }.joined(separator: "\n")
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Docent</title></head>\n<body>\n<ul>\n\(items)\n</ul>\n</body>\n</html>\n"
        }
    }
}
