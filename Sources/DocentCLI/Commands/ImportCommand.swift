import ArgumentParser
import DocentArticles
import DocentKit
import DocentLocalization
import DocentWorkflow
import Foundation

/// `docent import`: reads help-center articles and shows their structure, their UI labels, or
/// how far a procedure has drifted from them.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read help-center articles, list labels, report drift.",
        discussion: """
            Reads HubSpot knowledge-base pages, Zendesk Help Center pages and Zendesk Help Center API \
            article JSON, in en, fr, de, sv or nl. Files over 8 MiB are refused. Nothing is fetched from \
            the network.

            Exit codes: 0 done (with --against: the article and the procedure are aligned); 1 drift \
            found (--against); 64 usage; 65 an article that cannot be read; 66 a missing file.
            """)

    @ArgumentParser.Argument(help: ArgumentHelp("HTML or JSON files; - reads standard input.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("The articles' language (en, fr, de, sv, nl), whatever the pages say.", valueName: "lang"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Read HTML in this encoding, whatever the page declares.", valueName: "encoding"))
    var encoding: String?

    @Flag(help: "Print JSON on stdout (one article, or an array for several).")
    var json = false

    @Flag(help: "List the UI labels the articles name, per language, and those that differ from Docent's.")
    var labels = false

    @Option(name: .long, help: ArgumentHelp("Compare the article's steps with this procedure's (exit 1 on drift).", valueName: "procedure"))
    var against: String?


    @Option(name: .long, help: ArgumentHelp("Write a starting definition and catalog for a new procedure with this id.", valueName: "procedure-id"))
    var draft: String?

    @Option(name: .long, help: ArgumentHelp("The folder --draft writes (default: ./<procedure-id>); if it holds the draft, adds label translations.", valueName: "dir"))
    var output: String?

    func run() throws {
        try reportingFailures {
            if [labels, against != nil, draft != nil].filter({ $0 }).count > 1 {
                throw usage("--labels, --against and --draft cannot be combined")
            }
            if against != nil || draft != nil, files.count != 1 { throw usage("--against and --draft take exactly one file") }
            if let draft, draft.isEmpty || !draft.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
                throw usage("a procedure id is lowercase letters, digits and hyphens, not '\(draft)'")
            }
            if files.filter({ $0 == "-" }).count > 1 { throw usage("standard input (-) can be read only once") }
            var language: Language?
            if let lang {
                guard let chosen = Language(rawValue: lang.lowercased()) else {
                    throw usage("unsupported language '\(lang)' (expected en, fr, de, sv or nl)")
                }
                language = chosen
            }
            let importer = ArticleImporter(language: language, encoding: encoding)
            let articles = try ArticleImport.read(files, with: importer)
            let terminal = Terminal.current()
            if labels {
                let library = try Loading.library()
                let reports = LabelReport.make(articles: articles, catalogs: library.catalogs)
                if json { try terminal.outJSON(reports) } else { try terminal.out(ArticleText.labels(reports)) }
            } else if let against {
                guard let article = articles.first else { return }
                let library = try Loading.library()
                let definition: Definition
                do {
                    definition = try library.definition(against)
                } catch {
                    throw usage("unknown procedure '\(against)' (known: \(library.procedureIDs.joined(separator: ", ")))")
                }
                let report = DriftReport.compare(article: article, definition: definition, catalogs: library.catalogs)
                if json { try terminal.outJSON(report) } else { try terminal.out(ArticleText.drift(report)) }
                if report.drift { throw CommandFailure(message: "", status: ExitStatus.notCompleted) }
            } else if let draft {
                guard let article = articles.first else { return }
                try ArticleImport.writeDraft(article, id: draft, output: output, terminal: terminal)
            } else if json {
                if articles.count == 1, let article = articles.first { try terminal.outJSON(article) } else { try terminal.outJSON(articles) }
            } else {
                try terminal.out(articles.map(ArticleText.article).joined(separator: "\n"))
            }
        }
    }

    /// A usage error (exit 64).
    private func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: "docent import: error: \(message)", status: ExitStatus.usage)
    }
}
