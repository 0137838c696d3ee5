import DocentKit
import DocentModel
import Foundation
import Testing

/// `--account FILE` and `--save`.
@Suite("docent walk --account FILE")
struct AccountFileTests {
    /// A temporary directory holding `name`, a copy of the demo `demo` made with `docent accounts DEMO`.
    static func copy(_ demo: String, as name: String = "account.json") async throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let run = try await Docent.run(["accounts", demo])
        try #require(run.status == 0, "\(run)")
        try directory.write(name, run.stdout)
        return directory
    }

    static func load(_ directory: TemporaryDirectory, _ name: String = "account.json") throws -> Account {
        try AccountStore.decode(Data(try directory.read(name).utf8), file: name)
    }

    @Test("a copy of a demo account walks like the demo; without --save the file is untouched")
    func copyWalks() async throws {
        let directory = try await Self.copy("legacy-full")
        let before = try directory.read("account.json")
        let answers = ["--no-input", "--json", "--answer", "hub=sales-hub", "--answer", "user=greta@northwind.example", "--answer", "review=yes"]
        let file = try await Docent.walk("assign-seat", ["--account", "account.json"] + answers, directory: directory.url)
        let demo = try await Docent.walk("assign-seat", answers)
        #expect(file.status == 0, "\(file)")
        let fileReport = try file.report(), demoReport = try demo.report()
        #expect(fileReport.account == "account.json")
        #expect(fileReport.changes == demoReport.changes)
        #expect(fileReport.transcript == demoReport.transcript)
        #expect(try directory.read("account.json") == before)

        // An absolute path works from any directory.
        let absolute = try await Docent.walk(
            "assign-seat", ["--account", directory.url.appendingPathComponent("account.json").path] + answers)
        #expect(absolute.status == 0, "\(absolute)")
    }

    @Test("--save writes the change back; a second walk sees it")
    func save() async throws {
        let directory = try await Self.copy("legacy-full")
        let first = try await Docent.walk(
            "assign-seat",
            ["--account", "account.json", "--save", "--no-input", "--answer", "hub=sales-hub", "--answer", "user=greta@northwind.example", "--answer", "review=yes"],
            directory: directory.url)
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.contains("account.json"), "the save is reported on stderr: \(first)")
        #expect(!first.stdout.contains("Saved"), "\(first)")

        guard case .hubspot(let saved) = try Self.load(directory) else { Issue.record("not a HubSpot account"); return }
        #expect(saved.users.first { $0.email == "greta@northwind.example" }?.seats == [.sales])
        #expect(saved.subscriptions.first { $0.seatType == .sales }?.purchased == 4)

        // greta now holds a Sales Hub seat: she is no longer offered, and the seat count went up.
        let second = try await Docent.walk(
            "assign-seat", ["--account", "account.json", "--no-input", "--json", "--answer", "hub=sales-hub", "--answer", "user=greta@northwind.example"],
            directory: directory.url)
        #expect(second.status == 65, "greta already has a seat: \(second)")
        #expect(second.stderr.contains("step user:"), "\(second)")

        let third = try await Docent.walk(
            "assign-seat",
            ["--account", "account.json", "--no-input", "--json", "--answer", "hub=sales-hub", "--answer", "user=farid@northwind.example", "--answer", "review=yes"],
            directory: directory.url)
        #expect(third.status == 0, "\(third)")
        #expect(try third.report().changes.map(\.summary).first == "subscriptions[sales-hub].purchased: 4 → 5")
    }

    @Test("--save with nothing changed leaves the file byte for byte")
    func saveUnchanged() async throws {
        let directory = try await Self.copy("legacy-spare")
        try directory.write("account.json", try directory.read("account.json").replacingOccurrences(of: "\n", with: "\n\n"))
        let before = try directory.read("account.json")
        let run = try await Docent.walk(
            "remove-seats",
            ["--account", "account.json", "--save", "--no-input", "--answer", "type=service-hub", "--answer", "count=1", "--answer", "confirm-legacy=no"],
            directory: directory.url)
        #expect(run.status == 1, "\(run)")
        #expect(try directory.read("account.json") == before)
        #expect(run.stderr == "Nothing was saved to account.json: a walk that does not complete changes nothing.\n", "\(run)")
    }

    @Test("Found: a cancel-removal whose new number is refused loses nothing; a refused walk saves nothing")
    func refusedWalkSavesNothing() async throws {
        let directory = try await Self.copy("legacy-spare")
        let before = try directory.read("account.json")
        // Sales Hub: 6 purchased, 3 assigned, 1 pending removal. Changing the number to 9 is refused at the question.
        let run = try await Docent.walk(
            "cancel-removal",
            ["--account", "account.json", "--save", "--no-input", "--answer", "type=sales-hub", "--answer", "goal=change-number",
             "--answer", "legacy-click=yes", "--answer", "reschedule=9", "--answer", "new-confirm-legacy=yes"],
            directory: directory.url)
        #expect(run.status == 65, "\(run)")
        #expect(try directory.read("account.json") == before, "the scheduled removal is still there")
        guard case .hubspot(let kept) = try Self.load(directory) else { Issue.record("not a HubSpot account"); return }
        #expect(kept.subscription(for: .sales)?.scheduledRemoval?.count == 1)

        // Stopping after the cancel effect, at the new number: nothing saved either.
        let stopped = try await Docent.walk(
            "cancel-removal", ["--account", "account.json", "--save", "--no-input", "--answer", "type=sales-hub", "--answer", "goal=change-number",
                               "--answer", "legacy-click=yes"],
            directory: directory.url)
        #expect(stopped.status == 64, "\(stopped)")
        #expect(try directory.read("account.json") == before)
    }

    @Test("--today past the renewal: the renewal's changes are reported and saved with a completed walk")
    func renewalsAreChanges() async throws {
        let directory = try await Self.copy("legacy-spare")
        let run = try await Docent.walk(
            "assign-seat", ["--account", "account.json", "--save", "--json", "--today", "2027-03-02", "--no-input",
                            "--answer", "hub=sales-hub", "--answer", "user=oskar@fjord.example"],
            directory: directory.url)
        #expect(run.status == 0, "\(run)")
        let report = try run.report()
        #expect(report.changes.map(\.path).contains("subscriptions[sales-hub].purchased"), "the removal applied at the renewal: \(report.changes)")
        #expect(report.changes.map(\.path).contains("billing.renewalDate"))
        #expect(report.summary.contains { $0.contains("renewal") }, "\(report.summary)")
        guard case .hubspot(let saved) = try Self.load(directory) else { Issue.record("not a HubSpot account"); return }
        #expect(saved.purchasedSeats(.sales) == 5)
    }

    @Test("--save with a demo account: exit 64, nothing walked")
    func saveDemo() async throws {
        let run = try await Docent.walk("assign-seat", ["--account", "legacy-full", "--save", "--no-input"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("--save"), "\(run)")
        let implicit = try await Docent.walk("assign-seat", ["--save", "--no-input"])
        #expect(implicit.status == 64, "the default account is a demo too: \(implicit)")
    }

    @Test("a malformed account file: exit 65 naming the file", arguments: [
        "{ not json", #"{"platform": "hubspot"}"#, "[]",
    ])
    func malformed(text: String) async throws {
        let directory = try TemporaryDirectory()
        try directory.write("broken.json", text)
        let run = try await Docent.walk("assign-seat", ["--account", "broken.json", "--no-input"], directory: directory.url)
        #expect(run.status == 65, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("broken.json: error: "), "\(run)")
    }

    @Test("an account file that breaks the account's rules: exit 65 naming the file")
    func inconsistent() async throws {
        let directory = try await Self.copy("legacy-full")
        // Four Sales Hub seats assigned with three purchased (rule 3).
        let text = try directory.read("account.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var users = try #require(json["users"] as? [[String: Any]])
        let greta = try #require(users.firstIndex { $0["email"] as? String == "greta@northwind.example" })
        users[greta]["seats"] = ["sales-hub"]
        var changed = json
        changed["users"] = users
        try directory.write("account.json", String(decoding: try JSONSerialization.data(withJSONObject: changed), as: UTF8.self))
        let run = try await Docent.walk("assign-seat", ["--account", "account.json", "--no-input"], directory: directory.url)
        #expect(run.status == 65, "\(run)")
        #expect(run.stderr.hasPrefix("account.json: error: "), "\(run)")
    }

    @Test("a missing account file: exit 66 listing the demo accounts")
    func missing() async throws {
        let run = try await Docent.walk("assign-seat", ["--account", "no-such-account.json", "--no-input"])
        #expect(run.status == 66, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("no-such-account.json") && run.stderr.contains("legacy-full"), "\(run)")
    }

    @Test("a Zendesk account cancelled with --save: every later walk fails with 65 (rule 17); the file stays valid")
    func cancelled() async throws {
        let directory = try await Self.copy("zendesk-self-service", as: "lumen.json")
        let cancel = try await Docent.walk(
            "zendesk-cancel-account", ["--account", "lumen.json", "--save", "--no-input", "--answer", "confirm=yes"], directory: directory.url)
        #expect(cancel.status == 0, "\(cancel)")
        guard case .zendesk(let saved) = try Self.load(directory, "lumen.json") else { Issue.record("not a Zendesk account"); return }
        #expect(saved.cancelledOn?.description == "2026-11-22")
        let after = try directory.read("lumen.json")

        for (procedure, actor) in [
            ("zendesk-view-subscription", "olivia@lumen.example"), ("zendesk-change-subscription", "karim@lumen.example"),
            ("zendesk-cancel-account", "olivia@lumen.example"),
        ] {
            let run = try await Docent.walk(
                procedure, ["--account", "lumen.json", "--as", actor, "--save", "--no-input", "--answer", "confirm=yes"], directory: directory.url)
            #expect(run.status == 65, "\(run)")
            #expect(run.stdout == "", "\(run)")
            #expect(run.stderr.contains("lumen.json") && run.stderr.contains("cancelled on November 22, 2026"), "\(run)")
        }
        #expect(try directory.read("lumen.json") == after, "the cancelled account file is never rewritten")
        #expect((try? JSONSerialization.jsonObject(with: Data(after.utf8))) != nil)
    }
}
