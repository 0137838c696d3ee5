@testable import DocentLocalization
import Testing

@Suite("ICU message patterns")
struct MessagePatternTests {
    /// Formats `pattern` to plain text.
    func text(_ pattern: String, _ arguments: [String: Argument] = [:], _ language: Language = .en,
              labels: [String: String] = [:]) throws -> String {
        try MessagePattern(parsing: pattern).format(arguments, language: language) { labels[$0] }.plainText
    }

    @Test func literalAndArguments() throws {
        #expect(try text("Hello") == "Hello")
        #expect(try text("Hello {name}!", ["name": "Ada"]) == "Hello Ada!")
        #expect(try text("{ a.b:c-d_9 }", ["a.b:c-d_9": 3]) == "3")
        #expect(try text("") == "")
    }

    @Test func segmentsSeparateLabelsAndValues() throws {
        let pattern = try MessagePattern(parsing: "Assign a {ui.seat} to {user}.")
        let message = try pattern.format(["user": "Bo"], language: .en) { $0 == "ui.seat" ? "paid seat" : nil }
        #expect(message.segments == [.text("Assign a "), .label("paid seat"), .text(" to "), .value("Bo"), .text(".")])
        #expect(message.description == "Assign a paid seat to Bo.")
        #expect(message.plainText == message.description)
    }

    @Test func labelsAreNotTakenFromArguments() throws {
        let pattern = try MessagePattern(parsing: "{ui.seat}")
        #expect(throws: MessageFormatError.missingArgument("ui.seat")) {
            try pattern.format(["ui.seat": "nope"], language: .en) { _ in nil }
        }
    }

    @Test func missingArgumentThrows() throws {
        #expect(throws: MessageFormatError.missingArgument("name")) {
            try text("Hi {name}")
        }
        #expect(throws: MessageFormatError.missingArgument("n")) {
            try text("{n, plural, other {#}}")
        }
    }

    @Test(arguments: Language.allCases)
    func numbersAreLocaleFormatted(language: Language) throws {
        let separator = language == .en ? "." : ","
        let grouped = ["en": "1,234,567", "fr": "1\u{202F}234\u{202F}567", "de": "1.234.567", "sv": "1\u{00A0}234\u{00A0}567", "nl": "1.234.567"]
        #expect(try text("{n, number}", ["n": 1234567], language) == grouped[language.rawValue])
        #expect(try text("{n, number}", ["n": 999], language) == "999")
        #expect(try text("{n, number}", ["n": .decimal("-1500.25")], language) == "-1" + (grouped[language.rawValue]?.dropFirst().prefix(1) ?? "") + "500" + separator + "25")
        #expect(try text("{n, number}", ["n": .decimal("2.50")], language) == "2\(separator)50")
        #expect(try text("{n}", ["n": 1.5], language) == "1\(separator)5")
        #expect(try text("{n, plural, other {# items}}", ["n": .decimal("0.75")], language) == "0\(separator)75 items")
    }

    @Test func nonNumericPluralValueThrows() {
        #expect(throws: MessageFormatError.invalidNumber("n", value: "many")) {
            try text("{n, plural, other {#}}", ["n": "many"])
        }
    }

    static let seats = "{count, plural, =0 {no seats} one {# seat} many {# de seats} other {# seats}}"

    @Test func pluralSelection() throws {
        #expect(try text(Self.seats, ["count": 0]) == "no seats")
        #expect(try text(Self.seats, ["count": 1]) == "1 seat")
        #expect(try text(Self.seats, ["count": 2]) == "2 seats")
        #expect(try text(Self.seats, ["count": .decimal("1.0")]) == "1.0 seats")
        #expect(try text(Self.seats, ["count": .decimal("0.0")]) == "no seats")
        #expect(try text(Self.seats, ["count": 1_000_000]) == "1,000,000 seats")
        #expect(try text(Self.seats, ["count": .decimal("1.5")], .fr) == "1,5 seat")
        #expect(try text(Self.seats, ["count": 1_000_000], .fr) == "1\u{202F}000\u{202F}000 de seats")
        #expect(try text(Self.seats, ["count": "3"], .de) == "3 seats")
    }

    @Test func exactMatchBeforeCategoryAndOffset() throws {
        let pattern = "{n, plural, offset:1 =0 {nobody} =1 {{who}} one {{who} and # other} other {{who} and # others}}"
        #expect(try text(pattern, ["n": 0, "who": "Ann"]) == "nobody")
        #expect(try text(pattern, ["n": 1, "who": "Ann"]) == "Ann")
        #expect(try text(pattern, ["n": 2, "who": "Ann"]) == "Ann and 1 other")
        #expect(try text(pattern, ["n": 5, "who": "Ann"]) == "Ann and 4 others")
    }

    @Test func pluralFallsBackToOther() throws {
        #expect(try text("{n, plural, one {one} other {other}}", ["n": 0], .fr) == "one")
        #expect(try text("{n, plural, one {one} other {other}}", ["n": 1_000_000], .fr) == "other")
    }

    @Test func selectAndNesting() throws {
        let pattern = """
        {role, select, admin {{n, plural, one {# admin seat} other {# admin seats}}} \
        other {{n, plural, one {# seat for {role}} other {# seats for {role}}}}}
        """
        #expect(try text(pattern, ["role": "admin", "n": 1]) == "1 admin seat")
        #expect(try text(pattern, ["role": "viewer", "n": 3]) == "3 seats for viewer")
        #expect(try text("{k, select, a {A} other {O}}", ["k": "b"]) == "O")
        #expect(try text("{k, select, 1 {one} other {O}}", ["k": 1]) == "one")
    }

    @Test func poundOutsidePluralIsLiteral() throws {
        #expect(try text("Item #{n}", ["n": 4]) == "Item #4")
        #expect(try text("{n, plural, other {{k, select, other {#}}}}", ["n": 7, "k": "x"]) == "7")
    }

    @Test func apostropheQuoting() throws {
        #expect(try text("It''s") == "It's")
        #expect(try text("'{name}' is literal") == "{name} is literal")
        #expect(try text("'{'a'}'") == "{a}")
        #expect(try text("a '}' b") == "a } b")
        #expect(try text("'{it''s}'") == "{it's}")
        #expect(try text("don't") == "don't")
        #expect(try text("'#'") == "'#'")
        #expect(try text("{n, plural, other {'#' is #}}", ["n": 3]) == "# is 3")
        #expect(try text("trailing'") == "trailing'")
    }

    @Test func frenchApostrophes() throws {
        // Between letters an apostrophe is literal; before a placeholder it must be doubled.
        let pattern = "L'utilisateur {name} n'a pas d''{ui.seat}, c''est l''{n, plural, one {unique} other {# ème}}"
        let result = try text(pattern, ["name": "Zoé", "n": 1], .fr, labels: ["ui.seat": "licence"])
        #expect(result == "L'utilisateur Zoé n'a pas d'licence, c'est l'unique")
        #expect(try text("Qu'est-ce que c'est ? l'été", [:], .fr) == "Qu'est-ce que c'est ? l'été")
    }

    @Test func singleApostropheBeforeBraceQuotesAsInICU() throws {
        // ICU DOUBLE_OPTIONAL: "d'{x} l'y" quotes "{x} l" — the pitfall translators must avoid.
        #expect(try text("d'{x} l'y", [:], .fr) == "d{x} ly")
        #expect(try MessagePattern(parsing: "d'{x} l'y").argumentNames.isEmpty)
    }

    @Test func argumentNames() throws {
        let pattern = try MessagePattern(parsing: "{a} {ui.x} {n, plural, one {{b}} other {{s, select, x {{c, number}} other {}}}}")
        #expect(pattern.argumentNames == ["a", "ui.x", "n", "b", "s", "c"])
        #expect(pattern.pluralArguments == ["n"])
        #expect(try MessagePattern(parsing: "'{a}'").argumentNames.isEmpty)
    }

    @Test func equatable() throws {
        #expect(try MessagePattern(parsing: "{a}") == MessagePattern(parsing: "{a}"))
        #expect(try MessagePattern(parsing: "{a}") != MessagePattern(parsing: "{b}"))
    }

    /// A malformed pattern and the error it must produce.
    struct BadPattern: Sendable, CustomTestStringConvertible {
        let pattern: String
        let problem: MessageFormatError.SyntaxProblem
        let offset: Int
        let line: Int
        let column: Int
        var testDescription: String { pattern }
    }

    static let badPatterns: [BadPattern] = [
        BadPattern(pattern: "Hello {name", problem: .unclosedBrace, offset: 6, line: 1, column: 7),
        BadPattern(pattern: "a\nb {n, plural, one {x} other {y}", problem: .unclosedBrace, offset: 4, line: 2, column: 3),
        BadPattern(pattern: "{n, plural, other {y}", problem: .unclosedBrace, offset: 0, line: 1, column: 1),
        BadPattern(pattern: "{n, plural, other {y", problem: .unclosedBrace, offset: 18, line: 1, column: 19),
        BadPattern(pattern: "a } b", problem: .unmatchedClosingBrace, offset: 2, line: 1, column: 3),
        BadPattern(pattern: "x {}", problem: .emptyName, offset: 3, line: 1, column: 4),
        BadPattern(pattern: "{ , number}", problem: .emptyName, offset: 2, line: 1, column: 3),
        BadPattern(pattern: "{na me}", problem: .unexpected(found: "\"m\"", expected: "',' or '}'"), offset: 4, line: 1, column: 5),
        BadPattern(pattern: "{na$me}", problem: .invalidNameCharacter("$"), offset: 3, line: 1, column: 4),
        BadPattern(pattern: "{é}", problem: .invalidNameCharacter("é"), offset: 1, line: 1, column: 2),
        BadPattern(pattern: "{n,}", problem: .missingArgumentType, offset: 3, line: 1, column: 4),
        BadPattern(pattern: "{d, time}", problem: .unknownArgumentType("time"), offset: 4, line: 1, column: 5),
        BadPattern(pattern: "{n, selectordinal, other {#}}", problem: .unknownArgumentType("selectordinal"), offset: 4, line: 1, column: 5),
        BadPattern(pattern: "{n, number, percent}", problem: .unsupportedNumberStyle("percent"), offset: 12, line: 1, column: 13),
        BadPattern(pattern: "ab {n, plural, one {x}}", problem: .missingOther("n"), offset: 3, line: 1, column: 4),
        BadPattern(pattern: "{s, select, a {x}}", problem: .missingOther("s"), offset: 0, line: 1, column: 1),
        BadPattern(pattern: "{n, plural, single {x} other {y}}", problem: .unknownPluralCategory("single"), offset: 12, line: 1, column: 13),
        BadPattern(pattern: "{n, plural, =x {x} other {y}}", problem: .invalidExactValue("x"), offset: 12, line: 1, column: 13),
        BadPattern(pattern: "{n, plural, offset:z other {y}}", problem: .invalidOffset("z"), offset: 19, line: 1, column: 20),
        BadPattern(pattern: "{n, plural, one {a} one {b} other {c}}", problem: .duplicateSelector("one"), offset: 20, line: 1, column: 21),
        BadPattern(pattern: "{n, plural, =1 {a} =1.0 {b} other {c}}", problem: .duplicateSelector("=1.0"), offset: 19, line: 1, column: 20),
        BadPattern(pattern: "{n, plural, one x other {c}}", problem: .missingSubmessage("one"), offset: 16, line: 1, column: 17),
        BadPattern(pattern: "{n plural}", problem: .unexpected(found: "\"p\"", expected: "',' or '}'"), offset: 3, line: 1, column: 4),
        BadPattern(pattern: "It is '{unterminated", problem: .unterminatedQuote, offset: 6, line: 1, column: 7),
    ]

    @Test(arguments: badPatterns)
    func syntaxErrors(_ bad: BadPattern) {
        #expect(throws: MessageFormatError.syntax(bad.problem, offset: bad.offset, line: bad.line, column: bad.column)) {
            try MessagePattern(parsing: bad.pattern)
        }
    }

    @Test func syntaxErrorDescription() {
        let error = MessageFormatError.syntax(.unclosedBrace, offset: 6, line: 1, column: 7)
        #expect(error.description == "1:7: error: unclosed brace: '{' has no matching '}' (offset 6)")
        #expect(MessageFormatError.missingArgument("x").description == "error: missing argument \"x\"")
    }

    @Test func argumentLiterals() {
        let values: [Argument] = ["text", 3, 2.5]
        #expect(values == [.string("text"), .int(3), .decimal("2.5")])
    }
}
