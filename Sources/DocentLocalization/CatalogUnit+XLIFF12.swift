extension CatalogUnit.State {
    /// The XLIFF 2.0 state for an XLIFF 1.2 target `state`: `new`, `needs-translation` → initial;
    /// `translated`, `needs-review-*`, `needs-adaptation`, `needs-l10n` → translated; `signed-off` → reviewed; `final` → final.
    init?(xliff12 value: String) {
        switch value {
        case "new", "needs-translation": self = .initial
        case "translated", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
             "needs-adaptation", "needs-l10n": self = .translated
        case "signed-off": self = .reviewed
        case "final": self = .final
        default: return nil
        }
    }
}
