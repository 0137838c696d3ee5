import Foundation
import Testing

/// `docent script` and `docent graph` end to end: output, exit codes, the handbook folder.
@Suite struct ScriptCommandTests {
    @Test func textScriptInTwoLanguages() async throws {
        let run = try await Docent.run(["script", "zendesk-cancel-account", "--langs", "fr,en"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Résilier le compte Zendesk"))
        #expect(run.stdout.contains("Cancel the Zendesk account"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func narrowedToAnAccount() async throws {
        let run = try await Docent.run(["script", "remove-seats", "--lang", "en", "--account", "legacy-csm", "--today", "2026-11-28"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Checked on this account:"))
        #expect(run.stdout.contains("Does the account have a legacy Sales Hub subscription? — Yes"))
        #expect(run.stdout.contains("WHERE THIS HANDS OFF"))
    }

    @Test func refusedActorIsShown() async throws {
        let run = try await Docent.run([
            "script", "zendesk-cancel-account", "--lang", "en", "--account", "zendesk-self-service", "--as", "tom@lumen.example",
        ])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("STEPS\n# Not possible: Only the account owner can cancel"))
    }

    @Test func usageErrors() async throws {
        let unknown = try await Docent.run(["script", "no-such-procedure", "--lang", "en"])
        #expect(unknown.status == 64, "\(unknown)")
        #expect(unknown.stderr.contains("no-such-procedure"))
        let badLanguage = try await Docent.run(["script", "create-user", "--langs", "fr,xx"])
        #expect(badLanguage.status == 64, "\(badLanguage)")
        let allWithoutOutput = try await Docent.run(["script", "--all"])
        #expect(allWithoutOutput.status == 64, "\(allWithoutOutput)")
        let unknownActor = try await Docent.run(["script", "create-user", "--account", "legacy-full", "--as", "nobody@example.com", "--lang", "en"])
        #expect(unknownActor.status == 64, "\(unknownActor)")
        let missingAccount = try await Docent.run(["script", "create-user", "--account", "/nonexistent/account.json", "--lang", "en"])
        #expect(missingAccount.status == 66, "\(missingAccount)")
        let badFormat = try await Docent.run(["graph", "create-user", "--format", "png"])
        #expect(badFormat.status == 64, "\(badFormat)")
    }

    @Test func handbookFolder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docent-handbook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Docent.run(["script", "--all", "--format", "html", "--output", folder.path])
        #expect(run.status == 0, "\(run)")
        for language in ["en", "fr", "de", "sv", "nl"] {
            let index = try String(contentsOf: folder.appendingPathComponent("\(language)/index.html"), encoding: .utf8)
            #expect(index.contains("<html lang=\"\(language)\">"))
            #expect(index.contains("href=\"create-user.html\""))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(language)/zendesk-cancel-account.html").path))
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
        #expect(run.stdout.split(separator: "\n").count == 5 * 14 + 1)
    }

    @Test func graphFormats() async throws {
        let dot = try await Docent.run(["graph", "create-user", "--lang", "de", "--format", "dot"])
        #expect(dot.status == 0, "\(dot)")
        #expect(dot.stdout.hasPrefix("digraph \"create-user\""))
        #expect(dot.stdout.contains("Benutzer erstellen"))
        let mermaid = try await Docent.run(["graph", "zendesk-cancel-account", "--lang", "nl", "--format", "mermaid"])
        #expect(mermaid.stdout.contains("flowchart TD"))
        let scxml = try await Docent.run(["graph", "zendesk-cancel-account", "--lang", "sv", "--format", "scxml"])
        #expect(scxml.stdout.contains("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\""))
        #expect(scxml.stdout.contains("xml:lang=\"sv\""))
    }
}
