import DocentLocalization
import Testing

/// CLDR plural categories on the boundary numbers of every language, as the plural checks rely on them.
@Suite("docent qa: plural boundaries")
struct PluralBoundaryTests {
    /// Boundary numbers and their category for each language.
    static func expected(_ language: Language) -> [(String, PluralCategory)] {
        switch language {
        case .fr:
            [("0", .one), ("1", .one), ("1.5", .one), ("1.99", .one), ("2", .other), ("999999", .other), ("1000000", .many),
             ("1000001", .other), ("2000000", .many), ("1c6", .many), ("1.5c6", .many), ("1c3", .other), ("1000000.0", .other),
             ("1c7", .many)]
        case .en, .de, .sv, .nl:
            [("0", .other), ("1", .one), ("1.0", .other), ("1.5", .other), ("2", .other), ("999999", .other),
             ("1000000", .other), ("1c6", .other), ("21", .other), ("101", .other)]
        }
    }

    @Test(arguments: Language.allCases)
    func boundaries(_ language: Language) throws {
        for (text, category) in Self.expected(language) {
            let operand = try #require(PluralOperand(text))
            #expect(PluralRules.category(for: operand, in: language) == category, "\(language.rawValue) \(text)")
        }
    }

    @Test("the categories a language requires are exactly those its rules select", arguments: Language.allCases)
    func requiredCategoriesAreSelected(_ language: Language) throws {
        var selected: Set<PluralCategory> = []
        for text in ["0", "1", "2", "1.5", "1000000", "1c6", "17"] {
            selected.insert(PluralRules.category(for: try #require(PluralOperand(text)), in: language))
        }
        #expect(selected == language.requiredPluralCategories)
    }
}
