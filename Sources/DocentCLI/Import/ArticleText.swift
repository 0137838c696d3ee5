import DocentArticles
import DocentKit

/// Plain-text renderings of imported articles, label reports and drift reports.
enum ArticleText {
    /// An article: its metadata, then each section with its notes and step tree.
    static func article(_ article: Article) -> String {
        var lines: [String] = []
        let shape: String
        switch article.shape {
        case .hubspot: shape = "HubSpot knowledge base"
        case .zendesk: shape = "Zendesk Help Center"
        case .zendeskAPI: shape = "Zendesk Help Center API"
        case .generic: shape = "HTML page"
        }
        lines.append("\(article.file): \(shape), \(article.language.rawValue) (from \(article.languageSource.rawValue))")
        lines.append("  title: \(article.title)")
        if let updated = article.updated { lines.append("  updated: \(updated)") }
        if let id = article.id { lines.append("  id: \(id)") }
        if let url = article.url { lines.append("  url: \(url)") }
        if let source = article.sourceLocale { lines.append("  source locale: \(source)" + (article.outdated == true ? " (outdated)" : "")) }
        if !article.subscriptions.isEmpty { lines.append("  available with: " + article.subscriptions.joined(separator: "; ")) }
        if !article.location.isEmpty { lines.append("  location: " + article.location.joined(separator: " > ")) }
        if let disclaimer = article.disclaimer { lines.append("  machine-translation disclaimer: \(disclaimer)") }
        if let encoding = article.encoding { lines.append("  encoding: \(encoding)") }
        if article.markupErrors > 0 {
            lines.append("  markup: recovered from \(article.markupErrors) error(s)" + (article.firstMarkupError.map { ", first at \($0)" } ?? ""))
        }
        for section in article.sections {
            lines.append("")
            lines.append("  ## " + (section.heading ?? "(introduction)"))
            for paragraph in section.paragraphs { lines.append("    " + paragraph) }
            for note in section.notes { lines.append("    note: " + note.text) }
            for (index, step) in section.steps.enumerated() { render(step, number: index + 1, depth: 0, into: &lines) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A step as one line, its images and notes under it, then its sub-steps indented.
    private static func render(_ step: ArticleStep, number: Int, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "   ", count: depth + 2)
        let bullet = step.ordered ? "\(number)." : "-"
        var line = indent + bullet + " " + step.text
        if !step.labels.isEmpty { line += "  [" + step.labels.joined(separator: " | ") + "]" }
        lines.append(line)
        for image in step.images {
            lines.append(indent + "   image: " + [image.slug, image.alt.map { "“\($0)”" }].compactMap { $0 }.joined(separator: " "))
        }
        for note in step.notes { lines.append(indent + "   note: " + note.text) }
        for (index, substep) in step.substeps.enumerated() { render(substep, number: index + 1, depth: depth + 1, into: &lines) }
    }

    /// Label reports: every label with its relation to Docent's labels.
    static func labels(_ reports: [LabelReport]) -> String {
        var lines: [String] = []
        for report in reports {
            lines.append("\(report.language.rawValue): \(report.labels.count) label(s), \(report.differing.count) differing from Docent's")
            for entry in report.labels {
                var line = "  \(entry.relation.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(entry.label)"
                if let unit = entry.unit { line += "  (\(unit)" + (entry.docent.map { ": Docent says “\($0)”" } ?? "") + ")" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A drift report: matched, article-only and procedure-only steps, and the source check.
    static func drift(_ report: DriftReport) -> String {
        var lines: [String] = []
        lines.append("\(report.file) against \(report.procedure) (\(report.language.rawValue))"
            + (report.section.map { ", section “\($0)”" } ?? "") + ": " + (report.drift ? "drift found" : "aligned"))
        lines.append("  matched: \(report.matched.count)")
        for match in report.matched {
            lines.append("    \(match.articleStep) ↔ " + match.procedureSteps.joined(separator: ", ") + "  [" + match.labels.joined(separator: " | ") + "]")
        }
        lines.append("  article steps with no procedure step: \(report.articleOnly.count)")
        for step in report.articleOnly { lines.append("    \(step.articleStep) \(step.text)  [" + step.labels.joined(separator: " | ") + "]") }
        let required = report.procedureOnly.filter(\.required)
        lines.append("  procedure steps with no article step: \(required.count)")
        for step in required { lines.append("    \(step.step) (\(step.kind): " + step.units.joined(separator: ", ") + ")") }
        for step in report.procedureOnly where !step.required {
            lines.append("    (asks the person, not in the article: \(step.step))")
        }
        if report.unlabelled > 0 { lines.append("  article steps naming no control (not compared): \(report.unlabelled)") }
        let recorded = report.source.recorded
        let written = recorded.map { "\($0.article)" + ($0.updated.map { " of \($0)" } ?? "") } ?? "no source recorded for \(report.language.rawValue)"
        let updated = report.source.articleUpdated.map { "\($0)" } ?? "no date"
        lines.append("  source: \(written); article updated \(updated)" + (report.source.newer ? ": newer than the source" : ""))
        return lines.joined(separator: "\n") + "\n"
    }
}
