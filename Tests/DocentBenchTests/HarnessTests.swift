@testable import DocentBench
import Foundation
import Testing

/// The benchmark harness's pure parts: seeded inputs, planted defects, statistics, parsing of reports.
@Suite("Benchmark harness")
struct HarnessTests {
    @Test("the seeded generator gives the same numbers for the same seed, others for another")
    func seededGenerator() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        var third = SeededGenerator(seed: 43)
        let a = (0..<100).map { _ in first.next() }
        let b = (0..<100).map { _ in second.next() }
        let c = (0..<100).map { _ in third.next() }
        #expect(a == b)
        #expect(a != c)
        #expect(Set(a).count == 100)
    }

    @Test("catalogs generated twice from one seed are identical; another seed changes them")
    func catalogsAreDeterministic() {
        let one = CatalogGenerator(units: 500).generate()
        let two = CatalogGenerator(units: 500).generate()
        let other = CatalogGenerator(units: 500, seed: 7).generate()
        #expect(one.source == two.source)
        #expect(one.target == two.target)
        #expect(one.planted == two.planted)
        #expect(one.target != other.target)
    }

    @Test("the catalogs hold the requested units, each with source, target, state and note")
    func catalogShape() {
        let output = CatalogGenerator(units: 300).generate()
        #expect(output.ids.count == 300)
        #expect(Set(output.ids).count == 300)
        #expect(output.source.components(separatedBy: "<unit id=").count - 1 == 300)
        #expect(output.target.components(separatedBy: "<unit id=").count - 1 == 300)
        #expect(output.target.components(separatedBy: "<segment state=\"translated\">").count - 1 == 300)
        #expect(output.target.components(separatedBy: "<note category=\"translator\">").count - 1 == 300)
        #expect(output.source.contains("srcLang=\"en\">"))
        #expect(output.target.contains("trgLang=\"fr\""))
    }

    @Test("defects are planted at the stated rate, of every kind, and only in planted units")
    func plantedCounts() throws {
        let output = CatalogGenerator(units: 4_000, defectInterval: 20).generate()
        // One unit in 20 on average: 200 expected; a fixed seed makes the count exact, the bound makes it sane.
        #expect((140...260).contains(output.planted.count))
        #expect(Set(output.planted.values) == Set(PlantedDefect.allCases))
        let targets = Self.targets(output.target)
        let sources = Self.sources(output.source)
        #expect(targets.count == 4_000)
        var changed = 0
        for (index, id) in output.ids.enumerated() {
            let clean = !output.planted.keys.contains(id)
            if clean {
                #expect(targets[index] != sources[index], "a clean unit is left in English: \(id)")
                #expect(!targets[index].contains("  "), "a clean unit has a double space: \(id)")
                #expect(!targets[index].contains(" ?"), "a clean unit has an ordinary space before ?: \(id)")
                #expect(!targets[index].contains("Hub des ventes"))
                if targets[index].contains(", plural,") { #expect(targets[index].contains(" many {"), "\(id)") }
            } else {
                changed += 1
            }
        }
        #expect(changed == output.planted.count)
    }

    @Test("each kind of defect changes the text the way its name says", arguments: PlantedDefect.allCases)
    func plantOne(_ kind: PlantedDefect) throws {
        let template = try #require(MessageTemplate.all.first { $0.supports(kind) })
        let english = CatalogGenerator.fill(template.english, object: "billing details", number: 30)
        let french = CatalogGenerator.fill(template.french, object: "informations de facturation", number: 30)
        let planted = CatalogGenerator.plant(kind, in: french, english: english)
        #expect(planted != french)
        switch kind {
        case .droppedPlaceholder: #expect(Self.placeholders(planted).count < Self.placeholders(french).count)
        case .missingPluralCategory: #expect(french.contains(" many {") && !planted.contains(" many {"))
        case .untranslated: #expect(planted == english)
        case .doubleSpace: #expect(planted.contains("  "))
        case .endPunctuation: #expect(french.hasSuffix(".") && !planted.hasSuffix("."))
        case .repeatedWord: #expect(planted.split(separator: " ").count == french.split(separator: " ").count + 1)
        case .numberChanged: #expect(french.contains("30") && planted.contains("31") && !planted.contains("30"))
        case .productName: #expect(planted.contains("Hub des ventes") && !planted.contains("Sales Hub"))
        case .frenchSpacing: #expect(planted.hasSuffix(" ?"))
        }
    }

    @Test("article corpora are deterministic and reach the requested size")
    func articles() {
        let one = ArticleCorpusGenerator().generate(totalBytes: 200_000)
        let two = ArticleCorpusGenerator().generate(totalBytes: 200_000)
        #expect(one == two)
        let total = one.reduce(0) { $0 + $1.count }
        #expect(total >= 200_000)
        #expect(total - (one.last?.count ?? 0) < 200_000)
        let first = String(decoding: one[0], as: UTF8.self)
        #expect(first.contains("<html lang=\"en\">") && first.contains("<ol>") && first.contains("<strong>"))
    }

    @Test("medians of odd and even counts, none for nothing")
    func median() {
        #expect(Statistics.median([]) == nil)
        #expect(Statistics.median([3]) == 3)
        #expect(Statistics.median([5, 1, 3]) == 3)
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
        #expect(Statistics.median([2, 2, 9, 1, 2]) == 2)
    }

    @Test("ratios and throughput refuse zero, negative and missing denominators")
    func ratios() {
        #expect(Statistics.ratio(3, 2) == 1.5)
        #expect(Statistics.ratio(3, 0) == nil)
        #expect(Statistics.ratio(3, -1) == nil)
        #expect(Statistics.ratio(nil, 2) == nil)
        #expect(Statistics.ratio(2, nil) == nil)
        #expect(Statistics.throughput(1_000, seconds: 0.5) == 2_000)
        #expect(Statistics.throughput(1_000, seconds: 0) == nil)
    }

    @Test("pairs alternate A, B, A, B…")
    func alternation() {
        #expect(Statistics.alternation(rounds: 3) == [.a, .b, .a, .b, .a, .b])
        #expect(Statistics.alternation(rounds: 0).isEmpty)
    }

    @Test("a finding on a planted unit counts once as found; on a clean unit, as flagged")
    func scoring() {
        let planted: [String: PlantedDefect] = ["a": .doubleSpace, "b": .untranslated, "c": .doubleSpace]
        let score = QABenchmark.score(flagged: ["a", "c", "x", "y"], planted: planted)
        #expect(score.found == 2)
        #expect(score.clean == 2)
        #expect(score.byKind == ["double-space": 2])
    }

    @Test("unit ids are read from a docent qa JSON report (French findings) and from pofilter's PO")
    func reports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docent-bench-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("report.json")
        try Data("""
            {"findings": [{"messageID": "gen.seat.1", "language": "fr", "check": "typography.spaces"},
                          {"messageID": "gen.seat.1", "language": "fr", "check": "length.ratio"},
                          {"messageID": "gen.help.2", "language": "de", "check": "typography.spaces"},
                          {"messageID": "gen.keep.3", "language": "fr", "check": "typography.french-spacing"}]}
            """.utf8).write(to: json)
        #expect(QABenchmark.docentFlaggedIDs(reportAt: json.path) == ["gen.seat.1", "gen.keep.3"])
        let po = """
            # (pofilter) doublespacing: Double spaces in translation
            msgctxt "gen.seat.1"
            msgid "Hello"
            msgstr "Bonjour  toi"

            msgctxt "gen.help.9"
            msgid "x"
            msgstr "y"
            """
        #expect(QABenchmark.poContexts(po) == ["gen.seat.1", "gen.help.9"])
    }

    @Test("hyperfine's JSON export gives each command's times")
    func hyperfine() {
        let data = Data(#"{"results": [{"command": "a", "times": [0.01, 0.02]}, {"command": "b", "times": [0.03]}]}"#.utf8)
        #expect(CLIBenchmark.hyperfineTimes(data, count: 3) == [[0.01, 0.02], [0.03], []])
    }

    @Test("options: sizes, output, parts; unknown flags are usage errors")
    func options() throws {
        let options = try BenchOptions.parse(["--sizes", "all", "--output", "r.json", "--only", "qa,cli", "--no-install"])
        #expect(options.sizes == .all)
        #expect(options.output == "r.json")
        #expect(options.parts == [.qa, .cli])
        #expect(!options.install)
        #expect(options.qaSizes.map(\.units) == [1_000, 10_000, 100_000])
        #expect(options.importSizes.map(\.megabytes) == [1, 10, 100])
        #expect(try BenchOptions.parse([]).sizes == .small)
        #expect(throws: BenchOptions.UsageError.self) { try BenchOptions.parse(["--sizes", "huge"]) }
        #expect(throws: BenchOptions.UsageError.self) { try BenchOptions.parse(["--fast"]) }
        #expect(throws: BenchOptions.UsageError.self) { try BenchOptions.parse(["--output"]) }
    }

    /// The simple placeholders (`{name}`, `{email}`, `{team}`) of a message, with repetitions.
    static func placeholders(_ text: String) -> [String] {
        ["{name}", "{email}", "{team}"].flatMap { name in Array(repeating: name, count: text.components(separatedBy: name).count - 1) }
    }

    /// The `<target>` texts, in order.
    static func targets(_ xliff: String) -> [String] { elements("target", in: xliff) }

    /// The `<source>` texts, in order.
    static func sources(_ xliff: String) -> [String] { elements("source", in: xliff) }

    /// The texts of every `<name>` element (unescaped enough for comparisons).
    static func elements(_ name: String, in xliff: String) -> [String] {
        xliff.components(separatedBy: "<\(name)>").dropFirst().map { $0.components(separatedBy: "</\(name)>")[0] }
    }
}
