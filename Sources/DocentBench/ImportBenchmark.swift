import CLibXML2
import DocentArticles
import Foundation

/// Docent's article import against libxml2's bare `htmlReadMemory` on the same files, both on every core.
struct ImportBenchmark: Sendable {
    /// The figures at one corpus size.
    struct Figure: Sendable, Codable {
        var megabytes: Int
        var files: Int
        var bytes: Int
        var rounds: Int
        var docentSeconds: Double?
        var bareSeconds: Double?
        var docentMBPerSecond: Double?
        var bareMBPerSecond: Double?
        /// Docent's throughput as a share of the bare parser's (target ≥ 0.8).
        var docentShareOfBare: Double?
        /// CPU seconds of the process (both cores) per run, median: steadier than wall time under load.
        var docentCPUSeconds: Double?
        var bareCPUSeconds: Double?
        /// Docent's CPU time over the bare parser's.
        var docentCPUOverBare: Double?
        /// Articles Docent imported (every file, when correct).
        var imported: Int
        var failed: Int
        var steps: Int
    }

    var directory: URL
    /// Whether the generated inputs stay on disk.
    var keep = false
    var seed: UInt64 = SeededGenerator.defaultSeed

    /// Generates a corpus of `megabytes` MB, measures both sides alternately `rounds` times, deletes the corpus.
    func measure(megabytes: Int, rounds: Int, log: (String) -> Void) throws -> Figure {
        let folder = directory.appendingPathComponent("articles-\(megabytes)mb")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        let pages = ArticleCorpusGenerator(seed: seed).generate(totalBytes: megabytes * 1_000_000)
        var paths: [String] = []
        for (index, page) in pages.enumerated() {
            let path = folder.appendingPathComponent(String(format: "article-%06d.html", index)).path
            try page.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let bytes = pages.reduce(0) { $0 + $1.count }
        var docent: [Double] = []
        var bare: [Double] = []
        var docentCPU: [Double] = []
        var bareCPU: [Double] = []
        var imported = 0
        var failed = 0
        var steps = 0
        // A warm-up of each side, so the page cache and the allocator start alike.
        _ = Self.bareParse(paths)
        _ = ArticleImporter().importFiles(atPaths: paths)
        for side in Statistics.alternation(rounds: rounds) {
            switch side {
            case .a:
                let start = DispatchTime.now().uptimeNanoseconds
                let cpu = Self.processCPUSeconds()
                let results = ArticleImporter().importFiles(atPaths: paths)
                docent.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                docentCPU.append(Self.processCPUSeconds() - cpu)
                imported = 0
                failed = 0
                steps = 0
                for result in results {
                    switch result {
                    case .success(let article):
                        imported += 1
                        steps += article.sections.reduce(0) { $0 + $1.steps.count }
                    case .failure: failed += 1
                    }
                }
            case .b:
                let start = DispatchTime.now().uptimeNanoseconds
                let cpu = Self.processCPUSeconds()
                let parsed = Self.bareParse(paths)
                bare.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                bareCPU.append(Self.processCPUSeconds() - cpu)
                if parsed != paths.count { log("import: the bare parser built \(parsed) of \(paths.count) documents") }
            }
        }
        let docentMedian = Statistics.median(docent)
        let bareMedian = Statistics.median(bare)
        let megabytesRead = Double(bytes) / 1_000_000
        let docentRate = Statistics.ratio(megabytesRead, docentMedian)
        let bareRate = Statistics.ratio(megabytesRead, bareMedian)
        return Figure(megabytes: megabytes, files: paths.count, bytes: bytes, rounds: rounds, docentSeconds: docentMedian,
                      bareSeconds: bareMedian, docentMBPerSecond: docentRate, bareMBPerSecond: bareRate,
                      docentShareOfBare: Statistics.ratio(docentRate, bareRate), docentCPUSeconds: Statistics.median(docentCPU),
                      bareCPUSeconds: Statistics.median(bareCPU),
                      docentCPUOverBare: Statistics.ratio(Statistics.median(docentCPU), Statistics.median(bareCPU)), imported: imported, failed: failed, steps: steps)
    }

    /// User plus system CPU seconds of this process so far (every thread).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Reads and parses every file with bare `htmlReadMemory` on every core, as `ArticleImporter` does; the
    /// number of documents built.
    static func bareParse(_ paths: [String]) -> Int {
        xmlInitParser()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        let built = Counter()
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            guard let data = FileManager.default.contents(atPath: paths[index]) else { return }
            let document: htmlDocPtr? = data.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return nil }
                return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), paths[index], nil, options)
            }
            if let document {
                built.increment()
                xmlFreeDoc(document)
            }
        }
        return built.value
    }
}
