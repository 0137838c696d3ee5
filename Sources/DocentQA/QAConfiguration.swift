import Foundation

/// The severity of each check and the severity from which findings fail the run
/// (`Resources/qa/severity.json`).
///
/// ```json
/// { "failOn": "error", "checks": { "length.ratio": "off", "typography.quotes": "error" } }
/// ```
public struct QAConfiguration: Sendable, Codable, Equatable {
    /// Findings at or above this severity make `docent qa` exit 1.
    public var failOn: QASeverity
    /// Severities by check id; checks not named keep ``QACheck/defaultSeverity``.
    public var checks: [String: QASeverity]

    /// The defaults: every check at its default severity, failing on errors.
    public init(failOn: QASeverity = .error, checks: [String: QASeverity] = [:]) {
        self.failOn = failOn
        self.checks = checks
    }

    /// The configured severity of `check`.
    public func severity(of check: QACheck) -> QASeverity {
        checks[check.rawValue] ?? check.defaultSeverity
    }

    /// Reads a configuration; an unknown check id or severity is an error naming it.
    public static func decode(_ data: Data, file: String) throws(QAInputError) -> QAConfiguration {
        let configuration: QAConfiguration
        do {
            configuration = try JSONDecoder().decode(QAConfiguration.self, from: data)
        } catch {
            throw QAInputError(file: file, reason: "not a severity configuration: \(QAInputError.describe(error))")
        }
        for key in configuration.checks.keys.sorted() where QACheck(rawValue: key) == nil {
            throw QAInputError(file: file, reason: "unknown check '\(key)'")
        }
        return configuration
    }

    /// Applies the configured severities, dropping findings whose check is `off`.
    public func apply(_ findings: [QAFinding]) -> [QAFinding] {
        findings.compactMap { finding in
            let severity = severity(of: finding.check)
            guard severity != .off else { return nil }
            var configured = finding
            configured.severity = severity
            return configured
        }
    }
}
