import ArgumentParser
import DocentLocalization
import DocentQA
import Foundation

/// `docent l10n`: exchange the catalogs with translators' tools (PO, XLIFF 1.2, Xcode string catalogs).
struct L10nCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "l10n",
        abstract: "Export catalogs for translators' tools and import their work.",
        subcommands: [Export.self, Import.self])

    /// Exchange formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case po, xliff12, xcstrings

        /// The file extension.
        var fileExtension: String {
            switch self {
            case .po: "po"
            case .xliff12: "xlf"
            case .xcstrings: "xcstrings"
            }
        }
    }

    /// `docent l10n export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the catalogs as PO, XLIFF 1.2 or an Xcode string catalog.",
            discussion: """
                PO and XLIFF 1.2 hold one language per file (msgctxt = unit id, msgid/msgstr = the whole ICU \
                messages); an .xcstrings file holds every language. Without --output, one file goes to stdout.

                Exit codes: 0 written; 64 usage; 65 a catalog that cannot be read; 66 a missing folder.
                """)

        @Option(help: ArgumentHelp("po, xliff12 or xcstrings.", valueName: "format"))
        var format: Format

        @Option(help: ArgumentHelp("The catalog folder (default: the bundled Localizations/).", valueName: "dir"))
        var catalogs: String?

        @Option(help: ArgumentHelp("Only this language (po, xliff12).", valueName: "lang"))
        var lang: String?

        @Option(name: [.short, .long], help: ArgumentHelp("A folder for <lang>.po / <lang>.xlf, or the .xcstrings file.", valueName: "path"))
        var output: String?

        func run() throws {
            try reportingFailures {
                let folder = try catalogs ?? Loading.bundledFolders().localizations.path
                let set: CatalogSet
                do {
                    guard FileManager.default.fileExists(atPath: folder) else {
                        throw CommandFailure(message: "\(folder): error: no such folder", status: ExitStatus.missingInput)
                    }
                    set = try CatalogSet.load(directory: URL(fileURLWithPath: folder))
                } catch let error as CatalogError {
                    throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
                }
                let terminal = Terminal.current()
                if format == .xcstrings {
                    let text = XCStringsFile.write(source: set.source, targets: Language.allCases.filter { $0 != .source }.map(set.catalog))
                    try L10nCommand.write(text, to: output, terminal: terminal)
                    return
                }
                var languages = Language.allCases.filter { $0 != .source }
                if let lang {
                    guard let language = Language(rawValue: lang) else {
                        throw CommandFailure(message: "docent l10n: error: unsupported language '\(lang)'", status: ExitStatus.usage)
                    }
                    languages = [language]
                }
                guard output != nil || languages.count == 1 else {
                    throw CommandFailure(message: "docent l10n: error: give --lang for stdout, or --output DIR for every language", status: ExitStatus.usage)
                }
                for language in languages {
                    let catalog = set.catalog(language)
                    let text = format == .po ? POFile.write(catalog) : CatalogWriter.xliff12(catalog)
                    if let output {
                        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                        try L10nCommand.write(text, to: (output as NSString).appendingPathComponent("\(language.rawValue).\(format.fileExtension)"), terminal: terminal)
                    } else {
                        try L10nCommand.write(text, to: nil, terminal: terminal)
                    }
                }
            }
        }
    }

    /// `docent l10n import`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read PO, XLIFF 1.2 or an Xcode string catalog back as an XLIFF 2.0 catalog.",
            discussion: """
                Writes the language's XLIFF 2.0 catalog (Localizations/ layout) to --output or stdout. PO and \
                XLIFF 1.2 exported by docent come back unchanged.

                Exit codes: 0 written; 64 usage; 65 a file that cannot be read; 66 a missing file.
                """)

        @ArgumentParser.Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("po, xliff12 or xcstrings (default: from the extension).", valueName: "format"))
        var format: Format?

        @Option(help: ArgumentHelp("The language to take from an .xcstrings file.", valueName: "lang"))
        var lang: String?

        @Option(name: [.short, .long], help: ArgumentHelp("Write the XLIFF 2.0 catalog here (default: stdout).", valueName: "file"))
        var output: String?

        func run() throws {
            try reportingFailures {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure(message: "\(file): error: no such file", status: ExitStatus.missingInput)
                }
                let chosen = format ?? (file.hasSuffix(".po") ? .po : file.hasSuffix(".xcstrings") ? .xcstrings : file.hasSuffix(".xlf") || file.hasSuffix(".xliff") ? .xliff12 : nil)
                guard let chosen else {
                    throw CommandFailure(message: "docent l10n: error: give --format (po, xliff12 or xcstrings) for '\(file)'", status: ExitStatus.usage)
                }
                let catalog: Catalog
                do {
                    switch chosen {
                    case .po:
                        catalog = try POFile.read(String(decoding: data, as: UTF8.self), file: file)
                    case .xliff12:
                        catalog = try XLIFF12Reader(file: file).read(data)
                    case .xcstrings:
                        guard let lang, let language = Language(rawValue: lang) else {
                            throw CommandFailure(message: "docent l10n: error: an .xcstrings import needs --lang (en, fr, de, sv or nl)", status: ExitStatus.usage)
                        }
                        catalog = try XCStringsFile.read(data, language: language, file: file)
                    }
                } catch let error as QAInputError {
                    throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
                } catch let error as CatalogError {
                    throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
                }
                try L10nCommand.write(CatalogWriter.xliff2(catalog), to: output, terminal: Terminal.current())
            }
        }
    }

    /// Writes `text` to `path` atomically, or to stdout.
    static func write(_ text: String, to path: String?, terminal: Terminal) throws {
        guard let path else {
            try terminal.out(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "\(path): error: cannot write: \(error.localizedDescription)", status: ExitStatus.ioError)
        }
    }
}
