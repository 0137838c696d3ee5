import DocentLocalization

/// One defect found by `docent qa`: where, which message, which check, how severe, and the text in question.
public struct QAFinding: Sendable, Codable, Equatable {
    /// The file the finding is in.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The language of the text in question.
    public var language: Language
    /// The message id (catalogs) or a place in the article (`section 2, step 3`).
    public var messageID: String
    /// The check that found it.
    public var check: QACheck
    /// Its severity after configuration.
    public var severity: QASeverity
    /// What is wrong, in plain English.
    public var message: String
    /// The target text in question.
    public var text: String
    /// The source text it was compared with, if any.
    public var sourceText: String?
    /// A fingerprint of the check, the place and both texts: it changes when either text changes.
    public var fingerprint: String

    /// Creates a finding and computes its fingerprint.
    public init(
        file: String, line: Int?, language: Language, messageID: String, check: QACheck, severity: QASeverity? = nil,
        message: String, text: String, sourceText: String? = nil
    ) {
        self.file = file
        self.line = line
        self.language = language
        self.messageID = messageID
        self.check = check
        self.severity = severity ?? check.defaultSeverity
        self.message = message
        self.text = text
        self.sourceText = sourceText
        self.fingerprint = QAFingerprint.of([check.rawValue, language.rawValue, messageID, message, sourceText ?? "", text])
    }
}
