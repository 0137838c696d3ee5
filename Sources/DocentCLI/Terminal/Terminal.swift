import DocentLocalization
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The process's standard streams: what is a terminal, colour, and writing.
struct Terminal {
    /// Whether stdin is a terminal a person types in.
    let interactiveInput: Bool
    /// Whether stderr is a terminal that may be styled.
    let styledErrors: Bool
    /// Whether stdout may be styled.
    let styledOutput: Bool

    /// Reads the real streams and the colour settings: never with `--no-color` or `NO_COLOR`;
    /// always with `FORCE_COLOR` (not `0`); otherwise only on a terminal that is not `TERM=dumb`.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment, noColor: Bool = false) -> Terminal {
        func colour(_ stream: Int32) -> Bool {
            if noColor || !(environment["NO_COLOR"] ?? "").isEmpty { return false }
            if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
            if environment["TERM"] == "dumb" { return false }
            return isatty(stream) == 1
        }
        return Terminal(interactiveInput: isatty(0) == 1, styledErrors: colour(2), styledOutput: colour(1))
    }

    /// Writes to stdout; a failed write (a full disk, a closed pipe) is an error, never a trap.
    func out(_ text: String) throws(OutputError) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            throw OutputError(detail: (error as NSError).localizedDescription)
        }
    }

    /// Writes a value to stdout as pretty JSON with sorted keys.
    func outJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try out(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }

    /// Writes to stderr; a failed write there has nowhere to be reported and is dropped.
    func err(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// A formatted message as text: labels in bold when `styled`, else set apart by `quote`
    /// (the language's quotation marks), so "click Save" never runs into the sentence.
    func render(_ message: FormattedMessage, styled: Bool, quote: (String) -> String = { $0 }) -> String {
        // A message that is one label alone (a choice like "Sales Hub Seat") has no sentence to run into.
        let quote = message.segments.count == 1 ? { $0 } : quote
        return message.segments.map { segment in
            switch segment {
            case .text(let t): return t
            case .value(let v): return v
            case .label(let l): return styled ? "\u{1B}[1m" + l + "\u{1B}[22m" : quote(l)
            }
        }.joined()
    }

    /// Dimmed text for hints, when styled.
    func hint(_ text: String, styled: Bool) -> String {
        styled ? "\u{1B}[2m" + text + "\u{1B}[22m" : text
    }

    /// Reads one line from stdin; nil at end of input.
    func readAnswer() -> String? {
        readLine(strippingNewline: true)
    }
}
