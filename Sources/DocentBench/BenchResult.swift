/// The machine-readable result of a `docent-bench` run.
struct BenchResult: Sendable, Codable {
    var date: String
    var sizes: BenchOptions.Sizes
    var seed: UInt64
    var docent: String
    var machine: Machine
    var qa: [QABenchmark.Figure] = []
    var importer: [ImportBenchmark.Figure] = []
    var engine: [EngineBenchmark.Figure] = []
    var cli: CLIBenchmark.Figure?
    /// Benchmarks not run, with the reason.
    var skipped: [String] = []
    /// What went wrong in the commands measured (a wrong exit status, a file not imported): the run then exits 1.
    var problems: [String] = []
    var seconds: Double = 0
}
