import DocentLocalization

extension ArticleStep {
    /// The condition a step opens with ("If you …", « Si vous … », „Wenn Sie …", "Om du …",
    /// "Als je …"), up to its first comma or colon, or nil when the step is not conditional.
    public func condition(in language: Language) -> String? {
        let lowered = text.lowercased()
        let openings = ArticleVocabulary.conditionalOpenings[language] ?? []
        guard openings.contains(where: { lowered.hasPrefix($0) }) else { return nil }
        let clause = text.prefix { $0 != "," && $0 != ":" && $0 != ";" }
        return String(clause).trimmingColon.trimmedSpaces
    }
}
