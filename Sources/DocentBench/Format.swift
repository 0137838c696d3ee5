import Foundation

/// The lines `docent-bench` prints.
enum Format {
    /// `value` with `digits` decimals, or `–`.
    static func number(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    static func qa(_ figure: QABenchmark.Figure) -> String {
        func side(_ side: QABenchmark.Side) -> String {
            "\(side.tool): \(number(side.unitsPerSecond, digits: 0)) units/s (median \(number(side.seconds, digits: 3)) s, cpu \(number(side.cpuSeconds, digits: 3)) s), peak \(number(side.peakMegabytes, digits: 1)) MB, planted found \(side.plantedFound)/\(figure.planted), clean units flagged \(side.cleanUnitsFlagged), exit \(side.statuses.map(String.init).joined(separator: ","))\(side.timedOut ? " TIMED OUT" : "")"
        }
        var line = "  \(figure.units) units, \(figure.planted) planted, \(figure.rounds) rounds\n    \(side(figure.docent))"
        if let pofilter = figure.pofilter {
            line += "\n    \(side(pofilter))"
            line += "\n    ratio: throughput ×\(number(figure.throughputRatio, digits: 1)) (target ≥ 100), memory ×\(number(figure.memoryRatio, digits: 2)) (target ≤ 0.1)"
        }
        return line
    }

    static func importer(_ figure: ImportBenchmark.Figure) -> String {
        "  \(figure.megabytes) MB (\(figure.files) files, \(figure.rounds) rounds): docent \(number(figure.docentMBPerSecond, digits: 1)) MB/s (\(number(figure.docentSeconds, digits: 3)) s), bare htmlReadMemory \(number(figure.bareMBPerSecond, digits: 1)) MB/s (\(number(figure.bareSeconds, digits: 3)) s); docent at \(number(figure.docentShareOfBare.map { $0 * 100 }, digits: 0))% of bare (target ≥ 80%); CPU \(number(figure.docentCPUSeconds, digits: 3)) s vs \(number(figure.bareCPUSeconds, digits: 3)) s (×\(number(figure.docentCPUOverBare, digits: 1))); imported \(figure.imported), failed \(figure.failed), steps \(figure.steps)"
    }

    static func engine(_ figure: EngineBenchmark.Figure) -> String {
        "  \(figure.languages) languages rendered: \(figure.procedures) procedures, \(figure.walks) walks, \(figure.paths) paths, \(figure.transitions) transitions, \(figure.renderedTexts) texts in \(number(figure.seconds, digits: 3)) s (median of \(figure.rounds)) = \(number(figure.transitionsPerSecond, digits: 0)) transitions/s"
    }

    static func cli(_ command: CLIBenchmark.Command) -> String {
        "  \(command.name): median \(number(command.medianSeconds.map { $0 * 1000 }, digits: 1)) ms over \(command.runs) runs (exit \(command.exitStatus.map(String.init) ?? "?")); ×\(number(command.ratioToHelp)) of --help (round median ×\(number(command.medianRoundRatio))) (target ≤ 2)"
    }
}
