import ArgumentParser
import DocentLocalization
import Foundation

/// `--lang`, shared by every command that speaks.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language: en, fr, de, sv or nl (default: from the environment).", valueName: "lang"))
    var lang: String?

    /// The language to speak, from the flag or the environment.
    func resolve() throws(CommandFailure) -> Language {
        do {
            return try LanguageResolver.resolve(flag: lang, environment: ProcessInfo.processInfo.environment).language
        } catch {
            throw CommandFailure(message: "\(error)", status: ExitStatus.usage)
        }
    }
}
