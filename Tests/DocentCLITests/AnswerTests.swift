import Foundation
import Testing

/// Answers given ahead: `--answer`, `--answers FILE` (lines or JSON), stdin, and `--no-input`.
@Suite("docent walk answers")
struct AnswerTests {
    static let greta = ["--no-input", "--json"]

    @Test("--answers with step=value lines, comments and blank lines")
    func linesFile() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("answers.txt", "# who gets a seat\nhub=sales-hub\n\n  user = greta@northwind.example  \nreview=yes\n")
        let run = try await Docent.walk("assign-seat", ["--answers", "answers.txt"] + Self.greta, directory: directory.url)
        #expect(run.status == 0, "\(run)")
        let report = try run.report()
        #expect(report.outcome == "completed")
        #expect(report.transcript.first { $0.step == "user" }?.answer == "greta@northwind.example")
    }

    @Test("--answers with a JSON object, numbers allowed; --answer overrides the file")
    func jsonFile() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("answers.json", #"{"type": "service-hub", "count": 1, "confirm-legacy": "no"}"#)
        let run = try await Docent.walk(
            "remove-seats", ["--account", "legacy-spare", "--answers", "answers.json", "--answer", "confirm-legacy=yes"] + Self.greta,
            directory: directory.url)
        #expect(run.status == 0, "\(run)")
        let report = try run.report()
        #expect(report.transcript.first { $0.step == "count" }?.answer == "1")
        #expect(report.transcript.first { $0.step == "confirm-legacy" }?.answer == "yes", "the flag wins over the file")
        #expect(report.outcome == "completed")
    }

    @Test("an answers file with a line that is not step=value: exit 65, file:line: error:")
    func brokenLinesFile() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("answers.txt", "hub=sales-hub\n# fine\nthis line is broken\n")
        let run = try await Docent.walk("assign-seat", ["--answers", "answers.txt", "--no-input"], directory: directory.url)
        #expect(run.status == 65, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("answers.txt:3: error: "), "\(run)")
        #expect(run.stderr.contains("this line is broken"))

        try directory.write("empty-step.txt", "=sales-hub\n")
        let empty = try await Docent.walk("assign-seat", ["--answers", "empty-step.txt", "--no-input"], directory: directory.url)
        #expect(empty.status == 65, "\(empty)")
        #expect(empty.stderr.hasPrefix("empty-step.txt:1: error: "), "\(empty)")
    }

    @Test("a broken JSON answers file: exit 65 naming the file", arguments: [
        #"{"hub": "sales-hub""#, #"{"hub": ["sales-hub"]}"#, #"{"hub": null}"#, #"{"review": true}"#,
    ])
    func brokenJSONFile(text: String) async throws {
        let directory = try TemporaryDirectory()
        try directory.write("answers.json", text)
        let run = try await Docent.walk("assign-seat", ["--answers", "answers.json", "--no-input"], directory: directory.url)
        #expect(run.status == 65, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("answers.json"), "\(run)")
        #expect(run.stderr.contains("error: "), "\(run)")
    }

    @Test("a missing answers file: exit 66")
    func missingFile() async throws {
        let run = try await Docent.walk("assign-seat", ["--answers", "no-such-answers.txt", "--no-input"])
        #expect(run.status == 66, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("no-such-answers.txt: error: "), "\(run)")
    }

    @Test("--answer without '=' (or with an empty step): exit 64", arguments: ["hub", "=sales-hub"])
    func answerWithoutEquals(flag: String) async throws {
        let run = try await Docent.walk("assign-seat", ["--answer", flag, "--no-input"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("--answer \(flag):") && run.stderr.contains("STEP=VALUE"), "\(run)")
    }

    @Test("an invalid answer: exit 65 naming the step, the answer and the problem")
    func invalidAnswer() async throws {
        let run = try await Docent.walk(
            "remove-seats", ["--account", "legacy-spare", "--no-input", "--answer", "type=service-hub", "--answer", "count=abc"])
        #expect(run.status == 65, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("step count:"), "\(run)")
        #expect(run.stderr.contains("“abc”"))
        #expect(run.stderr.contains("Please type a whole number."))

        let choice = try await Docent.walk("assign-seat", ["--no-input", "--answer", "hub=marketing-hub"])
        #expect(choice.status == 65, "\(choice)")
        // The valid answers as the screen shows them, never internal values.
        #expect(choice.stderr.contains("step hub:") && choice.stderr.contains("Sales Hub Seat, Service Hub Seat"), "\(choice)")

        let range = try await Docent.walk(
            "remove-seats", ["--account", "legacy-spare", "--no-input", "--answer", "type=service-hub", "--answer", "count=0"])
        #expect(range.status == 65, "\(range)")
        #expect(range.stderr.contains("step count:") && range.stderr.contains("from 1 to 3"), "\(range)")
    }

    @Test("an invalid answer is reported in the chosen language", arguments: ["fr", "de", "sv", "nl"])
    func invalidAnswerLocalized(language: String) async throws {
        let run = try await Docent.walk(
            "remove-seats", ["--lang", language, "--account", "legacy-spare", "--no-input", "--answer", "type=service-hub", "--answer", "count=abc"])
        #expect(run.status == 65, "\(run)")
        #expect(run.stderr.contains("count") && run.stderr.contains("abc"), "\(run)")
        #expect(!hasPlaceholder(run.stderr), "\(run)")
        // Found: English ("step", "error") inside localized messages; only the prefix stays.
        if realCatalog(language) { #expect(!run.stderr.contains(" step "), "\(run)") }
        if realCatalog(language) {
            #expect(!run.stderr.contains("Please type a whole number."), "\(run)")
        }
    }

    @Test("--no-input with a missing answer: exit 64 naming the step and --answer STEP=VALUE")
    func missingAnswer() async throws {
        let run = try await Docent.walk("assign-seat", ["--no-input", "--answer", "hub=sales-hub"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("user"), "\(run)")
        #expect(run.stderr.contains("--answer user=VALUE"), "\(run)")
        #expect(!run.stderr.contains("--answer hub=VALUE"))
    }

    @Test("--no-input: the missing-answer message is localized but keeps the flag", arguments: allLanguages)
    func missingAnswerLocalized(language: String) async throws {
        let run = try await Docent.walk("assign-seat", ["--no-input", "--lang", language])
        #expect(run.status == 64, "\(run)")
        #expect(run.stderr.contains("--answer hub=VALUE"), "\(run)")
        #expect(!hasPlaceholder(run.stderr), "\(run)")
        if language != "en" && realCatalog(language) {
            #expect(!run.stderr.contains("needs an answer"), "\(run)")
        }
    }

    @Test("answers piped on stdin, one per prompt; instructions need none")
    func stdinAnswers() async throws {
        let run = try await Docent.walk("remove-seats", ["--account", "legacy-spare", "--json"], stdin: "service-hub\n2\nyes\n")
        #expect(run.status == 0, "\(run)")
        let report = try run.report()
        #expect(report.outcome == "completed")
        #expect(report.transcript.first { $0.step == "count" }?.answer == "2")

        // --answer first, stdin for the rest.
        let mixed = try await Docent.walk("remove-seats", ["--account", "legacy-spare", "--answer", "type=service-hub", "--json"], stdin: "1\nno\n")
        #expect(mixed.status == 1, "\(mixed)")
        #expect(try mixed.report().endStep == "kept")
    }

    @Test("stdin runs out: exit 64 naming the step; a bad line: exit 65 naming stdin")
    func stdinProblems() async throws {
        let short = try await Docent.walk("remove-seats", ["--account", "legacy-spare"], stdin: "service-hub\n")
        #expect(short.status == 64, "\(short)")
        #expect(short.stderr.contains("--answer count=VALUE"), "\(short)")

        let bad = try await Docent.walk("remove-seats", ["--account", "legacy-spare"], stdin: "service-hub\nabc\n")
        #expect(bad.status == 65, "\(bad)")
        #expect(bad.stderr.contains("stdin") && bad.stderr.contains("step count:"), "\(bad)")

        // With --no-input, stdin is not read at all.
        let ignored = try await Docent.walk("remove-seats", ["--account", "legacy-spare", "--no-input"], stdin: "service-hub\n2\nyes\n")
        #expect(ignored.status == 64, "\(ignored)")
        #expect(ignored.stderr.contains("--answer type=VALUE"), "\(ignored)")
    }
}
