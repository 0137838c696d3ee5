import DocentLocalization
import Foundation

/// Reads an article's structure out of a parsed page: walks the blocks in document order,
/// tells headings, step lists, notes, the disclaimer and the metadata lines apart by their text.
struct PageReader {
    /// What the page shows of each vendor's shape (content first, class names only as a hint).
    struct Evidence {
        /// A localized "last updated" line (HubSpot).
        var updatedLine = false
        /// A localized "available with" label (HubSpot).
        var availability = false
        /// A `<time datetime>` element (Zendesk).
        var timeElement = false
        /// A "Location: Admin Center > …" line (Zendesk).
        var location = false
        /// Zendesk theme classes (`article-title`, `article-body`).
        var zendeskClasses = false
        /// The page's address or generator names HubSpot.
        var hubspotMarks = false
        /// The page's address or generator names Zendesk.
        var zendeskMarks = false
    }

    /// What waits for the next list or lines.
    private enum Pending {
        /// A note label stood alone: the next list is the note's text.
        case note
        /// The "available with" label stood alone: the next list or lines are the tiers.
        case subscriptions
    }

    /// The `<html lang>` value.
    private(set) var htmlLang: String?
    /// The canonical address (`link rel=canonical` or `og:url`).
    private(set) var url: String?
    /// The title (first `h1`, else `<title>`).
    private(set) var title: String?
    /// The date of the last-updated line.
    private(set) var updated: ArticleDate?
    /// The date of the first `<time datetime>`.
    private(set) var timeDate: ArticleDate?
    /// The subscriptions and tiers.
    private(set) var subscriptions: [String] = []
    /// The Zendesk location path.
    private(set) var location: [String] = []
    /// The machine-translation disclaimer.
    private(set) var disclaimer: String?
    /// The sections read so far.
    private(set) var sections: [ArticleSection] = [ArticleSection(heading: nil, level: 1)]
    /// What the page shows of each shape.
    private(set) var evidence = Evidence()

    /// What the next list or lines complete, if anything.
    private var pending: Pending?
    /// Whether the walk has reached the title `h1` (a disclaimer stands before it).
    private var passedTitle = false
    /// The document-order index of the title `h1`.
    private var titleIndex: Int?

    /// Note labels of every language, longest first.
    static let noteLabels = ArticleVocabulary.all(ArticleVocabulary.noteLabels)
    /// Disclaimer labels of every language, longest first.
    static let disclaimerLabels = ArticleVocabulary.all(ArticleVocabulary.disclaimerLabels)
    /// Last-updated labels of every language, longest first.
    static let updatedLabels = ArticleVocabulary.all(ArticleVocabulary.updatedLabels)
    /// "Available with" labels of every language, longest first.
    static let availabilityLabels = ArticleVocabulary.all(ArticleVocabulary.availabilityLabels)
    /// Location labels of every language, longest first.
    static let locationLabels = ArticleVocabulary.all(ArticleVocabulary.locationLabels)
    /// Machine-translation phrases of every language.
    static let translationMarkers = Array(ArticleVocabulary.translationMarkers.values.joined())

    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "form", "button", "select", "svg", "iframe", "head",
        "textarea", "input", "object", "embed", "canvas", "audio", "video", "map",
    ]
    /// Elements read as part of a line of text.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "img", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "font", "tt", "strike", "del", "ins", "big",
        "picture", "source",
    ]
    /// Elements read as one block of text when they hold no other block.
    static let leafBlocks: Set<String> = ["p", "pre", "dt", "dd", "figcaption", "caption", "address", "summary", "legend"]

    /// Reads the page whose root element is `root`.
    mutating func read(_ root: HTMLNode) {
        htmlLang = root.attribute("lang") ?? root.attribute("xml:lang")
        readHead(root)
        if let heading = root.first(where: { $0.name == "h1" }) {
            title = Self.inlineText([heading]).nonEmpty
            titleIndex = heading.index
            if heading.hasClass(containing: "article-title") { evidence.zendeskClasses = true }
        }
        if title == nil, let element = root.first(where: { $0.name == "title" }) {
            title = Self.inlineText(element.children).nonEmpty
        }
        if let time = root.first(where: { $0.name == "time" && $0.attribute("datetime") != nil }) {
            evidence.timeElement = true
            timeDate = time.attribute("datetime").flatMap { ArticleDate(iso: $0.trimmedSpaces) }
        }
        let body = root.first { $0.name == "body" } ?? root
        let content = body.first { $0.hasClass(containing: "article-body") || $0.attribute("itemprop") == "articleBody" }
            ?? body.first { $0.name == "article" }
        if let content {
            if content.hasClass(containing: "article-body") { evidence.zendeskClasses = true }
            visit(body, metadataOnly: true, skipping: content)
            pending = nil
            visit(content, metadataOnly: false, skipping: nil)
        } else {
            visit(body, metadataOnly: false, skipping: nil)
        }
        sections.removeAll { $0.isEmpty }
    }

    /// The shape the evidence points to.
    var shape: ArticleShape {
        let hubspot = (evidence.updatedLine ? 2 : 0) + (evidence.availability ? 2 : 0) + (evidence.hubspotMarks ? 1 : 0)
        let zendesk = (evidence.timeElement ? 2 : 0) + (evidence.location ? 2 : 0) + (evidence.zendeskClasses ? 1 : 0)
            + (evidence.zendeskMarks ? 1 : 0)
        if hubspot > zendesk { return .hubspot }
        if zendesk > hubspot { return .zendesk }
        return .generic
    }

    /// The last-updated date: the line's, else the `<time>` element's.
    var lastUpdated: ArticleDate? { updated ?? timeDate }

    // MARK: - Head

    /// The canonical address and the vendor marks of links, scripts and meta tags.
    private mutating func readHead(_ root: HTMLNode) {
        var marks: [String] = []
        root.forEach { node in
            switch node.name {
            case "link" where node.attribute("rel")?.lowercased() == "canonical":
                if let href = node.attribute("href"), url == nil { url = href }
                marks.append(node.attribute("href") ?? "")
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? "").lowercased()
                let value = node.attribute("content") ?? ""
                if key == "og:url", url == nil { url = value }
                if ["og:url", "og:site_name", "generator", "application-name"].contains(key) { marks.append(value) }
            case "script", "link", "img":
                marks.append(node.attribute("src") ?? node.attribute("href") ?? "")
            default:
                break
            }
        }
        let joined = marks.joined(separator: " ").lowercased()
        if joined.contains("hubspot") { evidence.hubspotMarks = true }
        if joined.contains("zendesk") || joined.contains("zdassets") || joined.contains("/hc/") { evidence.zendeskMarks = true }
    }

    // MARK: - Blocks

    /// The index of the section being filled.
    private var current: Int { sections.count - 1 }

    /// Reads a block in document order; `metadataOnly` reads only the metadata lines (outside the article body).
    private mutating func visit(_ node: HTMLNode, metadataOnly: Bool, skipping: HTMLNode?) {
        if let skipping, node.index == skipping.index { return }
        if node.isText {
            block([node], metadataOnly: metadataOnly)
            return
        }
        if Self.skipped.contains(node.name) || Self.isNoise(node) { return }
        switch node.name {
        case "h1" where node.index == titleIndex:
            passedTitle = true
        case "h1", "h2", "h3", "h4", "h5", "h6":
            guard !metadataOnly, let heading = Self.inlineText(node.children).nonEmpty else { return }
            pending = nil
            let level = Int(String(node.name.dropFirst())) ?? 2
            sections.append(ArticleSection(heading: heading, level: max(level, 2)))
        case "ol", "ul":
            if Self.isLinkList(node) { return }
            switch pending {
            case .subscriptions:
                subscriptions += Self.listItems(node).flatMap(Self.subscriptionLines)
                pending = nil
            case .note:
                pending = nil
                guard !metadataOnly else { return }
                let items = Self.listItems(node)
                guard !items.isEmpty else { return }
                sections[current].notes.append(ArticleNote(text: items.joined(separator: " "), labels: Self.labels(in: [node], descend: true)))
            case nil:
                guard !metadataOnly else { return }
                sections[current].steps += Self.steps(of: node)
            }
        default:
            if Self.leafBlocks.contains(node.name) || !node.children.contains(where: Self.isBlock) {
                if Self.inline.contains(node.name) {
                    block([node], metadataOnly: metadataOnly)
                } else {
                    block(node.children, metadataOnly: metadataOnly)
                }
                return
            }
            var run: [HTMLNode] = []
            for child in node.children {
                if Self.isBlock(child) {
                    block(run, metadataOnly: metadataOnly)
                    run = []
                    visit(child, metadataOnly: metadataOnly, skipping: skipping)
                } else {
                    run.append(child)
                }
            }
            block(run, metadataOnly: metadataOnly)
        }
    }

    /// Classifies one line of text: disclaimer, last-updated line, availability, location, note, tiers or paragraph.
    private mutating func block(_ run: [HTMLNode], metadataOnly: Bool) {
        let text = Self.inlineText(run)
        guard !text.isEmpty else { return }
        let bold = Self.leadingBold(run)
        if text.count <= 80, run.contains(where: { $0.first { $0.name == "time" && $0.attribute("datetime") != nil } != nil }) {
            return
        }
        if Self.isDisclaimer(text, beforeTitle: !passedTitle) {
            if disclaimer == nil {
                disclaimer = ArticleVocabulary.remainder(after: Self.noteLabels + Self.disclaimerLabels, in: text, bold: bold)?.nonEmpty ?? text
            }
            return
        }
        if let rest = ArticleVocabulary.remainder(after: Self.updatedLabels, in: text), let date = ArticleDateParser.parse(rest) {
            evidence.updatedLine = true
            if updated == nil { updated = date }
            return
        }
        if let rest = ArticleVocabulary.remainder(after: Self.availabilityLabels, in: text) ?? Self.labelLine(text, Self.availabilityLabels) {
            evidence.availability = true
            let lines = Self.subscriptionLines(rest)
            if lines.isEmpty { pending = .subscriptions } else { subscriptions += lines }
            return
        }
        if let rest = ArticleVocabulary.remainder(after: Self.locationLabels, in: text), rest.contains(">") || rest.contains("›") {
            evidence.location = true
            if location.isEmpty {
                location = rest.split { $0 == ">" || $0 == "›" }.map { String($0).trimmedSpaces }.filter { !$0.isEmpty }
            }
            return
        }
        if pending == .subscriptions, Self.looksLikeTiers(text) {
            subscriptions += Self.subscriptionLines(text)
            return
        }
        if metadataOnly { return }
        if let rest = ArticleVocabulary.remainder(after: Self.noteLabels, in: text, bold: bold) {
            if rest.isEmpty {
                pending = .note
            } else {
                pending = nil
                sections[current].notes.append(ArticleNote(text: rest, labels: Self.labels(in: run, descend: false)))
            }
            return
        }
        pending = nil
        sections[current].paragraphs.append(text)
    }

    // MARK: - Lists

    /// The steps of a list: one per item, nested lists as sub-steps.
    static func steps(of list: HTMLNode) -> [ArticleStep] {
        let ordered = list.name == "ol"
        var steps: [ArticleStep] = []
        for child in list.children {
            if child.name == "li" {
                if let step = item(child.children, ordered: ordered) { steps.append(step) }
            } else if child.name == "ol" || child.name == "ul" {
                let nested = Self.steps(of: child)
                if steps.isEmpty { steps += nested } else { steps[steps.count - 1].substeps += nested }
            } else if !skipped.contains(child.name), let step = item([child], ordered: ordered) {
                steps.append(step)
            }
        }
        return steps
    }

    /// Collects an item's own text, labels, images and notes; its lists become sub-steps.
    private struct ItemReader {
        var texts: [String] = []
        var labels: [String] = []
        var images: [ArticleImage] = []
        var notes: [ArticleNote] = []
        var substeps: [ArticleStep] = []
        var pendingNote = false

        /// Reads an item's nodes: lists become sub-steps (or a note's text), blocks are read in turn, inline runs flushed.
        mutating func read(_ nodes: [HTMLNode]) {
            var run: [HTMLNode] = []
            for node in nodes {
                if node.name == "ol" || node.name == "ul" {
                    flush(run)
                    run = []
                    if pendingNote {
                        pendingNote = false
                        let items = PageReader.listItems(node)
                        if !items.isEmpty {
                            notes.append(ArticleNote(text: items.joined(separator: " "), labels: PageReader.labels(in: [node], descend: true)))
                        }
                    } else {
                        substeps += PageReader.steps(of: node)
                    }
                } else if PageReader.skipped.contains(node.name) {
                    continue
                } else if PageReader.isBlock(node) {
                    flush(run)
                    run = []
                    read(node.children)
                } else {
                    run.append(node)
                }
            }
            flush(run)
        }

        /// Reads a run of inline nodes, split at line breaks so that a note after `<br>` stays a note.
        mutating func flush(_ run: [HTMLNode]) {
            var segment: [HTMLNode] = []
            var segments: [[HTMLNode]] = []
            for node in run {
                if node.name == "br" {
                    segments.append(segment)
                    segment = []
                } else {
                    segment.append(node)
                }
            }
            segments.append(segment)
            for segment in segments {
                let text = PageReader.inlineText(segment)
                guard !text.isEmpty else { continue }
                images += PageReader.images(in: segment)
                if let rest = ArticleVocabulary.remainder(after: PageReader.noteLabels, in: text, bold: PageReader.leadingBold(segment)) {
                    if rest.isEmpty {
                        pendingNote = true
                    } else {
                        notes.append(ArticleNote(text: rest, labels: PageReader.labels(in: segment, descend: false)))
                    }
                } else {
                    texts.append(text)
                    for label in PageReader.labels(in: segment, descend: false) where !labels.contains(label) { labels.append(label) }
                }
            }
        }
    }

    /// One step from an item's nodes, or nil when the item holds nothing.
    private static func item(_ nodes: [HTMLNode], ordered: Bool) -> ArticleStep? {
        var reader = ItemReader()
        reader.read(nodes)
        let text = reader.texts.joined(separator: " ")
        if text.isEmpty, reader.notes.isEmpty, reader.substeps.isEmpty, reader.images.isEmpty { return nil }
        return ArticleStep(
            text: text, ordered: ordered, labels: reader.labels, images: reader.images, notes: reader.notes, substeps: reader.substeps)
    }

    /// The texts of a list's items, nested lists included.
    static func listItems(_ list: HTMLNode) -> [String] {
        var items: [String] = []
        for child in list.children {
            if child.name == "ol" || child.name == "ul" {
                items += listItems(child)
            } else if let text = inlineText([child], includingLists: false).nonEmpty {
                items.append(text)
                for nested in child.children where nested.name == "ol" || nested.name == "ul" { items += listItems(nested) }
            }
        }
        return items
    }

    // MARK: - Text

    /// Whether a node starts a block of its own.
    static func isBlock(_ node: HTMLNode) -> Bool {
        if node.isText || inline.contains(node.name) {
            return node.name == "span" && node.children.contains(where: isBlock)
        }
        return true
    }

    /// Navigation and comment areas, told by their classes (never the article's shape).
    private static func isNoise(_ node: HTMLNode) -> Bool {
        ["comment", "breadcrumb", "sidebar", "related", "skip-link", "share"].contains { node.hasClass(containing: $0) }
    }

    /// A list whose every item is nothing but a link: navigation, not steps.
    private static func isLinkList(_ list: HTMLNode) -> Bool {
        let items = list.children.filter { $0.name == "li" }
        guard !items.isEmpty else { return false }
        return items.allSatisfy { item in
            let text = inlineText([item])
            guard !text.isEmpty else { return true }
            var linked = ""
            item.forEach { if $0.name == "a" { linked += " " + inlineText([$0]) } }
            return linked.collapsingWhitespace == text
        }
    }

    /// The text of `nodes` with spaces collapsed; nested lists left out unless `includingLists`.
    static func inlineText(_ nodes: [HTMLNode], includingLists: Bool = false) -> String {
        var text = ""
        func add(_ node: HTMLNode) {
            if node.isText {
                text += node.text
                return
            }
            if skipped.contains(node.name) { return }
            if !includingLists, node.name == "ol" || node.name == "ul" { return }
            if node.name == "br" || node.name == "img" {
                text += " "
                return
            }
            let block = !inline.contains(node.name)
            if block { text += " " }
            node.children.forEach(add)
            if block { text += " " }
        }
        nodes.forEach(add)
        return text.collapsingWhitespace
    }

    /// The text of the first bold element of a run, when the run opens with it.
    static func leadingBold(_ run: [HTMLNode]) -> String? {
        for node in run {
            if node.isText {
                if node.text.collapsingWhitespace.isEmpty { continue }
                return nil
            }
            if node.name == "b" || node.name == "strong" { return inlineText([node]) }
            if node.name == "span" || node.name == "p" || node.name == "div" || node.name == "em" {
                return leadingBold(node.children)
            }
            return nil
        }
        return nil
    }

    /// The bold or strong texts of a run (UI labels), without note labels or quotation marks.
    static func labels(in nodes: [HTMLNode], descend: Bool) -> [String] {
        var result: [String] = []
        func add(_ node: HTMLNode) {
            if node.isText || skipped.contains(node.name) { return }
            if !descend, node.name == "ol" || node.name == "ul" { return }
            if node.name == "b" || node.name == "strong" {
                let label = cleanLabel(inlineText([node]))
                let lowered = label.lowercased()
                if !label.isEmpty, label.count <= 80, !(noteLabels + disclaimerLabels).contains(lowered), !result.contains(label) {
                    result.append(label)
                }
                return
            }
            node.children.forEach(add)
        }
        nodes.forEach(add)
        return result
    }

    /// A label without a trailing colon and without the quotation marks around it.
    static func cleanLabel(_ text: String) -> String {
        let quotes: Set<Character> = ["\"", "'", "“", "”", "„", "«", "»", "‘", "’", "‚"]
        var label = text.trimmingColon
        while let first = label.first, quotes.contains(first) { label = String(label.dropFirst()).trimmedSpaces }
        while let last = label.last, quotes.contains(last) || last == "." || last == "," || last == "!" { label = String(label.dropLast()).trimmedSpaces }
        return label.trimmingColon
    }

    /// The images of a run (not inside nested lists).
    static func images(in nodes: [HTMLNode]) -> [ArticleImage] {
        var result: [ArticleImage] = []
        func add(_ node: HTMLNode) {
            if node.name == "ol" || node.name == "ul" || node.isText { return }
            if node.name == "img" {
                let source = node.attribute("src") ?? node.attribute("data-src") ?? ""
                let slug = source.hasPrefix("data:") ? nil : ArticleImage.slug(fromSource: source)
                let alt = node.attribute("alt")?.collapsingWhitespace.nonEmpty
                if alt != nil || slug != nil { result.append(ArticleImage(alt: alt, slug: slug)) }
                return
            }
            node.children.forEach(add)
        }
        nodes.forEach(add)
        return result
    }

    /// Whether a line is the machine-translation disclaimer rather than a note: it speaks of
    /// machine translation, and opens with a note or disclaimer label or stands before the title.
    static func isDisclaimer(_ text: String, beforeTitle: Bool) -> Bool {
        let lowered = text.lowercased()
        guard translationMarkers.contains(where: { lowered.contains($0) }) else { return false }
        if beforeTitle { return true }
        return (noteLabels + disclaimerLabels).contains { lowered.hasPrefix($0) }
    }

    /// "" when `text` opens with one of `labels` and ends with a colon ("Beschikbaar met elk van
    /// de volgende abonnementen, behalve waar vermeld:"): a label whose list follows.
    static func labelLine(_ text: String, _ labels: [String]) -> String? {
        guard text.count <= 120, text.hasSuffix(":") else { return nil }
        let lowered = text.lowercased()
        return labels.contains { lowered.hasPrefix($0) } ? "" : nil
    }

    /// Whether a line reads like a list of products and tiers.
    static func looksLikeTiers(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard text.count <= 160 else { return false }
        return ["hub", "starter", "professional", "enterprise", "entreprise", "suite", "partner"].contains { lowered.contains($0) }
    }

    /// Product lines of an availability text: split at `|` and line breaks, spaces before commas removed.
    static func subscriptionLines(_ text: String) -> [String] {
        text.split { $0 == "|" || $0 == "\n" }
            .map { String($0).replacingOccurrences(of: " ,", with: ",").trimmedSpaces.trimmingColon }
            .filter { !$0.isEmpty }
    }
}
