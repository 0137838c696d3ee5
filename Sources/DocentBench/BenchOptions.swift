/// The command line of `docent-bench`.
struct BenchOptions: Sendable, Equatable {
    /// Which input sizes to run.
    enum Sizes: String, Sendable, Codable {
        /// The smallest size of each figure (seconds; CI's smoke run).
        case small
        /// Three sizes of each figure.
        case all
    }

    /// The benchmarks, in the order they run.
    enum Part: String, Sendable, CaseIterable, Codable {
        case qa, `import`, engine, cli
    }

    var sizes: Sizes = .small
    var output: String?
    var install = true
    var parts: Set<Part> = Set(Part.allCases)
    var docent: String?
    /// A folder to generate the inputs in and keep them (for profiling); by default a temporary one, deleted.
    var keep: String?
    /// QA catalog sizes given on the command line, instead of the `--sizes` ones.
    var qaUnits: [Int]?

    /// A usage error.
    struct UsageError: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    static let usage = """
        usage: docent-bench [--sizes small|all] [--output FILE.json] [--only qa,import,engine,cli] [--no-install] [--docent PATH] [--keep DIR] [--qa-units N,…]

          --sizes small   the smallest size of each figure (default; seconds)
          --sizes all     three sizes of each figure (about 15 minutes on 2 cores)
          --output FILE   write the results as JSON
          --only LIST     run only these benchmarks
          --no-install    use only the peer tools already installed (hyperfine, pofilter)
          --docent PATH   the docent executable (default: the one built beside docent-bench)
          --keep DIR      generate the inputs in DIR and keep them (to profile a command on them)
          --qa-units N,…  QA catalog sizes instead of those of --sizes (one round each)
        """

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions {
        var options = BenchOptions()
        var index = 0
        func value(_ flag: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(description: "\(flag) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--sizes":
                let raw = try value(argument)
                guard let sizes = Sizes(rawValue: raw) else { throw UsageError(description: "--sizes takes small or all, not '\(raw)'") }
                options.sizes = sizes
            case "--output", "-o": options.output = try value(argument)
            case "--docent": options.docent = try value(argument)
            case "--keep": options.keep = try value(argument)
            case "--qa-units":
                let raw = try value(argument)
                let units = raw.split(separator: ",").compactMap { Int($0) }
                guard !units.isEmpty, units.count == raw.split(separator: ",").count, units.allSatisfy({ $0 > 0 }) else {
                    throw UsageError(description: "--qa-units takes positive unit counts, such as 10000 or 1000,5000")
                }
                options.qaUnits = units
            case "--no-install": options.install = false
            case "--only":
                var parts: Set<Part> = []
                for name in try value(argument).split(separator: ",") {
                    guard let part = Part(rawValue: String(name)) else { throw UsageError(description: "unknown benchmark '\(name)'") }
                    parts.insert(part)
                }
                options.parts = parts
            default: throw UsageError(description: "unknown argument '\(argument)'")
            }
            index += 1
        }
        return options
    }

    /// QA catalog sizes (units per language) and alternated rounds at each.
    var qaSizes: [(units: Int, rounds: Int)] {
        if let qaUnits { return qaUnits.map { ($0, 1) } }
        return sizes == .small ? [(1_000, 2)] : [(1_000, 5), (10_000, 3), (100_000, 1)]
    }

    /// Import corpus sizes (MB) and alternated rounds at each.
    var importSizes: [(megabytes: Int, rounds: Int)] {
        sizes == .small ? [(1, 3)] : [(1, 7), (10, 5), (100, 3)]
    }

    /// Engine sizes (languages rendered at every step) and rounds.
    var engineSizes: [(languages: Int, rounds: Int)] {
        sizes == .small ? [(0, 1), (1, 1)] : [(0, 5), (1, 5), (5, 3)]
    }

    /// CLI rounds and runs per command per round.
    var cliRounds: (rounds: Int, runs: Int) {
        sizes == .small ? (1, 3) : (6, 10)
    }
}
