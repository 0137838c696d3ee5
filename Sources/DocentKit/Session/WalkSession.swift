import DocentLocalization
import DocentModel
import DocentWorkflow

/// Runs a walk to its end in one person's language: answers given ahead first, then from the console.
///
/// It owns the policy every front end shares: which prompts need a person, how typed words are
/// read, when a wrong answer is asked again and when it ends the session, going back, and the
/// localized words for every failure.
public struct WalkSession {
    /// Where answers not given ahead come from.
    public enum Input: Sendable {
        /// A person at a terminal: every prompt is shown, a wrong answer is asked again, back and quit work.
        case person
        /// Lines piped to stdin, one per question; instructions need none; a wrong answer is an error.
        case lines
        /// None: a prompt with no answer given ahead is an error naming the flag.
        case none
    }

    /// The words.
    public let narrator: Narrator
    /// Answers given ahead.
    public let given: GivenAnswers
    /// Where other answers come from.
    public let input: Input
    let reader: AnswerReader
    /// Called with the walk each time it moves (an answer, a step back), for a journal.
    public var onProgress: ((Walk<Situation>) -> Void)?

    /// Creates a session.
    public init(narrator: Narrator, given: GivenAnswers, input: Input) {
        self.narrator = narrator
        self.given = given
        self.input = input
        self.reader = AnswerReader(narrator: narrator)
    }

    /// Walks `start` to its end; throws a `SessionError` for a missing or bad answer, a quit, or a defect.
    public func run(_ start: Walk<Situation>, console: inout some WalkConsole) throws(SessionError) -> Walk<Situation> {
        try given.check(against: start.definition, words: narrator)
        var walk = start
        // Each answer given ahead is used once: a person who goes back over it is asked instead.
        var used: Set<String> = []
        try checkDecided(in: walk, from: 0, used: &used, console: &console)
        while let prompt = walk.prompt {
            let screen = self.screen(for: prompt, in: walk)
            let before = walk.transcript.count
            if let answer = given[prompt.step], !used.contains(prompt.step) {
                used.insert(prompt.step)
                if input == .person { console.show(.answeredAhead(screen, answer: answer.value)) }
                walk = try answering(walk, with: answer.value, at: screen, origin: answer.origin)
            } else if case .acknowledge = prompt.kind, input != .person {
                walk = try answering(walk, with: "ok", at: screen, origin: "")
            } else {
                switch input {
                case .none:
                    throw SessionError(.usage, "docent: error: " + narrator.string("cli.missing-answer", ["step": .string(prompt.step)]))
                case .lines:
                    guard let line = console.readLine() else {
                        throw SessionError(.usage, "docent: error: " + narrator.string("cli.stdin-ended", ["step": .string(prompt.step)]))
                    }
                    walk = try answering(walk, with: line, at: screen, origin: "stdin")
                case .person:
                    if case .acknowledge = prompt.kind, console.groupsInstructions {
                        walk = try acknowledgeGroup(screen, in: walk, console: &console)
                    } else {
                        console.show(.screen(screen))
                        walk = try ask(screen, in: walk, console: &console)
                    }
                }
            }
            onProgress?(walk)
            try checkDecided(in: walk, from: min(before, walk.transcript.count), used: &used, console: &console)
        }
        return walk
    }

    /// Reads an answer that is not the person's to retype (given ahead, or piped): a wrong one ends the session.
    private func answering(_ walk: Walk<Situation>, with text: String, at screen: Screen, origin: String) throws(SessionError) -> Walk<Situation> {
        switch reader.read(text, at: screen, navigation: false) {
        case .answer(let canonical):
            do {
                return try walk.answering(canonical)
            } catch {
                throw failure(error, answer: text, origin: origin)
            }
        case .invalid(let problem):
            throw badAnswer(step: screen.step, answer: text, problem: problem, origin: origin)
        case .back, .quit:
            throw badAnswer(step: screen.step, answer: text, problem: .empty, origin: origin)
        }
    }

    /// What one line typed by the person does.
    enum Turn {
        /// The person went back: the walk one step (or one group of instructions) earlier.
        case wentBack(Walk<Situation>)
        /// Back at the first step: nothing to go back to; the question stays.
        case stayed
        /// An answer to read (never `.back` or `.quit`).
        case read(AnswerReader.Reading)
    }

    /// Reads the person's next line at `screen`: end of input and quit stop the session, back goes
    /// back through the engine, anything else is returned to be answered.
    func turn(at screen: Screen, in walk: Walk<Situation>, console: inout some WalkConsole) throws(SessionError) -> Turn {
        guard let line = console.readLine() else { throw SessionError(.interrupted, "") }
        let reading = reader.read(line, at: screen, navigation: true)
        switch reading {
        case .quit:
            throw SessionError(.interrupted, "")
        case .back:
            do {
                if let previous = try walk.back() {
                    console.show(.wentBack)
                    return .wentBack(console.groupsInstructions ? try groupStart(previous) : previous)
                }
            } catch {
                throw internalError(error)
            }
            console.show(.cannotGoBack)
            return .stayed
        case .answer, .invalid:
            return .read(reading)
        }
    }

    /// Asks the person until an answer is accepted, or they go back or quit.
    private func ask(_ screen: Screen, in walk: Walk<Situation>, console: inout some WalkConsole) throws(SessionError) -> Walk<Situation> {
        while true {
            let reading: AnswerReader.Reading
            switch try turn(at: screen, in: walk, console: &console) {
            case .wentBack(let previous): return previous
            case .stayed: continue
            case .read(let read): reading = read
            }
            switch reading {
            case .quit, .back:
                continue
            case .invalid(let problem):
                console.show(.rejected(narrator.answerProblemText(problem)))
            case .answer(let canonical):
                let next: Walk<Situation>
                do {
                    next = try walk.answering(canonical)
                } catch {
                    guard case .invalidAnswer(_, _, let problem) = error else { throw internalError(error) }
                    console.show(.rejected(narrator.answerProblemText(problem)))
                    continue
                }
                if case .confirm = screen.kind, !screen.preview.isEmpty {
                    return next  // the question showed what yes changes: it was the confirmation
                }
                if try confirmed(next, after: walk, console: &console) { return next }
                console.show(.screen(screen))
            }
        }
    }

    /// Shows questions decided without asking, and refuses an answer given ahead that contradicts one.
    private func checkDecided(
        in walk: Walk<Situation>, from start: Int, used: inout Set<String>, console: inout some WalkConsole
    ) throws(SessionError) {
        for entry in walk.transcript.dropFirst(start) {
            guard let decided = entry.decided, let answer = entry.answer else { continue }
            let label = narrator.formatted(decided)
            if let given = given[entry.step], !used.contains(entry.step) {
                used.insert(entry.step)
                let folded = AnswerReader.fold(given.value)
                if folded != AnswerReader.fold(answer), folded != AnswerReader.fold(label.plainText), folded != "1" {
                    throw badAnswer(step: entry.step, answer: given.value, problem: .notAChoice(offered: [label.plainText]), origin: given.origin)
                }
            }
            if input == .person, let message = entry.message {
                console.show(.decided(narrator.formatted(message), answer: label))
            }
        }
    }

    /// The screen for a prompt: numbered choices, users as `Name <email>`, the hint.
    public func screen(for prompt: Prompt, in walk: Walk<Situation>) -> Screen {
        let number = walk.answers.count + 1
        let message = narrator.formatted(prompt.message)
        switch prompt.kind {
        case .acknowledge:
            var screen = Screen(step: prompt.step, number: number, message: message, kind: .acknowledge, hint: narrator.string("cli.press-enter"))
            screen.total = total(walk)
            return screen
        case .confirm:
            var screen = Screen(step: prompt.step, number: number, message: message, kind: .confirm, hint: narrator.string("cli.yes-no"))
            screen.total = total(walk)
            if let yes = try? walk.answering("yes") { screen.preview = changes(from: walk, to: yes) }
            return screen
        case .choose(let offered):
            let options = offered.enumerated().map { index, choice in
                Screen.Option(number: index + 1, label: narrator.formatted(choice.label), value: choice.value)
            }
            var screen = Screen(step: prompt.step, number: number, message: message, kind: .choose(options), hint: narrator.string("cli.choose"))
            screen.total = total(walk)
            return screen
        case .input(let type, let values?):
            let options = values.enumerated().map { index, value in
                Screen.Option(
                    number: index + 1, label: FormattedMessage(segments: [.value(walk.state.label(forOption: value))]), value: value.text)
            }
            var screen = Screen(step: prompt.step, number: number, message: message, kind: .input(type, options: options), hint: narrator.string("cli.choose"))
            screen.total = total(walk)
            return screen
        case .input(let type, nil):
            var screen = Screen(step: prompt.step, number: number, message: message, kind: .input(type, options: nil), hint: narrator.string("cli.type-answer"))
            screen.total = total(walk)
            return screen
        }
    }

    /// The error for an answer given ahead or piped that the prompt does not take: exit 65, naming
    /// where it came from, the step, the value and what is allowed.
    private func badAnswer(step: String, answer: String, problem: AnswerProblem, origin: String) -> SessionError {
        let text = narrator.string("cli.bad-answer", ["step": .string(step), "answer": .string(answer), "problem": .string(narrator.answerProblemText(problem))])
        return SessionError(.badData, "docent: error: \(origin): " + text)
    }

    private func failure(_ error: WorkflowError, answer: String, origin: String) -> SessionError {
        if case .invalidAnswer(let step, _, let problem) = error {
            return badAnswer(step: step, answer: answer, problem: problem, origin: origin)
        }
        return internalError(error)
    }

    /// A defect of a definition or the bindings, in the person's words, kept as the cause.
    func internalError(_ error: WorkflowError) -> SessionError {
        SessionError(.internalError, "docent: error: " + narrator.string("error.internal", ["detail": .string("\(error)")]), cause: error)
    }

    /// The warning for answers given ahead for steps the walk did not reach: a few named, the rest counted.
    public func unusedWarning(for walk: Walk<Situation>) -> String? {
        let unused = given.unused(visited: Set(walk.transcript.map(\.step)))
        guard !unused.isEmpty else { return nil }
        let shown = unused.prefix(3).joined(separator: ", ")
        return "docent: " + narrator.string("cli.unused-answers", ["steps": .string(shown), "more": .int(unused.count - min(3, unused.count))])
    }
}
