import Foundation

/// The machine a run was taken on, and how loaded it was.
struct Machine: Sendable, Codable {
    var cores: Int
    var cpu: String
    var memoryGiB: Double
    var swift: String
    var libxml2: String
    var loadAverageAtStart: String
    var loadAverageAtEnd: String?

    /// Reads the machine now.
    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kilobytes = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Double($0) } ?? 0
        let swift = ProcessRunner.output(["swift", "--version"])?.text.split(separator: "\n").first.map(String.init) ?? "unknown"
        let libxml2 = ProcessRunner.output(["pkg-config", "--modversion", "libxml-2.0"])?.text
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model, memoryGiB: (kilobytes / 1_048_576 * 10).rounded() / 10,
                       swift: swift, libxml2: libxml2, loadAverageAtStart: loadAverage(), loadAverageAtEnd: nil)
    }

    /// `/proc/loadavg`'s three averages.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
