import DocentKit
import Foundation
import Testing

/// `docent walk` in a real pseudo-terminal: a person reading prompts and typing answers.
///
/// Serialized: each test blocks a thread while it waits on the terminal, and timing-sensitive
/// interaction is more reliable without other terminals competing for the two cores.
@Suite("docent walk in a terminal", .serialized)
struct InteractiveTests {
    /// The number shown before `option` in the most recent numbered list of `screen`.
    static func number(of option: String, in screen: String) throws -> String {
        for line in lines(screen).reversed() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let close = trimmed.firstIndex(of: ")"),
                case let shown = trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces),
                shown == option || shown.hasSuffix("<\(option)>")
            {
                let number = String(trimmed[..<close])
                if Int(number) != nil { return number }
            }
        }
        throw HarnessError("no numbered choice \(option.debugDescription) on the screen:\n\(screen)")
    }

    /// Waits for the input prompt `> ` and types `answer`.
    static func answer(_ session: TerminalSession, _ answer: String) throws {
        try session.expect("> ")
        session.type(answer)
    }

    @Test("a whole walk typed at the terminal: Enter, a number, an email's number, y; labels in bold")
    func completeWalk() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], colour: true)
        try session.expect("Assign a paid seat — account Northwind Traders, as ana@northwind.example")
        try session.expect("Step 1")
        try session.expect("\u{1B}[1mSettings\u{1B}[22m")
        try Self.answer(session, "")
        try session.expect("Step 2")
        try Self.answer(session, "")
        try session.expect("Step 3")
        try Self.answer(session, "")
        try session.expect("Step 4")
        try session.expect("1) Sales Hub Seat")
        try Self.answer(session, "1")
        try session.expect("Step 5")
        let list = try session.expect("> ")
        #expect(!list.contains("david@northwind.example"), "a deactivated user is not offered a seat")
        #expect(list.contains("Greta Lund <greta@northwind.example>"), "options read as Name <email>")
        session.type(try Self.number(of: "greta@northwind.example", in: list))
        try session.expect("Step 6")
        try session.expect("greta@northwind.example")
        try Self.answer(session, "")
        try session.expect("Step 7")
        try Self.answer(session, "")
        try session.expect("Step 8")
        try session.expect("Answer y or n")
        try Self.answer(session, "y")
        try session.expect("Outcome: Done")
        try session.expect("greta@northwind.example now has a \u{1B}[1mSales Hub Seat\u{1B}[22m.")
        try session.expect("1 bought, 4 in all.")
        #expect(try session.finish() == 0, "\(session.transcript)")
        #expect(!session.transcript.contains("1. In your HubSpot account"), "no scripted walkthrough after an interactive walk")
    }

    @Test("NO_COLOR=1: no escape sequences at all, even on a terminal")
    func noColor() throws {
        // (TerminalSession sets NO_COLOR=1 unless asked for colour; set it here anyway to be explicit.)
        let session = try TerminalSession(["walk", "transfer-core-seat", "--account", "legacy-full", "--today", "2026-11-22"], environment: ["NO_COLOR": "1"])
        try session.expect("Outcome: Not possible")
        #expect(try session.finish() == 1)
        #expect(!session.transcript.contains("\u{1B}"), "\(session.transcript.debugDescription)")

        let coloured = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], environment: ["NO_COLOR": "1"])
        try coloured.expect("Step 1")
        try coloured.expect("> ")
        #expect(coloured.transcript.contains("click the “Settings” gear icon"), "without bold, labels are set apart by quotes")
        #expect(!coloured.transcript.contains("\u{1B}"), "\(coloured.transcript.debugDescription)")
        coloured.type("q")
        #expect(try coloured.finish() == 130)
    }

    @Test("going back shows the previous prompt again and undoes the effect taken since")
    func back() throws {
        let directory = try TemporaryDirectory()
        let report = directory.url.appendingPathComponent("report.json")
        let session = try TerminalSession(["walk", "unassign-seat", "--today", "2026-11-22", "--json"], stdout: report)
        for _ in 1...3 { try Self.answer(session, "") }
        try session.expect("2) Service Hub Seat")
        try Self.answer(session, "2")
        let list = try session.expect("> ")
        session.type(try Self.number(of: "david@northwind.example", in: list))
        try session.expect("Step 6")
        try session.expect("is deactivated")
        try session.expect("1) Reactivate")
        try Self.answer(session, "1")
        try session.expect("Step 7")
        try session.expect("choose “Reactivate user”")
        try Self.answer(session, "")
        // The reactivation has been applied; now at "clear the box".
        try session.expect("Step 8")
        try session.expect("Clear the box next to david@northwind.example")
        try Self.answer(session, "b")
        try session.expect("Back one step.")
        let again = try session.expect("choose “Reactivate user”")
        #expect(again.contains("Step 7"), "the previous prompt, with its number: \(again)")
        try Self.answer(session, "b")
        try session.expect("Back one step.")
        let question = try session.expect("2) Stop here")
        #expect(question.contains("Step 6") && question.contains("is deactivated"), "\(question)")
        try Self.answer(session, "2")
        #expect(try session.finish() == 1, "\(session.transcript)")

        let walked = try JSONDecoder().decode(WalkReport.self, from: Data(contentsOf: report))
        #expect(walked.outcome == "cancelled")
        #expect(walked.endStep == "stopped")
        #expect(walked.changes == [], "the reactivation was undone by going back")
        #expect(!walked.transcript.contains { $0.step == "reactivate" })
        #expect(walked.transcript.first { $0.step == "deactivated" }?.answer == "stop")
        #expect(!session.transcript.contains("\"outcome\""), "the report goes to stdout, not to the terminal")
    }

    @Test("Found: answers in the person's words; a refused answer is asked again; French quit words stop")
    func answersInThePersonsWords() throws {
        let session = try TerminalSession(["walk", "create-user", "--lang", "fr", "--today", "2026-11-22"])
        for _ in 0..<3 { try Self.answer(session, "") }
        try session.expect("Étape 4")
        // An e-mail already in the account is refused with the model's reason, and asked again.
        try Self.answer(session, "ana@northwind.example")
        try session.expect("ana@northwind.example est déjà utilisateur de ce compte.")
        try Self.answer(session, "robin@example.com")
        try session.expect("Étape 5")
        // `retour`, the hint's word, goes back instead of acknowledging the instruction.
        try Self.answer(session, "retour")
        try session.expect("Retour à l’étape précédente.")
        try session.expect("Étape 4")
        try Self.answer(session, "robin@example.com")
        try Self.answer(session, "")
        try session.expect("Cet utilisateur sera-t-il")
        // `oui` answers a Oui/Non question (Found: refused with « yes, no »).
        try Self.answer(session, "OUI")
        try session.expect("Étape 7")
        try Self.answer(session, "quitter")
        try session.expect("Arrêt. Rien n’a été modifié.")
        #expect(try session.finish() == 130, "\(session.transcript)")
    }

    @Test("Found: a count beyond the unassigned seats is asked again with the range; a user is chosen by name")
    func askedAgainWithTheRange() throws {
        let session = try TerminalSession(["walk", "remove-seats", "--account", "legacy-spare", "--today", "2026-11-22"])
        try session.expect("1) Sales Hub Seat")
        // Sales Hub seats are already due for removal: the reason, and the question again.
        try Self.answer(session, "1")
        try session.expect("already scheduled")
        try Self.answer(session, "service hub seat")
        for _ in 0..<2 { try Self.answer(session, "") }
        try session.expect("How many")
        try Self.answer(session, "4")
        try session.expect("Please type a number from 1 to 3.")
        try Self.answer(session, "1000000000")
        try session.expect("Please type a number from 1 to 3.")
        try Self.answer(session, "2")
        try session.expect("Answer y or n")
        try Self.answer(session, "n")
        try session.expect("Outcome: Stopped")
        #expect(try session.finish() == 1, "\(session.transcript)")

        let named = try TerminalSession(["walk", "assign-seat", "--account", "legacy-spare", "--today", "2026-11-22", "--answer", "hub=sales-hub"])
        for _ in 0..<3 { try Self.answer(named, "") }
        try Self.answer(named, "oskar berg")
        try named.expect("Check the box next to oskar@fjord.example")
        for _ in 0..<2 { try Self.answer(named, "") }
        try named.expect("Outcome: Done")
        #expect(try named.finish() == 0, "\(named.transcript)")
    }

    @Test("b at the first prompt cannot go back; q stops with 130")
    func firstStepAndQuit() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"])
        try session.expect("Step 1")
        try Self.answer(session, "b")
        try session.expect("This is the first step; there is nothing to go back to.")
        try Self.answer(session, "")
        try session.expect("Step 2")
        try Self.answer(session, "q")
        try session.expect("Stopped. Nothing was changed.")
        #expect(try session.finish() == 130)
        #expect(!session.transcript.contains("Outcome:"))
    }

    @Test("end of input (Ctrl-D) stops with 130")
    func endOfInput() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"])
        try session.expect("Step 1")
        try session.expect("> ")
        session.type("\u{04}")  // VEOF at the start of a line: read returns 0
        try session.expect("Stopped.")
        #expect(try session.finish() == 130)
    }

    /// Localized words for the re-prompt test.
    struct Words: Sendable, CustomTestStringConvertible {
        var language: String
        var yes: String
        var notANumber: String
        var notYesOrNo: String
        var testDescription: String { language }
    }

    static let words: [Words] = [
        Words(language: "en", yes: "y", notANumber: "Please type a whole number.", notYesOrNo: "Please answer yes or no."),
        Words(language: "fr", yes: "o", notANumber: "Veuillez saisir un nombre entier.", notYesOrNo: "Veuillez répondre par oui ou par non."),
        Words(language: "de", yes: "j", notANumber: "Bitte geben Sie eine ganze Zahl ein.", notYesOrNo: "Bitte antworten Sie mit Ja oder Nein."),
    ]

    @Test("an invalid answer re-prompts with the problem in the person's language; localized yes", arguments: words)
    func reprompt(words: Words) throws {
        // Before the translations are delivered (pseudo catalogs), the words are the English ones.
        let real = realCatalog(words.language)
        let expected = real ? words : Self.words[0]
        let directory = try TemporaryDirectory()
        let report = directory.url.appendingPathComponent("report.json")
        let session = try TerminalSession(
            ["walk", "remove-seats", "--account", "legacy-spare", "--today", "2026-11-22", "--json"],
            environment: ["LANG": "\(words.language)_XX.UTF-8"], stdout: report)
        try session.expect("2) ")
        try Self.answer(session, "2")
        try Self.answer(session, "")
        try Self.answer(session, "")
        try Self.answer(session, "abc")
        try session.expect(expected.notANumber)
        try Self.answer(session, "0")
        try session.expect("1")  // the range's minimum, in whatever words
        try Self.answer(session, "2")
        try Self.answer(session, "maybe")
        try session.expect(expected.notYesOrNo)
        try Self.answer(session, expected.yes)
        try Self.answer(session, "")  // "A confirmation appears. Click Close."
        #expect(try session.finish() == 0, "\(session.transcript)")
        #expect(!hasPlaceholder(session.transcript), "an unformatted placeholder: \(session.transcript)")

        let walked = try JSONDecoder().decode(WalkReport.self, from: Data(contentsOf: report))
        #expect(walked.language == words.language)
        #expect(walked.outcome == "completed")
        #expect(walked.transcript.first { $0.step == "count" }?.answer == "2")
        #expect(walked.transcript.first { $0.step == "confirm-legacy" }?.answer == "yes")
        if real && words.language != "en" {
            #expect(!session.transcript.contains("Step 1"), "the prompts are translated")
        }
    }

    @Test("answers given ahead are shown and skipped at the terminal")
    func answersAhead() throws {
        let session = try TerminalSession(
            ["walk", "remove-seats", "--account", "legacy-spare", "--today", "2026-11-22", "--answer", "type=service-hub",
             "--answer", "count=2", "--answer", "confirm-legacy=no"])
        try session.expect("> service-hub")
        for _ in 0..<2 { try Self.answer(session, "") }
        try session.expect("> 2")
        try session.expect("> no")
        try session.expect("Outcome: Stopped")
        #expect(try session.finish() == 1)
    }

    @Test("going back over an answer given ahead asks the person instead of reusing it")
    func backOverAnAnswerGivenAhead() throws {
        let session = try TerminalSession(
            ["walk", "assign-seat", "--today", "2026-11-22", "--answer", "hub=sales-hub", "--json"])
        for _ in 0..<3 { try Self.answer(session, "") }
        try session.expect("> sales-hub")
        try session.expect("Who gets the")
        try Self.answer(session, "b")
        try session.expect("Which hub")
        let screen = try session.expect("> ")
        session.type(try Self.number(of: "Service Hub Seat", in: screen))
        try session.expect("Who gets the Service Hub Seat")
        try Self.answer(session, "q")
        #expect(try session.finish() == 130)
    }
}
