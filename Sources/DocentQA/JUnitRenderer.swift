import DocentLocalization

/// The report as JUnit XML: a `<testsuite>` per file and language, a `<testcase>` per check that ran, failing
/// (`<failure>`) when the check has findings at or above the failing severity, and listing lower ones in `<system-out>`.
public enum JUnitRenderer {
    /// The JUnit document.
    public static func render(_ report: QAReport) -> String {
        var groups: [(file: String, language: String)] = []
        for finding in report.findings where !groups.contains(where: { $0.file == finding.file && $0.language == finding.language.rawValue }) {
            groups.append((finding.file, finding.language.rawValue))
        }
        for input in report.inputs where !groups.contains(where: { $0.file == input }) { groups.append((input, "")) }
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        for group in groups {
            let findings = report.findings.filter { $0.file == group.file && $0.language.rawValue == group.language }
            var cases = ""
            var failures = 0
            for check in report.checks {
                let hits = findings.filter { $0.check == check }
                let failing = hits.filter { $0.severity >= report.failOn }
                let className = escape("docent-qa." + (group.language.isEmpty ? "all" : group.language))
                cases += "    <testcase classname=\"\(className)\" name=\"\(escape(check.rawValue))\" time=\"0\">\n"
                if !failing.isEmpty {
                    failures += 1
                    let summary = "\(failing.count) finding\(failing.count == 1 ? "" : "s") at or above \(report.failOn.rawValue)"
                    cases += "      <failure message=\"\(escape(summary))\" type=\"\(escape(check.rawValue))\">"
                    cases += escape(failing.map(line).joined(separator: "\n")) + "</failure>\n"
                }
                let lower = hits.filter { $0.severity < report.failOn }
                if !lower.isEmpty { cases += "      <system-out>" + escape(lower.map(line).joined(separator: "\n")) + "</system-out>\n" }
                cases += "    </testcase>\n"
            }
            totalTests += report.checks.count
            totalFailures += failures
            let name = escape(group.file + (group.language.isEmpty ? "" : " [\(group.language)]"))
            suites += "  <testsuite name=\"\(name)\" tests=\"\(report.checks.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
            suites += cases + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"docent-qa\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\" time=\"0\">\n"
            + suites + "</testsuites>\n"
    }

    /// One finding as a diagnostic line.
    private static func line(_ finding: QAFinding) -> String {
        "\(finding.file)\(finding.line.map { ":\($0)" } ?? ""): \(finding.severity.rawValue): \(finding.messageID): \(finding.message) — \(finding.text)"
    }

    /// XML escaping for text and attributes; control characters other than tab and newline are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar == "\u{FFFE}" || scalar == "\u{FFFF}" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
