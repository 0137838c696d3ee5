import ArgumentParser
import DocentKit
import DocentLocalization
import Foundation

/// `--lang`, shared by every command that speaks.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language: en, fr, de, sv or nl (default: from the environment).", valueName: "lang"),
            completion: .list(Completions.languages))
    var lang: String?

    init() {}

    /// The options with `lang` set.
    init(lang: String?) {
        self.lang = lang
    }

    /// A narrator in the resolved language, or nil when the language or the bundle cannot be had.
    func narrator() -> Narrator? {
        guard let language = try? resolve(), let library = try? DocentLibrary.bundled() else { return nil }
        return Narrator(catalogs: library.catalogs, language: language)
    }

    /// The language to speak, from the flag or the environment.
    func resolve() throws(CommandFailure) -> Language {
        do {
            return try LanguageResolver.resolve(flag: lang, environment: ProcessInfo.processInfo.environment).language
        } catch {
            throw CommandFailure(message: "\(error)", status: ExitStatus.usage)
        }
    }
}
