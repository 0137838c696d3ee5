import CLibXML2
import DocentLocalization
import Foundation
import Testing
@testable import DocentQA

/// The report formats, the severity configuration and the baseline.
@Suite("docent qa: reports, configuration, baseline")
struct ReportTests {
    /// A few findings in two files and two languages.
    static func findings() throws -> [QAFinding] {
        let fr = try QAFixture.findings(.fr, source: "Hello {user}.", target: "Bonjour  {name} <&>.")
        let de = try QAFixture.findings(.de, source: "Remove the seats?", target: "Lizenzen entfernen.")
        return fr + de
    }

    static func report(_ configuration: QAConfiguration = QAConfiguration(), baseline: QABaseline = QABaseline()) throws -> QAReport {
        QAReport(inputs: ["en.xlf", "fr.xlf", "de.xlf"], findings: try findings(), checks: QAReport.catalogChecks,
                 configuration: configuration, baseline: baseline)
    }

    @Test("SARIF has the 2.1.0 schema's required fields")
    func sarif() throws {
        let report = try Self.report()
        let text = SARIFRenderer.render(report)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        #expect(document["$schema"] as? String == SARIFRenderer.schema)
        let runs = try #require(document["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "docent-qa")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.allSatisfy { $0["id"] is String })
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count && !results.isEmpty)
        let levels: Set<String> = ["none", "note", "warning", "error"]
        for result in results {
            let message = try #require(result["message"] as? [String: Any])
            #expect(message["text"] is String)
            #expect(levels.contains(result["level"] as? String ?? ""))
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleID)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] is String)
            if let region = physical["region"] as? [String: Any] { #expect((region["startLine"] as? Int ?? 0) >= 1) }
        }
    }

    /// A JUnit document read with libxml2: each suite's name, declared counts, and cases with their failures.
    struct Suite { var name: String; var tests: Int; var failures: Int; var cases: [(name: String, failed: Bool)] }

    static func parseJUnit(_ text: String) throws -> [Suite] {
        let data = Array(text.utf8)
        let document = data.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "junit.xml", nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
                }
            } ?? nil
        }
        let parsed = try #require(document, "JUnit XML is not well formed")
        defer { xmlFreeDoc(parsed) }
        let root = try #require(xmlDocGetRootElement(parsed))
        #expect(String(cString: root.pointee.name) == "testsuites")
        func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
            guard let value = xmlGetProp(node, name) else { return nil }
            defer { docent_xmlFree(value) }
            return String(cString: value)
        }
        func children(_ node: xmlNodePtr, _ name: String) -> [xmlNodePtr] {
            var result: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, String(cString: current.pointee.name) == name { result.append(current) }
                child = current.pointee.next
            }
            return result
        }
        return children(root, "testsuite").map { suite in
            Suite(name: attribute(suite, "name") ?? "", tests: Int(attribute(suite, "tests") ?? "") ?? -1,
                  failures: Int(attribute(suite, "failures") ?? "") ?? -1,
                  cases: children(suite, "testcase").map { (attribute($0, "name") ?? "", !children($0, "failure").isEmpty) })
        }
    }

    @Test("JUnit is well-formed XML whose counts match its test cases and failures")
    func junit() throws {
        let report = try Self.report()
        let suites = try Self.parseJUnit(JUnitRenderer.render(report))
        #expect(suites.count >= 3)
        for suite in suites {
            #expect(suite.tests == suite.cases.count)
            #expect(suite.failures == suite.cases.filter(\.failed).count)
        }
        let french = try #require(suites.first { $0.name.contains("fr.xlf [fr]") })
        #expect(french.cases.contains { $0.name == QACheck.placeholders.rawValue && $0.failed })
        #expect(french.cases.contains { $0.name == QACheck.urls.rawValue && !$0.failed })
    }

    @Test("text is grouped by file and language, without colour unless asked")
    func text() throws {
        let report = try Self.report()
        let plain = TextReportRenderer(colour: false).render(report)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("fr.xlf\n  [fr] "))
        #expect(plain.contains("error: [placeholders.mismatch] test.message:"))
        #expect(plain.contains("failed (at or above error)"))
        #expect(TextReportRenderer(colour: true).render(report).contains("\u{1B}[31merror\u{1B}[0m"))
    }

    @Test("the bundled severity configuration names every check with a severity")
    func bundledConfiguration() throws {
        let url = try QAFixture.qaFolder().appendingPathComponent("severity.json")
        let configuration = try QAConfiguration.decode(try Data(contentsOf: url), file: url.path)
        #expect(Set(configuration.checks.keys) == Set(QACheck.allCases.map(\.rawValue)))
        #expect(configuration.failOn == .error)
    }

    @Test("an unknown check in the configuration is an error naming it")
    func unknownCheck() {
        #expect(throws: QAInputError(file: "s.json", reason: "unknown check 'typo.check'")) {
            try QAConfiguration.decode(Data(#"{"failOn":"error","checks":{"typo.check":"off"}}"#.utf8), file: "s.json")
        }
    }

    @Test("configured severities apply; off drops a check; failing depends on failOn")
    func severities() throws {
        let all = try Self.report()
        #expect(all.failed)
        let relaxed = try Self.report(QAConfiguration(failOn: .error, checks: ["placeholders.mismatch": "warning", "typography.spaces": "off"]
            .mapValues { QASeverity(rawValue: $0) ?? .off }))
        #expect(!relaxed.findings.contains { $0.check == .spaces })
        #expect(relaxed.findings.contains { $0.check == .placeholders && $0.severity == .warning })
        #expect(!relaxed.failed)
        let strict = try Self.report(QAConfiguration(failOn: .info, checks: ["placeholders.mismatch": .warning, "typography.spaces": .off]))
        #expect(strict.failed)
    }

    @Test("a baseline accepts findings until their source or target text changes")
    func baseline() throws {
        let findings = try Self.findings()
        let baseline = QABaseline(accepting: findings, reason: "accepted in review")
        let accepted = try Self.report(baseline: baseline)
        #expect(accepted.findings.isEmpty)
        #expect(accepted.accepted == findings.count)
        #expect(!accepted.failed)
        // The same defect after the translation changed: the fingerprint no longer matches.
        let changed = try QAFixture.findings(.fr, source: "Hello {user}.", target: "Salut  {name}.")
        let split = baseline.filter(changed)
        #expect(!split.reported.isEmpty)
        #expect(!split.expired.isEmpty)
        // And after the source changed.
        let newSource = try QAFixture.findings(.fr, source: "Hello, {user}.", target: "Bonjour  {name} <&>.")
        #expect(!baseline.filter(newSource).reported.isEmpty)
        // The file round-trips.
        #expect(try QABaseline.decode(baseline.encoded(), file: "b.json") == baseline)
    }
}
