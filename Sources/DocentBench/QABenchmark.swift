import Foundation

/// `docent qa` against translate-toolkit's `pofilter` on the same generated catalog (XLIFF 2.0 for
/// Docent, its `docent l10n export --format po` for pofilter), run alternately.
struct QABenchmark: Sendable {
    /// One tool's figures at one size.
    struct Side: Sendable, Codable {
        var tool: String
        var seconds: Double?
        var cpuSeconds: Double?
        var peakMegabytes: Double?
        var unitsPerSecond: Double?
        /// Planted defects with a finding on their unit.
        var plantedFound: Int
        /// Clean units with a finding (false positives, or defects of the generator's own text).
        var cleanUnitsFlagged: Int
        /// Planted defects found, by kind.
        var foundByKind: [String: Int]
        var statuses: [Int32]
        var timedOut: Bool
    }

    /// The figures at one size.
    struct Figure: Sendable, Codable {
        var units: Int
        var planted: Int
        var plantedByKind: [String: Int]
        var rounds: Int
        var docent: Side
        var pofilter: Side?
        /// Docent's units per second over pofilter's (target ≥ 100).
        var throughputRatio: Double?
        /// Docent's peak memory over pofilter's (target ≤ 0.1).
        var memoryRatio: Double?
    }

    var directory: URL
    var docent: String
    var pofilter: String?
    var timeout: Double
    /// Whether the generated inputs stay on disk.
    var keep = false
    var seed: UInt64 = SeededGenerator.defaultSeed

    /// Why a size could not be measured.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Generates `units` units, exports the PO, runs both tools alternately `rounds` times.
    func measure(units: Int, rounds: Int, log: (String) -> Void) throws -> Figure {
        let folder = directory.appendingPathComponent("qa-\(units)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        let generated = CatalogGenerator(units: units, seed: seed).generate()
        let source = folder.appendingPathComponent("en.xlf").path
        let target = folder.appendingPathComponent("fr.xlf").path
        try generated.source.write(toFile: source, atomically: false, encoding: .utf8)
        try generated.target.write(toFile: target, atomically: false, encoding: .utf8)
        // `l10n export` reads a whole catalog folder: the other languages are present and empty.
        for language in ["de", "sv", "nl"] {
            try (CatalogGenerator.header(target: language) + CatalogGenerator.footer)
                .write(to: folder.appendingPathComponent("\(language).xlf"), atomically: false, encoding: .utf8)
        }
        let poFolder = folder.appendingPathComponent("po").path
        let exportErrors = folder.appendingPathComponent("export.err").path
        let export = try ProcessRunner.run([docent, "l10n", "export", "--format", "po", "--catalogs", folder.path,
                                            "--lang", "fr", "--output", poFolder], stderr: exportErrors, timeout: timeout)
        let po = (poFolder as NSString).appendingPathComponent("fr.po")
        if pofilter != nil && (export.status != 0 || !FileManager.default.fileExists(atPath: po)) {
            let message = (try? String(contentsOfFile: exportErrors, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? ""
            throw Failure(description: "docent l10n export --format po failed (exit \(export.status)): \(message)")
        }
        let products = folder.appendingPathComponent("notranslate.txt").path
        try "HubSpot\nSales Hub\nService Hub\nZendesk\n".write(toFile: products, atomically: false, encoding: .utf8)

        let docentReport = folder.appendingPathComponent("docent.json").path
        let pofilterReport = folder.appendingPathComponent("pofilter.po").path
        let docentCommand = [docent, "qa", source, target, "--format", "json", "--no-baseline"]
        let pofilterCommand = pofilter.map { [$0, "--progress=none", "--language=fr", "--notranslatefile=\(products)", "-i", po, "-o", pofilterReport] }
        var docentRuns: [ProcessRunner.Measurement] = []
        var pofilterRuns: [ProcessRunner.Measurement] = []
        for side in Statistics.alternation(rounds: rounds) {
            switch side {
            case .a:
                docentRuns.append(try ProcessRunner.run(docentCommand, stdout: docentReport, timeout: timeout))
            case .b:
                guard let pofilterCommand else { continue }
                try? FileManager.default.removeItem(atPath: pofilterReport)
                pofilterRuns.append(try ProcessRunner.run(pofilterCommand, timeout: timeout))
            }
            log("qa \(units): \(side == .a ? "docent" : "pofilter") run done")
        }
        let planted = generated.planted
        let docentIDs = Self.docentFlaggedIDs(reportAt: docentReport)
        let docentSide = Self.side("docent qa", runs: docentRuns, units: units, flagged: docentIDs, planted: planted)
        var pofilterSide: Side?
        if pofilterCommand != nil {
            pofilterSide = Self.side("pofilter", runs: pofilterRuns, units: units,
                                     flagged: Self.pofilterFlaggedIDs(reportAt: pofilterReport), planted: planted)
        }
        var byKind: [String: Int] = [:]
        for kind in planted.values { byKind[kind.rawValue, default: 0] += 1 }
        return Figure(
            units: units, planted: planted.count, plantedByKind: byKind, rounds: rounds, docent: docentSide, pofilter: pofilterSide,
            throughputRatio: Statistics.ratio(docentSide.unitsPerSecond, pofilterSide?.unitsPerSecond),
            memoryRatio: Statistics.ratio(docentSide.peakMegabytes, pofilterSide?.peakMegabytes))
    }

    /// One tool's medians and what it found.
    static func side(_ tool: String, runs: [ProcessRunner.Measurement], units: Int, flagged: Set<String>,
                     planted: [String: PlantedDefect]) -> Side {
        let seconds = Statistics.median(runs.map(\.seconds))
        let peak = Statistics.median(runs.map { Double($0.peakBytes) / 1_048_576 })
        let score = Self.score(flagged: flagged, planted: planted)
        return Side(tool: tool, seconds: seconds, cpuSeconds: Statistics.median(runs.map(\.cpuSeconds)), peakMegabytes: peak,
                    unitsPerSecond: Statistics.throughput(units, seconds: seconds), plantedFound: score.found,
                    cleanUnitsFlagged: score.clean, foundByKind: score.byKind, statuses: runs.map(\.status),
                    timedOut: runs.contains(where: \.timedOut))
    }

    /// How many planted units were flagged (in all and by kind) and how many clean units were.
    static func score(flagged: Set<String>, planted: [String: PlantedDefect]) -> (found: Int, clean: Int, byKind: [String: Int]) {
        var found = 0
        var clean = 0
        var byKind: [String: Int] = [:]
        for id in flagged {
            if let kind = planted[id] {
                found += 1
                byKind[kind.rawValue, default: 0] += 1
            } else {
                clean += 1
            }
        }
        return (found, clean, byKind)
    }

    /// The message ids of the French findings in a `docent qa --format json` report.
    static func docentFlaggedIDs(reportAt path: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let findings = object["findings"] as? [[String: Any]] else { return [] }
        var ids: Set<String> = []
        for finding in findings {
            guard let id = finding["messageID"] as? String else { continue }
            if let language = finding["language"] as? String, language != "fr" { continue }
            ids.insert(id)
        }
        return ids
    }

    /// The `msgctxt` (unit id) of every unit pofilter wrote to its report.
    static func pofilterFlaggedIDs(reportAt path: String) -> Set<String> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return poContexts(text)
    }

    /// The `msgctxt` values of a PO text.
    static func poContexts(_ text: String) -> Set<String> {
        var ids: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("msgctxt \"") && line.hasSuffix("\"") {
            ids.insert(String(line.dropFirst(9).dropLast()))
        }
        return ids
    }
}
