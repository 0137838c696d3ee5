import Foundation
import DocentLocalization

/// Gettext PO for catalogs, so that PO editors and translate-toolkit's `pofilter` read Docent's messages.
///
/// Mapping: one entry per unit; `msgctxt` is the unit id, `msgid` the whole English ICU message and `msgstr`
/// the whole translated ICU message — plurals stay ICU plurals inside the string, because gettext's
/// `Plural-Forms` cannot express CLDR's categories (French `one` covers 0 and 1 and `many` exact millions,
/// where gettext's French rule is `n > 1`) nor nested selects. Notes become `#.` comments prefixed with their
/// category (`#. translator: …`, line breaks and backslashes escaped as `\n`, `\\`); the state becomes a flag:
/// `fuzzy` for `initial`, `docent-reviewed` / `docent-final` for `reviewed` / `final`, `docent-no-state` for none,
/// nothing for `translated`; `#:` gives the unit's catalog file and line. Reading it back gives the same units.
public enum POFile {
    /// The catalog as PO.
    public static func write(_ catalog: Catalog) -> String {
        var out = "# Docent catalog \(catalog.language.rawValue) exported by `docent l10n export --format po`.\n"
        out += "msgid \"\"\nmsgstr \"\"\n"
        out += "\"Project-Id-Version: Docent\\n\"\n"
        out += "\"Language: \(catalog.language.rawValue)\\n\"\n"
        out += "\"MIME-Version: 1.0\\n\"\n"
        out += "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        out += "\"Content-Transfer-Encoding: 8bit\\n\"\n"
        out += "\"X-Docent-Source: \(catalog.isSource ? "yes" : "no")\\n\"\n"
        for unit in catalog.units {
            out += "\n"
            for note in unit.notes {
                out += "#. \(note.category ?? "-"): \(escapeComment(note.text))\n"
            }
            out += "#: \(catalog.file):\(unit.line)\n"
            var flags: [String] = []
            switch unit.state {
            case .initial: flags.append("fuzzy")
            case .reviewed: flags.append("docent-reviewed")
            case .final: flags.append("docent-final")
            case .translated: break
            case nil: flags.append("docent-no-state")
            }
            if !flags.isEmpty { out += "#, " + flags.joined(separator: ", ") + "\n" }
            out += "msgctxt \(quote(unit.id))\n"
            out += "msgid \(quote(unit.source))\n"
            out += "msgstr \(quote(unit.target ?? ""))\n"
        }
        return out
    }

    /// Reads PO written by ``write(_:)`` or edited by a translator's tool.
    ///
    /// - Throws: ``QAInputError`` with the line for malformed syntax, gettext plural forms, an entry without
    ///   `msgctxt`, an unknown language or an invalid message pattern.
    public static func read(_ text: String, file: String) throws(QAInputError) -> Catalog {
        var entries: [Entry] = []
        var current = Entry()
        var field: String?
        var lineNumber = 0
        var language: Language?
        var isSource = false
        func finish() throws(QAInputError) {
            defer { current = Entry() }
            guard current.msgid != nil else { return }
            if current.msgid == "", current.context == nil {
                for line in (current.msgstr ?? "").split(separator: "\n") {
                    let parts = line.split(separator: ":", maxSplits: 1).map { String($0).trimmedForQA() }
                    guard parts.count == 2 else { continue }
                    if parts[0] == "Language" {
                        guard let found = Language(rawValue: parts[1]) else {
                            throw QAInputError(file: file, line: current.line, reason: "unsupported language '\(parts[1])'")
                        }
                        language = found
                    }
                    if parts[0] == "X-Docent-Source" { isSource = parts[1] == "yes" }
                }
                return
            }
            guard current.context != nil else {
                throw QAInputError(file: file, line: current.line, reason: "entry without msgctxt (Docent's PO keeps the unit id there)")
            }
            entries.append(current)
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.trimmedForQA()
            if trimmed.isEmpty {
                try finish()
                field = nil
                continue
            }
            if trimmed.hasPrefix("#~") { continue }
            if trimmed.hasPrefix("#") {
                if current.msgid != nil {
                    try finish()
                    field = nil
                }
                if current.line == 0 { current.line = lineNumber }
                if trimmed.hasPrefix("#.") {
                    let body = String(trimmed.dropFirst(2)).trimmedForQA()
                    guard let colon = body.range(of: ": ") ?? (body.hasSuffix(":") ? body.range(of: ":", options: .backwards) : nil) else {
                        current.notes.append(CatalogUnit.Note(category: nil, text: unescapeComment(body)))
                        continue
                    }
                    let category = String(body[..<colon.lowerBound])
                    current.notes.append(CatalogUnit.Note(category: category == "-" ? nil : category,
                                                          text: unescapeComment(String(body[colon.upperBound...]))))
                } else if trimmed.hasPrefix("#,") {
                    current.flags += trimmed.dropFirst(2).split(separator: ",").map { String($0).trimmedForQA() }
                }
                continue
            }
            if current.line == 0 { current.line = lineNumber }
            let keyword = String(trimmed.prefix { !$0.isWhitespace })
            if keyword.hasPrefix("\"") {
                guard let field else { throw QAInputError(file: file, line: lineNumber, reason: "a string continues no keyword") }
                let value = try unquote(trimmed, file: file, line: lineNumber)
                current.append(value, to: field)
                continue
            }
            switch keyword {
            case "msgctxt", "msgid", "msgstr":
                if keyword == "msgctxt" || (keyword == "msgid" && current.context == nil), current.msgid != nil { try finish() }
                if current.line == 0 { current.line = lineNumber }
                let value = try unquote(String(trimmed.dropFirst(keyword.count)).trimmedForQA(), file: file, line: lineNumber)
                field = keyword
                current.append(value, to: keyword, starting: true)
            case "msgid_plural":
                throw QAInputError(file: file, line: lineNumber, reason: "gettext plural forms are not used: Docent keeps ICU plurals whole in msgstr")
            default:
                if keyword.hasPrefix("msgstr[") {
                    throw QAInputError(file: file, line: lineNumber, reason: "gettext plural forms are not used: Docent keeps ICU plurals whole in msgstr")
                }
                throw QAInputError(file: file, line: lineNumber, reason: "unexpected '\(keyword)'")
            }
        }
        try finish()
        guard let language else { throw QAInputError(file: file, line: 1, reason: "no Language in the PO header") }
        var units: [CatalogUnit] = []
        for entry in entries {
            let state: CatalogUnit.State? = entry.flags.contains("docent-no-state") ? nil
                : entry.flags.contains("fuzzy") ? .initial
                : entry.flags.contains("docent-final") ? .final
                : entry.flags.contains("docent-reviewed") ? .reviewed : .translated
            let target = isSource ? nil : entry.msgstr ?? ""
            do {
                units.append(try CatalogUnit(id: entry.context ?? "", source: entry.msgid ?? "", target: target,
                                             state: state, notes: entry.notes, line: entry.line))
            } catch {
                throw QAInputError(file: file, line: entry.line, reason: "\(entry.context ?? ""): \(error)")
            }
        }
        return Catalog(language: language, isSource: isSource, file: file, units: units)
    }

    /// One PO entry being read.
    private struct Entry {
        var line = 0
        var notes: [CatalogUnit.Note] = []
        var flags: [String] = []
        var context: String?
        var msgid: String?
        var msgstr: String?

        /// Adds a string piece to `field`.
        mutating func append(_ value: String, to field: String, starting: Bool = false) {
            switch field {
            case "msgctxt": context = (starting ? "" : context ?? "") + value
            case "msgid": msgid = (starting ? "" : msgid ?? "") + value
            default: msgstr = (starting ? "" : msgstr ?? "") + value
            }
        }
    }

    /// A C-style quoted PO string.
    static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// The value of a quoted PO string.
    static func unquote(_ text: String, file: String, line: Int) throws(QAInputError) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else {
            throw QAInputError(file: file, line: line, reason: "expected a quoted string, found '\(text)'")
        }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { throw QAInputError(file: file, line: line, reason: "a string ends with a lone backslash") }
        return result
    }

    /// A note on one comment line: `\` → `\\`, line break → `\n`.
    static func escapeComment(_ text: String) -> String {
        text.replacingEvery("\\", with: "\\\\").replacingEvery("\n", with: "\\n")
    }

    /// The reverse of ``escapeComment(_:)``.
    static func unescapeComment(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
