import Foundation

/// An amount of money in an ISO 4217 currency, written the way CLDR writes it in each language.
///
/// `{price, currency, code}` in a message formats argument `price` (a decimal such as `"90.00"`) in
/// the currency named by argument `code` (such as `"EUR"`): `€90.00` (en), `90,00 €` (fr, de, sv,
/// with a no-break space), `€ 90,00` (nl). Foundation's `FormatStyle` with an explicit `Locale`
/// supplies the symbol, its place, the spacing and the sign.
struct CurrencyAmount: Sendable, Equatable {
    /// The amount.
    let amount: PluralOperand
    /// The ISO 4217 code, three uppercase ASCII letters.
    let code: String

    /// Creates an amount; `nil` unless `code` is three uppercase ASCII letters.
    init?(amount: PluralOperand, code: String) {
        guard code.unicodeScalars.count == 3,
              code.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A })
        else { return nil }
        self.amount = amount
        self.code = code
    }

    /// The amount as CLDR writes it in `language`; `nil` if Foundation cannot read the amount.
    func formatted(for language: Language) -> String? {
        guard let value = Decimal(string: amount.plainText, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return value.formatted(.currency(code: code).locale(Locale(identifier: language.rawValue)))
    }
}
