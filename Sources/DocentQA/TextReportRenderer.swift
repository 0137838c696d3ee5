/// The text report: findings grouped by file, then language, as `file:line: severity: [check] id: message`
/// with the text in question indented below; ANSI colour only when asked (a terminal without `NO_COLOR`).
public struct TextReportRenderer: Sendable {
    /// Whether to colour severities.
    public var colour: Bool

    /// Creates a renderer.
    public init(colour: Bool) {
        self.colour = colour
    }

    /// The whole report, ending with a summary line.
    public func render(_ report: QAReport) -> String {
        var out = ""
        var files: [String] = []
        for finding in report.findings where !files.contains(finding.file) { files.append(finding.file) }
        for file in files {
            out += paint("\(file)", "1") + "\n"
            let inFile = report.findings.filter { $0.file == file }
            var languages: [String] = []
            for finding in inFile where !languages.contains(finding.language.rawValue) { languages.append(finding.language.rawValue) }
            for language in languages {
                let group = inFile.filter { $0.language.rawValue == language }
                out += "  [\(language)] \(group.count) finding\(group.count == 1 ? "" : "s")\n"
                for finding in group {
                    let place = finding.file + (finding.line.map { ":\($0)" } ?? "")
                    out += "\(place): \(severityWord(finding.severity)): [\(finding.check.rawValue)] \(finding.messageID): \(finding.message)\n"
                    if !finding.text.isEmpty { out += "    \(language): " + Self.visible(finding.text) + "\n" }
                    if let source = finding.sourceText, !source.isEmpty {
                        out += "    en: " + Self.visible(source) + "\n"
                    }
                }
            }
        }
        var summary = "\(report.count(.error)) error(s), \(report.count(.warning)) warning(s), \(report.count(.info)) note(s)"
        if report.accepted > 0 { summary += "; \(report.accepted) accepted by the baseline" }
        if !report.expired.isEmpty { summary += "; \(report.expired.count) baseline entr\(report.expired.count == 1 ? "y" : "ies") expired" }
        summary += report.failed ? " — failed (at or above \(report.failOn.rawValue))" : " — passed"
        return out + summary + "\n"
    }

    /// The severity as a diagnostic word, coloured when enabled.
    private func severityWord(_ severity: QASeverity) -> String {
        switch severity {
        case .error: paint("error", "31")
        case .warning: paint("warning", "33")
        case .info, .off: paint("note", "36")
        }
    }

    /// `text` wrapped in an SGR code when colour is on.
    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The text on one line, with no-break spaces and line breaks made visible.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "⏎"
            case "\u{00A0}": result += "⍽"
            case "\u{202F}": result += "⸱"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
