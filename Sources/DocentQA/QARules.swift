import DocentLocalization
import Foundation

/// The language facts the checks use (`Resources/qa/rules.json`): product names, forbidden terms,
/// brand names written in camel case, words that may repeat, texts allowed to equal the source,
/// and length ratios per language.
public struct QARules: Sendable, Codable, Equatable {
    /// A target/source length window.
    public struct Ratio: Sendable, Codable, Equatable {
        /// The smallest accepted target length divided by the source length.
        public var min: Double
        /// The largest accepted ratio.
        public var max: Double

        /// Creates a window.
        public init(min: Double, max: Double) {
            self.min = min
            self.max = max
        }
    }

    /// Names never translated (HubSpot, Sales Hub, Zendesk…).
    public var productNames: [String]
    /// Brand names whose lowercase–uppercase joints are not glued words (HubSpot, LinkedIn…).
    public var camelCaseWords: [String]
    /// Terms that must not appear, by language code (translated product names, rejected wordings).
    public var forbiddenTerms: [String: [String]]
    /// Words that may legitimately follow themselves, by language code (« vous vous »).
    public var repeatableWords: [String: [String]]
    /// Texts that may equal the source in any language (codes, product names alone).
    public var identicalAllowed: [String]
    /// Length windows by language code.
    public var lengthRatios: [String: Ratio]
    /// Sources shorter than this (placeholders excluded) are not length-checked.
    public var minimumLengthChecked: Int

    /// Creates rules.
    public init(
        productNames: [String] = [], camelCaseWords: [String] = [], forbiddenTerms: [String: [String]] = [:],
        repeatableWords: [String: [String]] = [:], identicalAllowed: [String] = [], lengthRatios: [String: Ratio] = [:],
        minimumLengthChecked: Int = 20
    ) {
        self.productNames = productNames
        self.camelCaseWords = camelCaseWords
        self.forbiddenTerms = forbiddenTerms
        self.repeatableWords = repeatableWords
        self.identicalAllowed = identicalAllowed
        self.lengthRatios = lengthRatios
        self.minimumLengthChecked = minimumLengthChecked
    }

    /// Reads rules from JSON.
    public static func decode(_ data: Data, file: String) throws(QAInputError) -> QARules {
        do {
            return try JSONDecoder().decode(QARules.self, from: data)
        } catch {
            throw QAInputError(file: file, reason: "not a QA rules file: \(QAInputError.describe(error))")
        }
    }

    /// The forbidden terms of `language`.
    func forbidden(in language: Language) -> [String] {
        forbiddenTerms[language.rawValue] ?? []
    }

    /// The length window of `language`, if any.
    func ratio(for language: Language) -> Ratio? {
        lengthRatios[language.rawValue]
    }
}
