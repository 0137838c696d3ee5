import DocentLocalization

/// The outcome of a QA run: findings still reported (configured, baseline applied), those the baseline accepted,
/// expired baseline entries, and whether the run fails.
public struct QAReport: Sendable, Codable {
    /// What was checked (files), for the reports' headers.
    public var inputs: [String]
    /// Findings at their configured severities, not accepted by the baseline.
    public var findings: [QAFinding]
    /// How many findings the baseline accepted.
    public var accepted: Int
    /// Baseline entries that matched nothing (their text changed or the defect was fixed).
    public var expired: [QABaseline.Entry]
    /// The severity from which findings fail the run.
    public var failOn: QASeverity
    /// The checks that ran (for JUnit test cases and SARIF rules).
    public var checks: [QACheck]

    /// Applies `configuration` and `baseline` to raw `findings`.
    public init(inputs: [String], findings: [QAFinding], checks: [QACheck], configuration: QAConfiguration, baseline: QABaseline) {
        let configured = configuration.apply(findings)
        let split = baseline.filter(configured)
        self.inputs = inputs
        self.findings = split.reported
        self.accepted = split.accepted.count
        self.expired = split.expired
        self.failOn = configuration.failOn
        self.checks = checks.filter { configuration.severity(of: $0) != .off }
    }

    /// Whether any finding is at or above ``failOn``.
    public var failed: Bool {
        findings.contains { $0.severity >= failOn && $0.severity != .off }
    }

    /// How many findings have each severity.
    public func count(_ severity: QASeverity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// The checks that run on catalogs.
    public static let catalogChecks: [QACheck] = QACheck.allCases.filter { !$0.rawValue.hasPrefix("article.") }

    /// The checks that run on articles.
    public static let articleChecks: [QACheck] = [
        .articleStructure, .articleNotes, .articleLabels, .articleLabelConsistency, .articleStale, .articleDuplicateSentence,
        .articleDates, .productName, .forbiddenTerm, .spaces, .brackets, .quotes, .frenchSpacing, .repeatedWord, .gluedWords,
        .currencySpace,
    ]
}
