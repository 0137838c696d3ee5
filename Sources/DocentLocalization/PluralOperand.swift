/// A number as CLDR plural rules see it: operands `n`, `i`, `v`, `w`, `f`, `t`, `e`.
///
/// Built from an `Int` or from a decimal string such as `"1.5"`, `"1000000"`, `"1.50"` (visible
/// trailing zeros count: `v` = 2) or the CLDR compact form `"1.2c6"` / `"1e6"` (`e` = 6, value 1200000).
public struct PluralOperand: Sendable, Hashable {
    /// Whether the number is below zero (rules use the absolute value).
    public let isNegative: Bool
    /// The integer digits of the absolute value, without leading zeros ("0" for zero).
    let integerDigits: String
    /// The visible fraction digits, with trailing zeros.
    let fractionDigits: String
    /// The compact decimal exponent (`c`/`e` suffix), 0 when absent.
    public let e: Int

    /// The absolute value as a `Double` (operand `n`).
    public var n: Double { Double(integerDigits + (fractionDigits.isEmpty ? "" : "." + fractionDigits)) ?? 0 }
    /// The integer part of the absolute value (operand `i`).
    public var i: Int { Int(integerDigits) ?? 0 }
    /// The number of visible fraction digits, with trailing zeros (operand `v`).
    public var v: Int { fractionDigits.count }
    /// The number of visible fraction digits, without trailing zeros (operand `w`).
    public var w: Int { trimmedFraction.count }
    /// The visible fraction digits as an integer, with trailing zeros (operand `f`).
    public var f: Int { Int(fractionDigits) ?? 0 }
    /// The visible fraction digits as an integer, without trailing zeros (operand `t`).
    public var t: Int { Int(trimmedFraction) ?? 0 }

    /// Fraction digits without trailing zeros.
    private var trimmedFraction: Substring {
        var digits = Substring(fractionDigits)
        while digits.last == "0" { digits.removeLast() }
        return digits
    }

    /// The most digits accepted in the integer or the fraction part (keeps `i` and `f` in `Int`).
    static let maximumDigits = 18

    /// Creates the operand for an integer.
    public init(_ value: Int) {
        isNegative = value < 0
        integerDigits = String(value.magnitude)
        fractionDigits = ""
        e = 0
    }

    /// Parses a plain decimal string: optional `-`, digits, optional `.digits`, optional `c`/`e` exponent.
    ///
    /// Returns `nil` when the text is not such a number or has more than 18 integer or fraction digits.
    public init?(_ text: String) {
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if scalars.first == "-" {
            negative = true
            scalars = scalars.dropFirst()
        }
        var exponent = 0
        if let marker = scalars.firstIndex(where: { $0 == "c" || $0 == "e" }) {
            let exponentText = String(scalars[scalars.index(after: marker)...])
            guard !exponentText.isEmpty, exponentText.unicodeScalars.allSatisfy(Self.isDigit),
                  let value = Int(exponentText), value <= Self.maximumDigits
            else { return nil }
            exponent = value
            scalars = scalars[..<marker]
        }
        var integer = Substring(scalars)
        var fraction = Substring("")
        if let dot = integer.firstIndex(of: ".") {
            fraction = integer[integer.index(after: dot)...]
            integer = integer[..<dot]
            guard !fraction.isEmpty else { return nil }
        }
        guard !integer.isEmpty,
              integer.unicodeScalars.allSatisfy(Self.isDigit),
              fraction.unicodeScalars.allSatisfy(Self.isDigit)
        else { return nil }
        // Apply the compact exponent: move `exponent` fraction digits into the integer part.
        var integerText = String(integer)
        var fractionText = String(fraction)
        if exponent > 0 {
            let moved = min(exponent, fractionText.count)
            integerText += fractionText.prefix(moved)
            fractionText = String(fractionText.dropFirst(moved))
            integerText += String(repeating: "0", count: exponent - moved)
        }
        while integerText.count > 1, integerText.first == "0" { integerText.removeFirst() }
        guard integerText.count <= Self.maximumDigits, fractionText.count <= Self.maximumDigits else { return nil }
        let isZero = integerText == "0" && fractionText.allSatisfy { $0 == "0" }
        self.isNegative = negative && !isZero
        self.integerDigits = integerText
        self.fractionDigits = fractionText
        self.e = exponent
    }

    /// Internal memberwise initialiser.
    init(isNegative: Bool, integerDigits: String, fractionDigits: String, e: Int) {
        self.isNegative = isNegative
        self.integerDigits = integerDigits
        self.fractionDigits = fractionDigits
        self.e = e
    }

    /// Whether a scalar is an ASCII digit.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// The number written for `language`: plain digits, `.` (en) or `,` (fr, de, sv, nl) before the fraction.
    public func formatted(for language: Language) -> String {
        let sign = isNegative ? "-" : ""
        // CLDR's minimum grouping digits is 1 for Docent's languages: group from 1 000 up.
        var grouped = ""
        for (index, digit) in integerDigits.enumerated() {
            if index > 0, (integerDigits.count - index) % 3 == 0 { grouped += language.groupingSeparator }
            grouped.append(digit)
        }
        if fractionDigits.isEmpty { return sign + grouped }
        return sign + grouped + language.decimalSeparator + fractionDigits
    }

    /// The value in plain notation with a `.` decimal point and no grouping (`-1234.50`; exponent applied).
    var plainText: String {
        (isNegative ? "-" : "") + integerDigits + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
    }

    /// Whether both operands denote the same value (`1` equals `1.0`).
    func hasSameValue(as other: PluralOperand) -> Bool {
        isNegative == other.isNegative && integerDigits == other.integerDigits && trimmedFraction == other.trimmedFraction
    }

    /// A spelling equal for equal values (`1`, `1.0` and `1.00` → `"1"`), for detecting duplicate `=n` cases.
    var valueKey: String {
        (isNegative ? "-" : "") + integerDigits + (trimmedFraction.isEmpty ? "" : "." + trimmedFraction)
    }

    /// The number minus an integer offset (ICU plural `offset:`), or `nil` on overflow.
    func subtracting(_ offset: Int) -> PluralOperand? {
        if offset == 0 { return self }
        let scale = fractionDigits.count
        var factor = 1
        for _ in 0..<scale {
            let (next, overflow) = factor.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            factor = next
        }
        guard let magnitude = Int(integerDigits + fractionDigits) else { return nil }
        let (scaledOffset, overflow1) = offset.multipliedReportingOverflow(by: factor)
        let signed = isNegative ? -magnitude : magnitude
        let (result, overflow2) = signed.subtractingReportingOverflow(scaledOffset)
        guard !overflow1, !overflow2 else { return nil }
        var digits = String(result.magnitude)
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        let integerPart = String(digits.dropLast(scale))
        let fractionPart = String(digits.suffix(scale))
        return PluralOperand(isNegative: result < 0, integerDigits: integerPart, fractionDigits: fractionPart, e: 0)
    }
}
