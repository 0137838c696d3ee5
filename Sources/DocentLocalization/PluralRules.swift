/// CLDR cardinal plural rules (CLDR 44+) for Docent's languages.
public struct PluralRules: Sendable {
    /// The plural category of `number` in `language`.
    ///
    /// - en, de, sv, nl: `one` iff i = 1 and v = 0; else `other`.
    /// - fr: `one` iff i = 0,1; `many` iff e = 0 and i ≠ 0 and i % 1000000 = 0 and v = 0, or e ∉ 0…5; else `other`.
    public static func category(for number: PluralOperand, in language: Language) -> PluralCategory {
        switch language {
        case .en, .de, .sv, .nl:
            return number.i == 1 && number.v == 0 ? .one : .other
        case .fr:
            let i = number.i
            if i == 0 || i == 1 { return .one }
            if number.e == 0, i != 0, i % 1_000_000 == 0, number.v == 0 { return .many }
            if !(0...5).contains(number.e) { return .many }
            return .other
        }
    }
}
