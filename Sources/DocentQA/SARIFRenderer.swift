import Foundation

/// The report as SARIF 2.1.0: one run, a rule per check, a result per finding with its level, message,
/// physical location and a partial fingerprint (the baseline fingerprint).
public enum SARIFRenderer {
    /// The SARIF 2.1.0 schema address.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The SARIF document as pretty JSON.
    public static func render(_ report: QAReport, toolVersion: String = "1.0.0") -> String {
        let rules: [[String: Any]] = report.checks.map { check in
            [
                "id": check.rawValue,
                "shortDescription": ["text": check.summary],
                "defaultConfiguration": ["level": level(check.defaultSeverity)],
            ]
        }
        let results: [[String: Any]] = report.findings.map { finding in
            var region: [String: Any] = [:]
            if let line = finding.line, line > 0 { region["startLine"] = line }
            var physical: [String: Any] = ["artifactLocation": ["uri": finding.file]]
            if !region.isEmpty { physical["region"] = region }
            var result: [String: Any] = [
                "ruleId": finding.check.rawValue,
                "level": level(finding.severity),
                "message": ["text": "\(finding.language.rawValue) \(finding.messageID): \(finding.message)"],
                "locations": [["physicalLocation": physical, "logicalLocations": [["name": finding.messageID, "kind": "resource"]]]],
                "partialFingerprints": ["docentQA/v1": finding.fingerprint],
                "properties": ["language": finding.language.rawValue, "text": finding.text],
            ]
            if let index = report.checks.firstIndex(of: finding.check) { result["ruleIndex"] = index }
            return result
        }
        let document: [String: Any] = [
            "$schema": schema,
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "docent-qa", "version": toolVersion, "informationUri": "https://example.invalid/docent", "rules": rules]],
                "results": results,
                "columnKind": "unicodeCodePoints",
            ]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The SARIF level of a severity.
    static func level(_ severity: QASeverity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        case .off: "none"
        }
    }
}
