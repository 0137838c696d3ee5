import ArgumentParser
import DocentKit
import DocentLocalization
import DocentModel
import Foundation

/// `docent clock advance`: moves a workspace's date forward so scheduled removals take effect.
struct ClockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock", abstract: "Move a workspace's date forward.", subcommands: [Advance.self])

    /// `docent clock advance --to-renewal | --to DATE`.
    struct Advance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Advance the workspace's clock; renewals due by then apply (scheduled seat removals take effect).")
        @OptionGroup var place: WorkspaceOptions
        @OptionGroup var language: LanguageOptions
        @Flag(help: "To the account's next renewal date.")
        var toRenewal = false
        @Option(help: ArgumentHelp("To this date, YYYY-MM-DD.", valueName: "date"))
        var to: String?

        func validate() throws {
            guard toRenewal != (to != nil) else { throw ValidationError("give either --to-renewal or --to DATE") }
        }

        func run() throws {
            try reportingFailures(lang: language.lang) {
                let terminal = Terminal.current()
                let narrator = Narrator(catalogs: try Loading.library().catalogs, language: try language.resolve())
                let (workspace, state) = try place.open(language: language, terminal: terminal)
                let date: CalendarDate
                if let to {
                    guard let parsed = CalendarDate(iso: to) else {
                        throw CommandFailure(message: "docent: error: --to '\(to)': expected a date like 2027-03-01", status: ExitStatus.usage)
                    }
                    date = parsed
                } else {
                    guard case .hubspot(let account) = state.account else {
                        throw CommandFailure(message: "docent: error: " + narrator.string("cli.clock-no-renewal"), status: ExitStatus.usage)
                    }
                    date = account.billing.renewalDate
                }
                let before = state.account
                let after: WorkspaceState
                do throws(WorkspaceError) {
                    after = try workspace.advanceClock(to: date, over: state)
                } catch {
                    throw WalkWorkspace.failure(error)
                }
                var text = narrator.string("cli.clock-advanced", ["date": .string(date.description)]) + "\n"
                for sentence in ChangeSentence.between(before, after.account) {
                    let message = (try? narrator.message(sentence.id, sentence.arguments)) ?? FormattedMessage(segments: [.text(sentence.id)])
                    text += "  • " + terminal.render(message, styled: terminal.styledOutput, quote: narrator.quoted) + "\n"
                }
                try terminal.out(text)
            }
        }
    }
}
