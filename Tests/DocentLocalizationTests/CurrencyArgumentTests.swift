import DocentLocalization
import Testing

@Suite("{name, currency, code}")
struct CurrencyArgumentTests {
    /// Per language, euro amounts 0, 0.5, 1, 1 000 000 and -90 as CLDR writes them (U+00A0 no-break
    /// space, U+202F narrow no-break space, U+2212 minus sign).
    static let euros: [(Language, [String])] = [
        (.en, ["€0.00", "€0.50", "€1.00", "€1,000,000.00", "-€90.00"]),
        (.fr, ["0,00\u{A0}€", "0,50\u{A0}€", "1,00\u{A0}€", "1\u{202F}000\u{202F}000,00\u{A0}€", "-90,00\u{A0}€"]),
        (.de, ["0,00\u{A0}€", "0,50\u{A0}€", "1,00\u{A0}€", "1.000.000,00\u{A0}€", "-90,00\u{A0}€"]),
        (.sv, ["0,00\u{A0}€", "0,50\u{A0}€", "1,00\u{A0}€", "1\u{A0}000\u{A0}000,00\u{A0}€", "\u{2212}90,00\u{A0}€"]),
        (.nl, ["€\u{A0}0,00", "€\u{A0}0,50", "€\u{A0}1,00", "€\u{A0}1.000.000,00", "€\u{A0}-90,00"]),
    ]

    /// The boundary amounts, as the bindings pass them.
    static let amounts = ["0.00", "0.5", "1", "1000000.00", "-90.00"]

    @Test("amounts are written per CLDR in each language", arguments: euros)
    func boundaryAmounts(_ language: Language, _ expected: [String]) throws {
        let pattern = try MessagePattern(parsing: "{price, currency, code}")
        #expect(pattern.argumentNames == ["price", "code"])
        let written = try Self.amounts.map { amount in
            try pattern.format(["price": .decimal(amount), "code": "EUR"], language: language).plainText
        }
        #expect(written == expected)
    }

    @Test("the symbol and its place follow the currency and the language", arguments: [
        (Language.en, "Total: $1,500.00."), (.fr, "Total: 1\u{202F}500,00\u{A0}$US."), (.de, "Total: 1.500,00\u{A0}$."),
        (.sv, "Total: 1\u{A0}500,00\u{A0}US$."), (.nl, "Total: US$\u{A0}1.500,00."),
    ])
    func dollars(_ language: Language, _ expected: String) throws {
        let pattern = try MessagePattern(parsing: "Total: {total, currency, currency}.")
        #expect(try pattern.format(["total": .int(1500), "currency": "USD"], language: language).plainText == expected)
    }

    @Test func aCurrencyNeedsItsCodeArgument() {
        #expect(throws: MessageFormatError.self) { try MessagePattern(parsing: "{price, currency}") }
        #expect(throws: MessageFormatError.self) { try MessagePattern(parsing: "{price, currency, }") }
        #expect(throws: MessageFormatError.self) { try MessagePattern(parsing: "{price, currency, code, x}") }
    }

    @Test func badCodesAndAmountsAreErrors() throws {
        let pattern = try MessagePattern(parsing: "{price, currency, code}")
        #expect(throws: MessageFormatError.missingArgument("code")) {
            try pattern.format(["price": "1.00", "code": "eur"], language: .fr)
        }
        #expect(throws: MessageFormatError.invalidNumber("price", value: "ninety")) {
            try pattern.format(["price": "ninety", "code": "EUR"], language: .fr)
        }
        #expect(throws: MessageFormatError.missingArgument("code")) {
            try pattern.format(["price": "1.00"], language: .fr)
        }
    }
}
