import ArgumentParser
import DocentArticles
import DocentKit
import DocentLocalization
import DocentQA
import Foundation

/// `docent qa`: checks catalogs (or, with `--articles`, localized help articles against their source) and
/// reports the findings as text, JSON, SARIF or JUnit.
struct QACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Check translations: catalogs, or localized help articles against their source.",
        discussion: """
            Without paths, checks the bundled Localizations/ with the bundled Resources/qa/severity.json, \
            rules.json and baseline.json. Paths may be folders of *.xlf or catalog files (the English source \
            catalog among them or beside them). With --articles, the first file is the source article and \
            the others its translations (HTML, Zendesk API JSON, or .txt plain-text captures).

            Exit codes: 0 no finding at or above the failing severity; 1 findings; 64 usage; 65 bad data; \
            66 a missing file.
            """)

    /// Report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit
    }

    @ArgumentParser.Argument(help: ArgumentHelp("Catalog folders or files; with --articles, SOURCE TARGET…", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Compare localized articles with the source article (the first path).")
    var articles = false

    @Option(help: ArgumentHelp("Report format: text, json, sarif or junit.", valueName: "format"))
    var format: Format = .text

    @Option(name: .customLong("severity"), help: ArgumentHelp("Severity configuration (default: the bundled Resources/qa/severity.json).", valueName: "file"))
    var severityFile: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("Language rules: product names, forbidden terms, length ratios (default: bundled).", valueName: "file"))
    var rulesFile: String?

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Accepted findings (default: the bundled baseline when checking the bundled catalogs).", valueName: "file"))
    var baselineFile: String?

    @Flag(help: "Ignore any baseline.")
    var noBaseline = false

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Write every current finding to this baseline file as accepted, then exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Fail from this severity: error, warning or info (default: from the configuration).", valueName: "severity"))
    var failOn: String?

    @Option(name: .long, help: ArgumentHelp("The articles' language, whatever the pages say (--articles, one target).", valueName: "lang"))
    var lang: String?

    func run() throws {
        try reportingFailures {
            let folders = try Loading.bundledFolders()
            let qaFolder = folders.resources.appendingPathComponent("qa")
            var configuration = try QASettings.configuration(severityFile, default: qaFolder.appendingPathComponent("severity.json"))
            if let failOn {
                guard let severity = QASeverity(rawValue: failOn), severity != .off else {
                    throw CommandFailure(message: "docent qa: error: --fail-on takes error, warning or info, not '\(failOn)'", status: ExitStatus.usage)
                }
                configuration.failOn = severity
            }
            let rules = try QASettings.rules(rulesFile, default: qaFolder.appendingPathComponent("rules.json"))
            let bundledBaseline = paths.isEmpty && !articles ? qaFolder.appendingPathComponent("baseline.json").path : nil
            let baseline = noBaseline || writeBaseline != nil ? QABaseline() : try QASettings.baseline(baselineFile ?? bundledBaseline)
            let findings: [QAFinding]
            let inputs: [String]
            let checks: [QACheck]
            if articles {
                guard paths.count >= 2 else {
                    throw CommandFailure(message: "docent qa: error: --articles takes the source article and at least one translation", status: ExitStatus.usage)
                }
                let library = try Loading.library()
                let loaded = try QASettings.articles(paths, lang: lang)
                findings = ArticleQA(rules: rules, catalogs: library.catalogs).compare(source: loaded[0], targets: Array(loaded.dropFirst()))
                inputs = paths
                checks = QAReport.articleChecks
            } else {
                let input = paths.isEmpty ? [folders.localizations.path] : paths
                let loaded: (source: RecoveredCatalog, targets: [RecoveredCatalog])
                do throws(QALoadError) {
                    loaded = try CatalogFiles.load(input)
                } catch {
                    throw QASettings.failure(error)
                }
                var checked = CatalogQA(rules: rules).check(source: loaded.source, targets: loaded.targets)
                var files = [loaded.source.catalog.file] + loaded.targets.map(\.catalog.file)
                if paths.isEmpty {
                    // The bundled catalogs are named as in the repository (Localizations/fr.xlf), not by their build path.
                    let prefix = folders.localizations.deletingLastPathComponent().path + "/"
                    func display(_ file: String) -> String { file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file }
                    for index in checked.indices { checked[index].file = display(checked[index].file) }
                    files = files.map(display)
                }
                findings = checked
                inputs = files
                checks = QAReport.catalogChecks
            }
            if let writeBaseline {
                let accepted = QABaseline(accepting: configuration.apply(findings), reason: "accepted when the baseline was written")
                do {
                    try accepted.encoded().write(to: URL(fileURLWithPath: writeBaseline), options: .atomic)
                } catch {
                    throw CommandFailure(message: "\(writeBaseline): error: cannot write the baseline: \(error.localizedDescription)", status: ExitStatus.ioError)
                }
                Terminal.current().err("docent qa: \(accepted.accepted.count) finding(s) written to \(writeBaseline)\n")
                return
            }
            let report = QAReport(inputs: inputs, findings: findings, checks: checks, configuration: configuration, baseline: baseline)
            let terminal = Terminal.current()
            switch format {
            case .text: try terminal.out(TextReportRenderer(colour: terminal.styledOutput).render(report))
            case .json: try terminal.outJSON(report)
            case .sarif: try terminal.out(SARIFRenderer.render(report))
            case .junit: try terminal.out(JUnitRenderer.render(report))
            }
            if report.failed { throw CommandFailure(message: "", status: ExitStatus.notCompleted) }
        }
    }
}
