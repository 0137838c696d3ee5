import DocentKit
import Foundation
import Testing

/// `docent list` as a user runs it, in every language, and language resolution.
@Suite("docent list")
struct ListTests {
    /// One entry of `docent list --json`.
    struct Entry: Decodable, Equatable {
        var id: String
        var title: String
        var summary: String
        var tags: [String]
        var definitionHash: String
    }

    static let procedures = [
        "add-seats", "assign-seat", "cancel-removal", "change-seat", "checkout", "create-user", "remove-seats",
        "remove-user", "transfer-core-seat", "unassign-seat", "zendesk-cancel-account", "zendesk-change-subscription",
        "zendesk-view-subscription",
    ]

    /// The English list, for comparisons.
    static func english() async throws -> [Entry] {
        let run = try await Docent.run(["list", "--json", "--lang", "en"])
        #expect(run.status == 0, "\(run)")
        return try run.decode([Entry].self)
    }

    @Test("list --json: 13 procedures, localized titles, stable hashes", arguments: allLanguages)
    func json(language: String) async throws {
        let run = try await Docent.run(["list", "--json", "--lang", language])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "", "\(run)")
        let entries = try run.decode([Entry].self)
        #expect(entries.map(\.id) == Self.procedures)
        let library = try Docent.library()
        for entry in entries {
            #expect(!entry.title.isEmpty && !entry.summary.isEmpty, "\(entry.id)")
            #expect(!entry.title.contains("{") && !entry.summary.contains("{"), "\(entry.id): \(entry.title) — \(entry.summary)")
            #expect(entry.title != "\(entry.id).title", "untranslated id shown for \(entry.id)")
            #expect(entry.definitionHash.count == 64 && entry.definitionHash.allSatisfy(\.isHexDigit))
            #expect(entry.definitionHash == (try library.definition(entry.id)).contentHash, "\(entry.id)")
            #expect(!entry.tags.isEmpty, "\(entry.id)")
        }
        #expect(entries.first { $0.id == "zendesk-cancel-account" }?.tags == ["zendesk"])
        if language == "en" {
            #expect(entries.first { $0.id == "assign-seat" }?.title == "Assign a paid seat")
        } else {
            let english = try await Self.english()
            #expect(entries.map(\.definitionHash) == english.map(\.definitionHash), "hashes must not depend on the language")
            #expect(entries.map(\.tags) == english.map(\.tags))
            if realCatalog(language) {
                for (entry, source) in zip(entries, english) {
                    #expect(entry.title != source.title, "\(language): '\(entry.id)' title is still English")
                }
            }
        }
    }

    @Test("list: one aligned line per procedure, the same titles as --json", arguments: allLanguages)
    func text(language: String) async throws {
        let run = try await Docent.run(["list", "--lang", language])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        let rows = lines(run.stdout)
        try #require(rows.count == 13, "\(run)")
        let json = try await Docent.run(["list", "--json", "--lang", language]).decode([Entry].self)
        let width = Self.procedures.map(\.count).max()!
        for (row, entry) in zip(rows, json) {
            let expected = entry.id + String(repeating: " ", count: width - entry.id.count) + "  " + entry.title + " — " + entry.summary
            #expect(row == expected)
        }
        #expect(!run.stdout.contains("\u{1B}"), "no escape sequences when stdout is not a terminal")
    }

    @Test("--lang with an unsupported code: exit 64 and the supported codes")
    func unsupportedLanguage() async throws {
        for arguments in [["list", "--lang", "xx"], ["list", "--json", "--lang", "english"], ["walk", "assign-seat", "--lang", "xx"]] {
            let run = try await Docent.run(arguments)
            #expect(run.status == 64, "\(run)")
            #expect(run.stdout == "", "\(run)")
            #expect(run.stderr.hasPrefix("--lang: error: unsupported language"), "\(run)")
            #expect(run.stderr.contains("--lang"), "\(run)")
            #expect(run.stderr.contains("en, fr, de, sv, nl"), "\(run)")
        }
    }

    @Test("DOCENT_LANG and LANG choose the language; --lang wins; DOCENT_LANG=xx is an error")
    func environment() async throws {
        let swedish = try await Docent.run(["list", "--lang", "sv"])
        let english = try await Docent.run(["list", "--lang", "en"])
        let german = try await Docent.run(["list", "--lang", "de"])
        #expect(swedish.status == 0 && english.status == 0 && german.status == 0)

        let byLang = try await Docent.run(["list"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(byLang.status == 0, "\(byLang)")
        #expect(byLang.stdout == swedish.stdout)

        let byDocentLang = try await Docent.run(["list"], environment: ["DOCENT_LANG": "de", "LANG": "sv_SE.UTF-8"])
        #expect(byDocentLang.stdout == german.stdout, "DOCENT_LANG comes before LANG")

        let byLanguage = try await Docent.run(["list"], environment: ["LANGUAGE": "xx:sv", "LANG": "de_DE.UTF-8"])
        #expect(byLanguage.stdout == swedish.stdout, "LANGUAGE is a priority list and comes before LANG")

        let flagWins = try await Docent.run(["list", "--lang", "en"], environment: ["DOCENT_LANG": "sv", "LANG": "sv_SE.UTF-8"])
        #expect(flagWins.stdout == english.stdout)

        let unsupportedSystem = try await Docent.run(["list"], environment: ["LANG": "xx_YY.UTF-8"])
        #expect(unsupportedSystem.status == 0, "an unsupported LANG is skipped: \(unsupportedSystem)")
        #expect(unsupportedSystem.stdout == english.stdout)

        let posix = try await Docent.run(["list"], environment: ["LC_ALL": "C", "LANG": "sv_SE.UTF-8"])
        #expect(posix.stdout == swedish.stdout, "C means no preference")

        let bad = try await Docent.run(["list"], environment: ["DOCENT_LANG": "xx"])
        #expect(bad.status == 64, "\(bad)")
        #expect(bad.stderr.contains("DOCENT_LANG") && bad.stderr.contains("en, fr, de, sv, nl"), "\(bad)")

        if realCatalog("sv") {
            #expect(swedish.stdout != english.stdout)
            #expect(swedish.stdout.contains("Tilldela"), "Swedish title of assign-seat")
        }
    }

    @Test("accounts: the seven demo accounts, and one account as loadable JSON")
    func accounts() async throws {
        let run = try await Docent.run(["accounts"])
        #expect(run.status == 0, "\(run)")
        let rows = lines(run.stdout)
        #expect(rows.count == 7, "\(run)")
        #expect(rows.map { String($0.prefix { $0 != " " }) } == [
            "free-tools", "legacy-csm", "legacy-empty", "legacy-full", "legacy-spare", "seats-single-core", "zendesk-self-service",
        ])
        #expect(rows.first { $0.hasPrefix("legacy-full ") }?.contains("(default)") == true)

        let one = try await Docent.run(["accounts", "legacy-full"])
        #expect(one.status == 0, "\(one)")
        let account = try AccountStore.decode(Data(one.stdout.utf8), file: "stdout")
        #expect(account.name == "Northwind Traders")

        let missing = try await Docent.run(["accounts", "no-such-account"])
        #expect(missing.status == 66, "\(missing)")
        #expect(missing.stderr.contains("no-such-account"))
    }
}
