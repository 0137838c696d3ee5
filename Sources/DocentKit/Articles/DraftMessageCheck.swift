import DocentLocalization
import DocentWorkflow

/// Checks a draft's messages in its one language: each must be in the draft's catalog or in
/// Docent's catalog of that language, parse, and name only labels one of them has.
struct DraftMessageCheck: MessageCheck {
    /// The draft's own catalog.
    let draft: Catalog
    /// Docent's catalog in the draft's language.
    let bundled: Catalog

    /// Problems with message `id`: missing, not parsing, or naming an unknown label or placeholder.
    func problems(message id: String, provided: Set<String>) -> [MessageProblem] {
        guard let unit = draft[id] ?? bundled[id] else {
            return [MessageProblem(kind: .missingMessage, message: "message '\(id)' is in neither \(draft.file) nor \(bundled.file)")]
        }
        guard let pattern = try? MessagePattern(parsing: unit.text) else {
            return [MessageProblem(kind: .missingMessage, message: "message '\(id)' does not parse")]
        }
        var problems: [MessageProblem] = []
        for name in pattern.argumentNames.sorted() {
            if name.hasPrefix("ui.") {
                if draft[name] == nil, bundled[name] == nil {
                    problems.append(MessageProblem(kind: .missingMessage, message: "message '\(id)' uses label '\(name)', found in no catalog"))
                }
            } else if !provided.contains(name) {
                problems.append(MessageProblem(kind: .missingPlaceholder, message: "message '\(id)' uses '{\(name)}', which the step does not provide"))
            }
        }
        return problems
    }
}
