import DocentLocalization
import DocentWorkflow

/// Checks a definition's messages against every language's catalog.
///
/// A message must exist in all five languages; every placeholder it uses (other than `ui.*`
/// labels) must be provided by the step; every label it references must exist.
public struct CatalogMessageCheck: MessageCheck {
    let catalogs: CatalogSet

    /// Creates a check over `catalogs`.
    public init(catalogs: CatalogSet) {
        self.catalogs = catalogs
    }

    public func problems(message id: String, provided: Set<String>) -> [MessageProblem] {
        var problems: [MessageProblem] = []
        for language in Language.allCases {
            let catalog = catalogs.catalog(language)
            guard let unit = catalog[id] else {
                problems.append(MessageProblem(kind: .missingMessage, message: "message '\(id)' is missing from \(catalog.file)"))
                continue
            }
            guard let pattern = try? MessagePattern(parsing: unit.text) else {
                problems.append(MessageProblem(kind: .missingMessage, message: "message '\(id)' in \(catalog.file) does not parse"))
                continue
            }
            for name in pattern.argumentNames.sorted() {
                if name.hasPrefix("ui.") {
                    if catalog[name] == nil {
                        problems.append(MessageProblem(kind: .missingMessage, message: "message '\(id)' uses label '\(name)', missing from \(catalog.file)"))
                    }
                } else if !provided.contains(name) {
                    problems.append(MessageProblem(kind: .missingPlaceholder, message: "message '\(id)' (\(language.rawValue)) uses '{\(name)}', which the step does not provide"))
                }
            }
        }
        return problems
    }
}
