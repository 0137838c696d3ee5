import DocentKit
import DocentLocalization
import DocentModel
import DocentWorkflow
import Foundation

/// The interpreter's transitions per second, and the time to explore every path of every shipped
/// procedure on every demo account as every user, rendering what each step shows in 0, 1 or 5 languages.
struct EngineBenchmark: Sendable {
    /// The figures at one size (the number of languages every step is rendered in).
    struct Figure: Sendable, Codable {
        var languages: Int
        var rounds: Int
        var procedures: Int
        var walks: Int
        var paths: Int
        var transitions: Int
        var renderedTexts: Int
        var seconds: Double?
        var transitionsPerSecond: Double?
    }

    /// What one exploration did.
    struct Tally: Sendable, Equatable {
        var walks = 0
        var paths = 0
        var transitions = 0
        var renderedTexts = 0
    }

    /// The day walks start on, as in the tests.
    static let today = CalendarDate(year: 2026, month: 11, day: 22)

    /// Explores everything `rounds` times, rendering in the first `languages` languages.
    func measure(languages: Int, rounds: Int) throws -> Figure {
        let library = try DocentLibrary.bundled()
        let narrators = Language.allCases.prefix(languages).map { Narrator(catalogs: library.catalogs, language: $0) }
        _ = try Self.explore(library, narrators: narrators)  // warm-up: catalogs load on first use
        var times: [Double] = []
        var tally = Tally()
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            tally = try Self.explore(library, narrators: narrators)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let median = Statistics.median(times)
        return Figure(languages: languages, rounds: rounds, procedures: library.definitions.count, walks: tally.walks,
                      paths: tally.paths, transitions: tally.transitions, renderedTexts: tally.renderedTexts,
                      seconds: median, transitionsPerSecond: Statistics.throughput(tally.transitions, seconds: median))
    }

    /// Every path of every procedure on every demo as every user; every walk reached rendered by `narrators`.
    static func explore(_ library: DocentLibrary, narrators: [Narrator]) throws -> Tally {
        guard let today else { return Tally() }
        var tally = Tally()
        for definition in library.definitions {
            for demo in library.demos {
                for actor in demo.userEmails {
                    let start = try library.startWalk(definition, on: demo, as: actor, today: today)
                    var visits = 0
                    var rendered = 0
                    let exploration = try Explorer<Situation>().explore(definition, bindings: library.bindings, from: start.state) { walk in
                        visits += 1
                        for narrator in narrators { rendered += try render(walk, narrator: narrator) }
                    }
                    tally.walks += 1
                    tally.paths += exploration.paths.count
                    tally.transitions += max(visits - 1, 0)
                    tally.renderedTexts += rendered
                }
            }
        }
        return tally
    }

    /// Formats what `walk` shows now (prompt and choices, or ending and refusal); the number of texts.
    static func render(_ walk: Walk<Situation>, narrator: Narrator) throws -> Int {
        var count = 0
        if let prompt = walk.prompt {
            _ = try narrator.text(prompt.message)
            count += 1
            if case .choose(let choices) = prompt.kind {
                for choice in choices { _ = try narrator.text(choice.label) }
                count += choices.count
            }
        }
        if let ending = walk.ending {
            if let message = ending.message {
                _ = try narrator.text(message)
                count += 1
            }
            if let failure = ending.failure {
                _ = try narrator.refusal(failure.error)
                count += 1
            }
        }
        return count
    }
}
