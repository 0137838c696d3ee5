import DocentLocalization
import Foundation

/// Xcode string catalogs (`.xcstrings`): every language in one JSON file, keyed by unit id.
///
/// Each message is one `stringUnit` holding the whole ICU message (Xcode's `%lld` plural variations cannot hold
/// ICU selects or CLDR's French `many`). The developer note becomes `comment`. Lossy by design: translator and
/// `qa` notes are not kept, and `reviewed`/`final` read back as `translated`; use PO or XLIFF 1.2 to round-trip.
public enum XCStringsFile {
    /// The source catalog and its translations as an `.xcstrings` document.
    public static func write(source: Catalog, targets: [Catalog]) -> String {
        var strings: [String: Any] = [:]
        for unit in source.units {
            var localizations: [String: Any] = [
                source.language.rawValue: ["stringUnit": ["state": "translated", "value": unit.source]],
            ]
            for target in targets {
                guard let translated = target[id: unit.id], let text = translated.target else { continue }
                let state = translated.state == .initial || translated.state == nil ? "new" : "translated"
                localizations[target.language.rawValue] = ["stringUnit": ["state": state, "value": text]]
            }
            var entry: [String: Any] = ["extractionState": "manual", "localizations": localizations]
            if let note = unit.notes.first(where: { $0.category == "developer" }) ?? unit.notes.first { entry["comment"] = note.text }
            strings[unit.id] = entry
        }
        let document: [String: Any] = ["sourceLanguage": source.language.rawValue, "strings": strings, "version": "1.0"]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The catalog of `language` in an `.xcstrings` document (units in id order; the comment as a developer note).
    public static func read(_ data: Data, language: Language, file: String) throws(QAInputError) -> Catalog {
        guard let document = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let strings = document["strings"] as? [String: Any]
        else { throw QAInputError(file: file, reason: "not a string catalog (no \"strings\" object)") }
        let sourceLanguage = document["sourceLanguage"] as? String ?? "en"
        var units: [CatalogUnit] = []
        for id in strings.keys.sorted() {
            guard let entry = strings[id] as? [String: Any] else { continue }
            let localizations = entry["localizations"] as? [String: Any] ?? [:]
            func value(_ code: String) -> (text: String, state: String)? {
                guard let localization = localizations[code] as? [String: Any],
                      let unit = localization["stringUnit"] as? [String: Any], let text = unit["value"] as? String
                else { return nil }
                return (text, unit["state"] as? String ?? "translated")
            }
            let source = value(sourceLanguage)?.text ?? id
            let notes = (entry["comment"] as? String).map { [CatalogUnit.Note(category: "developer", text: $0)] } ?? []
            let isSource = language.rawValue == sourceLanguage
            let translated = isSource ? nil : value(language.rawValue)
            if !isSource, translated == nil { continue }
            do {
                units.append(try CatalogUnit(id: id, source: source, target: translated?.text,
                                             state: isSource ? nil : (translated?.state == "new" ? .initial : .translated),
                                             notes: notes, line: 1))
            } catch {
                throw QAInputError(file: file, reason: "\(id): \(error)")
            }
        }
        return Catalog(language: language, isSource: language.rawValue == sourceLanguage, file: file, units: units)
    }
}
