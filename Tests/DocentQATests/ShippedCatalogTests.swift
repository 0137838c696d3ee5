import DocentKit
import DocentLocalization
import Foundation
import Testing
@testable import DocentQA

/// The catalogs Docent ships pass their own QA: no error-level finding with the bundled configuration and baseline.
@Suite("docent qa: shipped catalogs")
struct ShippedCatalogTests {
    @Test func noErrorLevelFinding() throws {
        let folders = try DocentLibrary.bundledFolders()
        let qa = folders.resources.appendingPathComponent("qa")
        let loaded = try CatalogFiles.load([folders.localizations.path])
        #expect(loaded.targets.map(\.catalog.language) == [.fr, .de, .sv, .nl])
        #expect(loaded.source.problems.isEmpty && loaded.targets.allSatisfy(\.problems.isEmpty))
        let findings = CatalogQA(rules: try QAFixture.rules()).check(source: loaded.source, targets: loaded.targets)
        let configuration = try QAConfiguration.decode(try Data(contentsOf: qa.appendingPathComponent("severity.json")), file: "severity.json")
        let baseline = try QABaseline.decode(try Data(contentsOf: qa.appendingPathComponent("baseline.json")), file: "baseline.json")
        let report = QAReport(inputs: [], findings: findings, checks: QAReport.catalogChecks, configuration: configuration, baseline: baseline)
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.language.rawValue) \($0.messageID): \($0.message)" })")
        #expect(!report.failed)
        #expect(report.expired.isEmpty, "baseline entries that no longer match: \(report.expired.map(\.id))")
    }
}
