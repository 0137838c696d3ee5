import Foundation

/// `docent-bench`: Docent side by side with the tools users would pick instead, on generated inputs
/// (fixed seed), each pair run alternately; prints medians and ratios and writes them as JSON.
@main
struct DocentBench {
    static func main() {
        let options: BenchOptions
        do {
            options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("docent-bench: error: \(error)\n\(BenchOptions.usage)\n".utf8))
            exit(64)
        }
        do {
            try run(options)
        } catch {
            FileHandle.standardError.write(Data("docent-bench: error: \(error)\n".utf8))
            exit(70)
        }
    }

    /// Prints a progress line on stderr.
    static func log(_ line: String) {
        FileHandle.standardError.write(Data("· \(line)\n".utf8))
    }

    /// Prints a result line on stdout.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func run(_ options: BenchOptions) throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let docent = options.docent ?? Tools.docent(beside: CommandLine.arguments[0])
        guard FileManager.default.isExecutableFile(atPath: docent) else {
            throw BenchOptions.UsageError(description: "no docent executable at \(docent) (build it first, or give --docent)")
        }
        let work = options.keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("docent-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if options.keep == nil { try? FileManager.default.removeItem(at: work) } }
        let tools = Tools(install: options.install, log: { log($0) })
        var result = BenchResult(date: ISO8601DateFormatter().string(from: Date()), sizes: options.sizes,
                                 seed: SeededGenerator.defaultSeed, docent: docent, machine: Machine.current())
        say("docent-bench \(result.date), sizes \(options.sizes.rawValue), seed \(String(result.seed, radix: 16))")
        say("machine: \(result.machine.cores) cores, \(result.machine.cpu), \(result.machine.memoryGiB) GiB, \(result.machine.swift), libxml2 \(result.machine.libxml2), load \(result.machine.loadAverageAtStart)")

        if options.parts.contains(.qa) { runQA(options, docent: docent, tools: tools, work: work, into: &result) }
        if options.parts.contains(.import) { try runImport(options, work: work, into: &result) }
        if options.parts.contains(.engine) { try runEngine(options, into: &result) }
        if options.parts.contains(.cli) { try runCLI(options, docent: docent, tools: tools, work: work, into: &result) }

        result.machine.loadAverageAtEnd = Machine.loadAverage()
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        say("done in \(Format.number(result.seconds, digits: 1)) s; load average at the end \(result.machine.loadAverageAtEnd ?? "?")")
        for line in result.skipped { say(line) }
        for line in result.problems { say("problem: \(line)") }
        if let output = options.output {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(result).write(to: URL(fileURLWithPath: output))
            say("results written to \(output)")
        }
        if !result.problems.isEmpty { exit(1) }
    }

    static func runQA(_ options: BenchOptions, docent: String, tools: Tools, work: URL, into result: inout BenchResult) {
        guard Tools.hasQA(docent) else {
            result.skipped.append("qa: skipped (docent qa not available)")
            say("qa: skipped (docent qa not available)")
            return
        }
        let pofilter = tools.pofilter()
        if pofilter == nil { result.skipped.append("qa: pofilter not installed (--no-install): docent qa measured alone") }
        let benchmark = QABenchmark(directory: work, docent: docent, pofilter: pofilter, timeout: 600, keep: options.keep != nil)
        say("\nQA (fr catalog; docent qa on XLIFF 2.0 vs pofilter on the exported PO; alternated)")
        for size in options.qaSizes {
            do {
                let figure = try benchmark.measure(units: size.units, rounds: size.rounds, log: { log($0) })
                result.qa.append(figure)
                if figure.docent.statuses.contains(where: { $0 != 0 && $0 != 1 }) {
                    result.problems.append("docent qa exited \(figure.docent.statuses) on \(size.units) units")
                }
                say(Format.qa(figure))
            } catch {
                result.skipped.append("qa \(size.units): \(error)")
                say("qa \(size.units): skipped (\(error))")
            }
        }
    }

    static func runImport(_ options: BenchOptions, work: URL, into result: inout BenchResult) throws {
        say("\nImport (generated articles, \(ProcessInfo.processInfo.activeProcessorCount) cores; docent vs bare htmlReadMemory; alternated)")
        let benchmark = ImportBenchmark(directory: work, keep: options.keep != nil)
        for size in options.importSizes {
            let figure = try benchmark.measure(megabytes: size.megabytes, rounds: size.rounds, log: { log($0) })
            result.importer.append(figure)
            if figure.failed > 0 { result.problems.append("import: \(figure.failed) of \(figure.files) generated articles failed") }
            say(Format.importer(figure))
        }
    }

    static func runEngine(_ options: BenchOptions, into result: inout BenchResult) throws {
        say("\nEngine (every path of every procedure on every demo as every user)")
        for size in options.engineSizes {
            let figure = try EngineBenchmark().measure(languages: size.languages, rounds: size.rounds)
            result.engine.append(figure)
            if figure.paths == 0 { result.problems.append("engine: no path explored") }
            say(Format.engine(figure))
        }
    }

    static func runCLI(_ options: BenchOptions, docent: String, tools: Tools, work: URL, into result: inout BenchResult) throws {
        let hyperfine = tools.hyperfine()
        let benchmark = CLIBenchmark(docent: docent, hyperfine: hyperfine, directory: work)
        let plan = options.cliRounds
        say("\nCLI start (\(hyperfine == nil ? "own timer" : "hyperfine"), \(plan.rounds) rounds × \(plan.runs) runs, commands alternated)")
        let figure = try benchmark.measure(rounds: plan.rounds, runs: plan.runs, log: { log($0) })
        result.cli = figure
        for command in figure.commands { say(Format.cli(command)) }
        let expected: [Int32] = [0, 0, 64]
        for (command, status) in zip(figure.commands, expected) where command.exitStatus != status {
            result.problems.append("\(command.name) exited \(command.exitStatus.map(String.init) ?? "?"), expected \(status)")
        }
    }
}
