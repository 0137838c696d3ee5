import Foundation

/// Cold start of `docent list` and of `docent walk`'s first prompt, each as a ratio to `docent --help`,
/// measured alternately: hyperfine rounds (each runs the three commands in turn), or the harness's own
/// timer when hyperfine is missing.
struct CLIBenchmark: Sendable {
    /// One command's figures.
    struct Command: Sendable, Codable {
        var name: String
        var arguments: [String]
        var medianSeconds: Double?
        /// The median over `docent --help`'s (target ≤ 2).
        var ratioToHelp: Double?
        /// The median of the per-round ratios (a check on the above under changing load).
        var medianRoundRatio: Double?
        var runs: Int
        var exitStatus: Int32?
    }

    /// The figures.
    struct Figure: Sendable, Codable {
        var tool: String
        var rounds: Int
        var runsPerRound: Int
        var commands: [Command]
    }

    var docent: String
    var hyperfine: String?
    var directory: URL

    /// The measured commands: the baseline first.
    var commands: [(name: String, arguments: [String])] {
        [("docent --help", ["--help"]),
         ("docent list", ["list", "--lang", "en"]),
         ("docent walk (first prompt)", ["walk", "assign-seat", "--lang", "en", "--no-input"])]
    }

    /// Measures `rounds` rounds of `runs` runs of each command.
    func measure(rounds: Int, runs: Int, log: (String) -> Void) throws -> Figure {
        var times = Array(repeating: [Double](), count: commands.count)
        var roundMedians: [[Double]] = []
        var statuses = [Int32?](repeating: nil, count: commands.count)
        for command in commands.indices {
            statuses[command] = try ProcessRunner.run([docent] + commands[command].arguments, timeout: 60).status
        }
        for round in 0..<rounds {
            let measured: [[Double]]
            if let hyperfine {
                measured = try hyperfineRound(hyperfine, round: round, runs: runs)
            } else {
                measured = try ownRound(runs: runs)
            }
            for (index, values) in measured.enumerated() { times[index] += values }
            roundMedians.append(measured.map { Statistics.median($0) ?? .nan })
            log("cli: round \(round + 1) of \(rounds) done")
        }
        let help = Statistics.median(times[0])
        let result = commands.indices.map { index in
            let median = Statistics.median(times[index])
            let roundRatios = roundMedians.compactMap { Statistics.ratio($0[index], $0[0]) }
            return Command(name: commands[index].name, arguments: commands[index].arguments, medianSeconds: median,
                           ratioToHelp: Statistics.ratio(median, help), medianRoundRatio: Statistics.median(roundRatios),
                           runs: times[index].count, exitStatus: statuses[index])
        }
        return Figure(tool: hyperfine == nil ? "docent-bench timer" : "hyperfine", rounds: rounds, runsPerRound: runs, commands: result)
    }

    /// One hyperfine round: every command, in turn, exported as JSON; the times of each.
    func hyperfineRound(_ hyperfine: String, round: Int, runs: Int) throws -> [[Double]] {
        let export = directory.appendingPathComponent("hyperfine-round-\(round + 1).json").path
        let lines = commands.map { ([docent] + $0.arguments).joined(separator: " ") }
        let arguments = [hyperfine, "-N", "--style", "none", "--warmup", "2", "--runs", String(runs), "-i",
                         "--export-json", export] + lines
        let result = try ProcessRunner.run(arguments, timeout: 300)
        guard result.status == 0, let data = FileManager.default.contents(atPath: export) else {
            throw QABenchmark.Failure(description: "hyperfine failed (exit \(result.status))")
        }
        return Self.hyperfineTimes(data, count: commands.count)
    }

    /// The `times` of each result of a hyperfine JSON export.
    static func hyperfineTimes(_ data: Data, count: Int) -> [[Double]] {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let results = object["results"] as? [[String: Any]] else { return Array(repeating: [], count: count) }
        var times = results.map { ($0["times"] as? [Double]) ?? [] }
        while times.count < count { times.append([]) }
        return times
    }

    /// One round timed by the harness: the commands one after another, `runs` times.
    func ownRound(runs: Int) throws -> [[Double]] {
        var times = Array(repeating: [Double](), count: commands.count)
        for _ in 0..<runs {
            for (index, command) in commands.enumerated() {
                times[index].append(try ProcessRunner.run([docent] + command.arguments, timeout: 60).seconds)
            }
        }
        return times
    }
}
