@testable import DocentLocalization
import Testing

/// CLDR 44 "Language Plural Rules" examples (cardinal) for each language.
@Suite("CLDR plural rules")
struct PluralRulesTests {
    /// Expands `2~16` style ranges of integers.
    static func integers(_ range: ClosedRange<Int>) -> [String] { range.map(String.init) }

    /// Decimal examples `0.0~1.5` (step 0.1).
    static let zeroToOnePointFive = (0...15).map { "\($0 / 10).\($0 % 10)" }

    static let germanic: [PluralCategory: [String]] = [
        .one: ["1"],
        .other: ["0"] + integers(2...16) + ["100", "1000", "10000", "100000", "1000000"]
            + zeroToOnePointFive + ["10.0", "100.0", "1000.0", "10000.0", "100000.0", "1000000.0", "1.00"],
    ]

    static let french: [PluralCategory: [String]] = [
        .one: ["0", "1"] + zeroToOnePointFive + ["1.99", "0.001"],
        .many: ["1000000", "2000000", "1c6", "2c6", "3c6", "4c6", "5c6", "6c6",
                "1.0000001c6", "1.1c6", "2.0000001c6", "2.1c6", "3.0000001c6", "3.1c6", "1c7"],
        .other: integers(2...17) + ["100", "1000", "10000", "100000", "1000001", "1c3", "2c3", "3c3", "4c3", "5c3", "6c3",
                                    "2.0", "2.5", "3.5", "10.0", "100.0", "1000.0", "10000.0", "100000.0", "1000000.0",
                                    "1.0001c3", "1.1c3", "2.0001c3", "2.1c3", "3.0001c3", "3.1c3"],
    ]

    @Test(arguments: Language.allCases)
    func publishedExamples(language: Language) throws {
        let table = language == .fr ? Self.french : Self.germanic
        for (category, examples) in table {
            for example in examples {
                let operand = try #require(PluralOperand(example), "\(example)")
                #expect(PluralRules.category(for: operand, in: language) == category, "\(language) \(example)")
            }
        }
    }

    @Test(arguments: Language.allCases)
    func integersFromInt(language: Language) {
        #expect(PluralRules.category(for: 1, in: language) == .one)
        #expect(PluralRules.category(for: 5, in: language) == .other)
        #expect(PluralRules.category(for: PluralOperand(0), in: language) == (language == .fr ? .one : .other))
        #expect(PluralRules.category(for: PluralOperand(3_000_000), in: language) == (language == .fr ? .many : .other))
        #expect(PluralRules.category(for: PluralOperand(-1), in: language) == .one)
    }

    @Test func operands() throws {
        let value = try #require(PluralOperand("1.50"))
        #expect(value.i == 1)
        #expect(value.v == 2)
        #expect(value.w == 1)
        #expect(value.f == 50)
        #expect(value.t == 5)
        #expect(value.e == 0)
        #expect(value.n == 1.5)
        let compact = try #require(PluralOperand("1.2c6"))
        #expect(compact.i == 1_200_000)
        #expect(compact.v == 0)
        #expect(compact.e == 6)
        #expect(PluralOperand(42).i == 42)
    }

    @Test(arguments: ["", "1.", ".5", "1,5", "abc", "1e", "1c-2", "--1", "1.2.3", "1234567890123456789"])
    func rejectsMalformedDecimals(text: String) {
        #expect(PluralOperand(text) == nil)
    }

    @Test func requiredCategories() {
        #expect(Language.fr.requiredPluralCategories == [.one, .many, .other])
        #expect(Language.sv.requiredPluralCategories == [.one, .other])
    }
}
