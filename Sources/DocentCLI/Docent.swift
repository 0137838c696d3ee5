import ArgumentParser

/// The `docent` command: documentation-driven procedures, walked step by step in five languages.
@main
struct Docent: ParsableCommand {
    /// The version `docent --version` prints.
    static let version = "0.3.0"

    static let configuration = CommandConfiguration(
        commandName: "docent",
        abstract: "Walk through documented account procedures step by step, in your language.",
        discussion: """
            Languages: en, fr, de, sv, nl. Chosen by --lang, else DOCENT_LANG, LANGUAGE, LC_ALL, \
            LC_MESSAGES, LANG, else English.

            Exit codes: 0 done; 1 the procedure ended without completing (refused, stopped or handed \
            over); 64 usage (bad flag, missing answer under --no-input or on stdin); 65 bad data (an \
            invalid answer, a broken account file or answers file, a cancelled account); 66 missing input file; 70 internal \
            error; 74 the output could not be written; 130 interrupted (q, Ctrl-D or Ctrl-C at the terminal).
            """,
        version: Docent.version,
        subcommands: [
            ListCommand.self, WalkCommand.self, DescribeCommand.self, ScriptCommand.self, GraphCommand.self, AccountsCommand.self,
            ImportCommand.self, QACommand.self, L10nCommand.self, CheckCommand.self, WorkspaceCommand.self, AccountCommand.self,
            ClockCommand.self, StatsCommand.self,
        ]
    )
}
