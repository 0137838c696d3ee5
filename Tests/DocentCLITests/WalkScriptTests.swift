import DocentKit
import Foundation
import Testing

/// Scripted walks (`--answer`, not a terminal) from start to end on the demo accounts.
@Suite("docent walk, scripted")
struct WalkScriptTests {
    /// One full scripted walk and what it must produce.
    struct Scenario: CustomTestStringConvertible, Sendable {
        var procedure: String
        var account: String
        var actor: String? = nil
        var answers: [String] = []
        var status: Int32
        var outcome: String
        var endStep: String
        /// Every change, as `path: before → after`, in report order.
        var changes: [String] = []
        /// Steps the transcript must contain, in this order (others may come between).
        var through: [String] = []
        /// Steps the transcript must not contain.
        var avoiding: [String] = []
        /// A model refusal: code and rule.
        var refusal: (code: String, rule: Int?)? = nil

        var testDescription: String {
            "\(procedure) on \(account)\(actor.map { " as \($0)" } ?? "") → \(outcome) at \(endStep)"
        }

        var arguments: [String] {
            ["--account", account, "--no-input"] + (actor.map { ["--as", $0] } ?? []) + answers.flatMap { ["--answer", $0] }
        }
    }

    static let scenarios: [Scenario] = [
        // assign-seat: no free Sales Hub seat on legacy-full → checkout, review, buy, assign.
        Scenario(
            procedure: "assign-seat", account: "legacy-full",
            answers: ["hub=sales-hub", "user=greta@northwind.example", "review=yes"],
            status: 0, outcome: "completed", endStep: "done",
            changes: [
                "subscriptions[sales-hub].purchased: 3 → 4",
                #"users[greta@northwind.example].seats: [] → ["sales-hub"]"#,
            ],
            through: ["hubspot.platform", "nav.settings", "nav.users-and-teams", "manage", "hub", "user", "tick", "free", "checkout", "review", "buy", "assign", "done"],
            avoiding: ["save"]),
        Scenario(
            procedure: "assign-seat", account: "legacy-full",
            answers: ["hub=sales-hub", "user=greta@northwind.example", "review=no"],
            status: 1, outcome: "cancelled", endStep: "not-bought",
            through: ["review", "not-bought"], avoiding: ["buy", "assign"]),
        // assign-seat with a free seat (legacy-spare has 6 Sales Hub seats, 3 assigned): no purchase.
        Scenario(
            procedure: "assign-seat", account: "legacy-spare",
            answers: ["hub=sales-hub", "user=oskar@fjord.example"],
            status: 0, outcome: "completed", endStep: "done",
            changes: [#"users[oskar@fjord.example].seats: [] → ["sales-hub"]"#],
            through: ["hub", "user", "tick", "free", "save", "assign", "done"], avoiding: ["checkout", "review", "buy"]),
        // assign-seat is for legacy paid seats only.
        Scenario(
            procedure: "assign-seat", account: "seats-single-core",
            status: 1, outcome: "refused", endStep: "use-change-seat", through: ["check-model", "use-change-seat"]),
        // remove-seats on legacy-spare: schedule a removal of unassigned Service Hub seats.
        Scenario(
            procedure: "remove-seats", account: "legacy-spare",
            answers: ["type=service-hub", "count=2", "confirm-legacy=yes"],
            status: 0, outcome: "completed", endStep: "done",
            changes: [
                #"subscriptions[service-hub].scheduledRemoval: — → {"count":2,"effectiveOn":"2027-03-01","requestedBy":"sara@fjord.example"}"#
            ],
            through: ["type", "billing.account-menu", "overview", "count", "confirm-legacy", "schedule", "close", "done"],
            avoiding: ["confirm-seats"]),
        // Every seat of legacy-full is assigned: no type can help, the walk ends refused (rule 8 on legacy accounts).
        Scenario(
            procedure: "remove-seats", account: "legacy-full",
            status: 1, outcome: "refused", endStep: "nothing-removable", through: ["any-removable", "nothing-removable"], avoiding: ["type"],
            refusal: ("not-enough-unassigned-seats", 8)),
        // legacy-csm has a legacy Sales Hub subscription: handed over to the Customer Success Manager.
        Scenario(
            procedure: "remove-seats", account: "legacy-csm",
            status: 1, outcome: "escalated", endStep: "manager", through: ["needs-manager", "manager"], avoiding: ["type", "count"]),
        // unassign-seat of a deactivated user (rule 5): reactivate, take the seat, deactivate again.
        Scenario(
            procedure: "unassign-seat", account: "legacy-full",
            answers: ["hub=service-hub", "user=david@northwind.example", "deactivated=reactivate"],
            status: 0, outcome: "completed", endStep: "done",
            changes: [#"users[david@northwind.example].seats: ["service-hub"] → []"#],
            through: ["user", "check-deactivated", "deactivated", "reactivate-instruction", "reactivate", "untick", "unassign", "again", "deactivate-instruction", "deactivate", "done"]),
        Scenario(
            procedure: "unassign-seat", account: "legacy-full",
            answers: ["hub=service-hub", "user=david@northwind.example", "deactivated=stop"],
            status: 1, outcome: "cancelled", endStep: "stopped",
            through: ["deactivated", "stopped"], avoiding: ["reactivate", "unassign"]),
        // An active user's seat is simply taken back.
        Scenario(
            procedure: "unassign-seat", account: "legacy-full",
            answers: ["hub=service-hub", "user=emma@northwind.example"],
            status: 0, outcome: "completed", endStep: "done",
            changes: [#"users[emma@northwind.example].seats: ["service-hub"] → []"#],
            through: ["check-deactivated", "untick", "unassign", "again", "done"], avoiding: ["deactivated", "reactivate"]),
        // change-seat on the seat-based account: a free Sales Hub seat, then a Core seat that must be bought.
        Scenario(
            procedure: "change-seat", account: "seats-single-core",
            answers: ["user=yara@tulip.example", "seat=sales-hub"],
            status: 0, outcome: "completed", endStep: "done",
            changes: [#"users[yara@tulip.example].seats: [] → ["sales-hub"]"#],
            through: ["nav.settings", "seats-tab", "user", "hover", "seat", "free", "save", "change", "done"], avoiding: ["checkout"]),
        Scenario(
            procedure: "change-seat", account: "seats-single-core",
            answers: ["user=yara@tulip.example", "seat=core", "review=yes"],
            status: 0, outcome: "completed", endStep: "done",
            changes: ["subscriptions[core].purchased: 1 → 2", #"users[yara@tulip.example].seats: [] → ["core"]"#],
            through: ["seat", "free", "checkout", "review", "buy", "change", "done"]),
        Scenario(
            procedure: "change-seat", account: "legacy-full",
            status: 1, outcome: "refused", endStep: "use-assign"),
        // transfer-core-seat: the single Core seat moves from mila to yara.
        Scenario(
            procedure: "transfer-core-seat", account: "seats-single-core",
            answers: ["target=yara@tulip.example", "confirm=yes"],
            status: 0, outcome: "completed", endStep: "done",
            changes: [#"users[mila@tulip.example].seats: ["core"] → []"#, #"users[yara@tulip.example].seats: [] → ["core"]"#],
            through: ["check-single", "any-target", "seats-tab", "hover", "target", "confirm", "transfer", "done"]),
        Scenario(
            procedure: "transfer-core-seat", account: "seats-single-core",
            answers: ["target=yara@tulip.example", "confirm=no"],
            status: 1, outcome: "cancelled", endStep: "kept", avoiding: ["transfer"]),
        Scenario(
            procedure: "transfer-core-seat", account: "legacy-full",
            status: 1, outcome: "refused", endStep: "legacy"),
        // Zendesk: the subscription summary, for the owner, a billing admin and an admin; not an agent.
        Scenario(
            procedure: "zendesk-view-subscription", account: "zendesk-self-service", actor: "olivia@lumen.example",
            status: 0, outcome: "completed", endStep: "done",
            through: ["zendesk.platform", "check-role", "nav.products", "nav.subscription", "read", "summary", "cost", "cost-shown", "done"]),
        Scenario(
            procedure: "zendesk-view-subscription", account: "zendesk-self-service", actor: "karim@lumen.example",
            status: 0, outcome: "completed", endStep: "done"),
        Scenario(
            procedure: "zendesk-view-subscription", account: "zendesk-self-service", actor: "ines@lumen.example",
            status: 0, outcome: "completed", endStep: "done"),
        Scenario(
            procedure: "zendesk-view-subscription", account: "zendesk-self-service", actor: "tom@lumen.example",
            status: 1, outcome: "refused", endStep: "not-admin", avoiding: ["read"]),
        // Changing the subscription: the owner adds seats, a billing admin changes the cycle, an admin
        // can only send a request to the owner, an agent cannot.
        Scenario(
            procedure: "zendesk-change-subscription", account: "zendesk-self-service", actor: "olivia@lumen.example",
            answers: ["change=agent-seats", "seat-count=2", "confirm-seats=yes"],
            status: 0, outcome: "completed", endStep: "seats-done",
            changes: ["subscription.fullAgentSeats: 5 → 7"],
            through: ["route", "manage", "change", "seat-count", "confirm-seats", "add-seats", "seats-done"]),
        Scenario(
            procedure: "zendesk-change-subscription", account: "zendesk-self-service", actor: "karim@lumen.example",
            answers: ["change=billing-cycle", "cycle=annual", "confirm-cycle=yes"],
            status: 0, outcome: "completed", endStep: "cycle-done",
            changes: [#"subscription.billingCycle: "monthly" → "annual""#],
            through: ["change", "cycle", "confirm-cycle", "extend", "cycle-done"]),
        Scenario(
            procedure: "zendesk-change-subscription", account: "zendesk-self-service", actor: "ines@lumen.example",
            answers: ["no-manage=request", "request-text=Two more agent seats"],
            status: 1, outcome: "escalated", endStep: "requested",
            changes: [#"changeRequests: [] → [{"on":"2026-11-22","requestedBy":"ines@lumen.example","summary":"Two more agent seats"}]"#],
            through: ["route", "no-manage", "request-text", "request", "requested"], avoiding: ["manage"]),
        Scenario(
            procedure: "zendesk-change-subscription", account: "zendesk-self-service", actor: "tom@lumen.example",
            status: 1, outcome: "refused", endStep: "not-admin"),
        // Cancelling: only the owner.
        Scenario(
            procedure: "zendesk-cancel-account", account: "zendesk-self-service", actor: "olivia@lumen.example",
            answers: ["confirm=yes"], status: 0, outcome: "completed", endStep: "done",
            changes: [#"cancelledOn: — → "2026-11-22""#],
            through: ["check-owner", "nav.products", "nav.subscription", "find", "confirm", "cancel", "done"]),
        Scenario(
            procedure: "zendesk-cancel-account", account: "zendesk-self-service", actor: "olivia@lumen.example",
            answers: ["confirm=no"], status: 1, outcome: "cancelled", endStep: "kept", avoiding: ["cancel"]),
        Scenario(
            procedure: "zendesk-cancel-account", account: "zendesk-self-service", actor: "karim@lumen.example",
            status: 1, outcome: "refused", endStep: "owner-only", avoiding: ["confirm"]),
        Scenario(
            procedure: "zendesk-cancel-account", account: "zendesk-self-service", actor: "ines@lumen.example",
            status: 1, outcome: "refused", endStep: "owner-only"),
        Scenario(
            procedure: "zendesk-cancel-account", account: "zendesk-self-service", actor: "tom@lumen.example",
            status: 1, outcome: "refused", endStep: "owner-only"),
        // A HubSpot procedure on the Zendesk account, and the reverse.
        Scenario(procedure: "assign-seat", account: "zendesk-self-service", status: 1, outcome: "refused", endStep: "hubspot.wrong-platform"),
        Scenario(procedure: "zendesk-view-subscription", account: "legacy-full", status: 1, outcome: "refused", endStep: "zendesk.wrong-platform"),
    ]

    @Test("a full walk with --json: exit code, report and changes", arguments: scenarios)
    func json(scenario: Scenario) async throws {
        let run = try await Docent.walk(scenario.procedure, scenario.arguments + ["--json"])
        #expect(run.status == scenario.status, "\(run)")
        #expect(run.stderr == "", "nothing but the report, on stdout: \(run)")
        let report = try run.report()
        let library = try Docent.library()
        #expect(report.procedure == scenario.procedure)
        #expect(report.definitionHash == (try library.definition(scenario.procedure)).contentHash)
        #expect(report.language == "en")
        #expect(report.account == scenario.account)
        let defaultActor = try library.account(scenario.account).defaultActor
        #expect(report.actor == (scenario.actor ?? defaultActor))
        #expect(report.today == "2026-11-22")
        #expect(report.outcome == scenario.outcome, "\(run)")
        #expect(report.endStep == scenario.endStep, "\(run)")
        #expect(report.transcript.last?.step == scenario.endStep)
        #expect(report.changes.map(\.summary) == scenario.changes)

        let steps = report.transcript.map(\.step)
        var rest = steps[...]
        for step in scenario.through {
            guard let found = rest.firstIndex(of: step) else {
                Issue.record("step '\(step)' missing (or out of order) in the transcript \(steps)")
                break
            }
            rest = rest[(found + 1)...]
        }
        for step in scenario.avoiding {
            #expect(!steps.contains(step), "step '\(step)' should not be in \(steps)")
        }

        // Every answer given shows in the transcript; decisions record where they went.
        for answer in scenario.answers {
            let parts = answer.split(separator: "=", maxSplits: 1).map(String.init)
            if let entry = report.transcript.first(where: { $0.step == parts[0] }) {
                #expect(entry.answer == parts[1], "\(entry)")
            }
        }
        for entry in report.transcript where entry.kind == "decide" {
            #expect(entry.next != nil, "decision \(entry.step) without a next step")
        }
        for entry in report.transcript where entry.kind == "instruction" || entry.kind == "question" || entry.kind == "confirm" {
            #expect(entry.text.map { !$0.isEmpty && !hasPlaceholder($0) } == true, "\(entry)")
        }

        // Every refusal comes from the model: its code and rule, also where the procedure stops early.
        if scenario.outcome == "refused" {
            let refusal = try #require(report.refusal, "no refusal in \(run)")
            if let expected = scenario.refusal {
                #expect(refusal.code == expected.code)
                #expect(refusal.rule == expected.rule)
            }
            #expect(!refusal.message.isEmpty && !hasPlaceholder(refusal.message))
            #expect(report.transcript.last?.refusal == refusal, "the refusing step carries the refusal")
            #expect(report.changes.isEmpty && !report.effectsKept, "a refused walk changes nothing")
        } else {
            #expect(report.refusal == nil, "\(run)")
        }
    }

    @Test("text mode: the numbered walkthrough and the outcome on stdout, nothing on stderr")
    func text() async throws {
        let run = try await Docent.walk(
            "assign-seat", ["--no-input", "--answer", "hub=sales-hub", "--answer", "user=greta@northwind.example", "--answer", "review=yes"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "", "\(run)")
        let out = lines(run.stdout)
        #expect(out.first == "Assign a paid seat")
        #expect(out.contains("1. In your HubSpot account, click the “Settings” gear icon in the main navigation bar."), "labels are quoted when not bold")
        #expect(out.contains("   → Sales Hub Seat"), "a choice's label, not its value")
        #expect(out.contains("   → Greta Lund <greta@northwind.example>"))
        #expect(out.contains("   → Yes"))
        #expect(out.contains("Outcome: Done"))
        #expect(out.contains("greta@northwind.example now has a Sales Hub Seat."))
        // Changes in words, not model JSON (Found: raw `users[zoe@…]: — → {…}` lines).
        #expect(out.suffix(3) == ["What changed:", "  • Greta Lund now holds a Sales Hub Seat.", "  • Sales Hub Seat: 1 bought, 4 in all."])
        #expect(!run.stdout.contains("users["))
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test("text mode on a refusal: exit 1, the refusal in words")
    func refusedText() async throws {
        let run = try await Docent.walk("remove-seats", ["--account", "legacy-full", "--no-input"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr == "")
        #expect(run.stdout.contains("Outcome: Not possible"))
        #expect(run.stdout.contains("No seats can be removed now"), "\(run)")
        #expect(!run.stdout.contains("What changed"), "\(run)")

        // A type a different answer could avoid is refused at its question: given ahead, exit 65 with the reason.
        let blocked = try await Docent.walk("remove-seats", ["--account", "legacy-spare", "--no-input", "--answer", "type=sales-hub"])
        #expect(blocked.status == 65, "\(blocked)")
        #expect(blocked.stderr.contains("step type:") && blocked.stderr.contains("already scheduled"), "\(blocked)")
        #expect(!run.stdout.contains("What changed"), "\(run)")
    }

    @Test("Found: more seats than are unassigned are refused at the question: exit 65 naming the step, the value and the range")
    func countBeyondUnassigned() async throws {
        for count in ["4", "1000000000", "99999999999999999999"] {
            let run = try await Docent.walk(
                "remove-seats", ["--account", "legacy-spare", "--no-input", "--answer", "type=service-hub", "--answer", "count=\(count)", "--answer", "confirm-legacy=yes"])
            #expect(run.status == 65, "\(run)")
            #expect(run.stdout == "", "nothing was previewed or confirmed: \(run)")
            #expect(run.stderr.contains("count") && run.stderr.contains(count) && run.stderr.contains("from 1 to 3"), "\(run)")
            #expect(!run.stderr.contains("whole number"), "an overflowing number is too large, not 'not a number': \(run)")
        }
        // At the terminal the same answer is asked again (see InteractiveTests); piped, it ends with 65.
        let piped = try await Docent.walk("remove-seats", ["--account", "legacy-spare"], stdin: "service-hub\n4\nyes\n")
        #expect(piped.status == 65, "\(piped)")
    }

    @Test("walks speak the chosen language", arguments: ["fr", "de", "sv", "nl"])
    func localized(language: String) async throws {
        let arguments = ["--account", "legacy-spare", "--no-input", "--answer", "type=service-hub", "--answer", "count=2", "--answer", "confirm-legacy=yes"]
        let english = try await Docent.walk("remove-seats", arguments)
        let run = try await Docent.walk("remove-seats", arguments + ["--lang", language])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        #expect(!hasPlaceholder(run.stdout), "an unformatted placeholder: \(run)")
        let json = try await Docent.walk("remove-seats", arguments + ["--lang", language, "--json"]).report()
        #expect(json.language == language)
        #expect(json.outcome == "completed")
        #expect(json.changes.map(\.summary) == (try await Docent.walk("remove-seats", arguments + ["--json"]).report()).changes.map(\.summary))
        if realCatalog(language) {
            #expect(run.stdout != english.stdout)
            // Outcome line words (French puts a no-break space before the colon).
            let outcome = ["fr": ["Résultat", "Terminé"], "de": ["Ergebnis:", "Erledigt"], "sv": ["Resultat:", "Klart"], "nl": ["Resultaat:", "Voltooid"]][language]!
            #expect(outcome.allSatisfy { run.stdout.contains($0) }, "\(run)")
        }
    }

    @Test("the French walkthrough names the UI in French (needs the real fr.xlf)")
    func frenchLabels() async throws {
        let run = try await Docent.walk("assign-seat", ["--lang", "fr", "--no-input", "--answer", "hub=sales-hub", "--answer", "user=greta@northwind.example", "--answer", "review=yes"])
        #expect(run.status == 0, "\(run)")
        #expect(!hasPlaceholder(run.stdout), "\(run)")
        if realCatalog("fr") {
            #expect(run.stdout.contains("Paramètres"), "\(run)")
            #expect(!run.stdout.contains("Outcome:"))
        }
    }

    @Test("prices read as each language writes money (CLDR: symbol place, no-break space)", arguments: [
        ("en", "€90.00"), ("fr", "90,00\u{A0}€"), ("de", "90,00\u{A0}€"), ("sv", "90,00\u{A0}€"), ("nl", "€\u{A0}90,00"),
    ])
    func prices(language: String, price: String) async throws {
        let run = try await Docent.walk("assign-seat", ["--lang", language, "--no-input", "--answer", "hub=sales-hub",
                                                        "--answer", "user=greta@northwind.example", "--answer", "review=yes"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains(price), "\(run)")
        #expect(!run.stdout.contains("EUR"), "\(run)")
    }

    @Test("plural seat types read as words, not as quoted controls, and carry no glued ending", arguments: [
        ("sv", "2 Service Hub-platser tas bort"), ("nl", "2 Service Hub Seats worden"), ("en", "2 Service Hub Seats will be removed"),
    ])
    func pluralSeatTypes(language: String, sentence: String) async throws {
        let run = try await Docent.walk("remove-seats", ["--lang", language, "--account", "legacy-spare", "--no-input", "--answer", "type=service-hub",
                                                         "--answer", "count=2", "--answer", "confirm-legacy=yes"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains(sentence), "\(run)")
    }

    @Test("answers for steps the walk never reached: a warning on stderr, the walk still completes")
    func unusedAnswers() async throws {
        let run = try await Docent.walk(
            "change-seat", ["--account", "seats-single-core", "--no-input", "--answer", "user=yara@tulip.example", "--answer", "seat=sales-hub", "--answer", "review=yes"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "docent: warning: answers for steps this walk did not reach: review.\n")
    }

    @Test("--as takes another user (case-insensitively); an unknown user is a usage error")
    func actor() async throws {
        let refused = try await Docent.walk("assign-seat", ["--as", "farid@northwind.example", "--no-input", "--json"])
        #expect(refused.status == 1, "\(refused)")
        #expect(try refused.report().endStep == "missing-permissions", "farid can edit users but not billing")

        let upper = try await Docent.walk("zendesk-cancel-account", ["--account", "zendesk-self-service", "--as", "KARIM@lumen.example", "--json"])
        #expect(try upper.report().actor == "karim@lumen.example")

        let unknown = try await Docent.walk("assign-seat", ["--as", "nobody@example.com", "--no-input"])
        #expect(unknown.status == 64, "\(unknown)")
        #expect(unknown.stdout == "")
        #expect(unknown.stderr.contains("nobody@example.com") && unknown.stderr.contains("ana@northwind.example"), "\(unknown)")
    }

    @Test("--today must be a real date", arguments: ["2026-13-01", "22/11/2026", "tomorrow", "2026-02-30"])
    func badToday(value: String) async throws {
        let run = try await Docent.run(["walk", "assign-seat", "--today", value, "--no-input"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.contains("--today \(value):"), "\(run)")
    }

    @Test("an unknown procedure is a usage error naming the known ones")
    func unknownProcedure() async throws {
        let run = try await Docent.walk("assign-seats", ["--no-input"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stderr.contains("assign-seats") && run.stderr.contains("assign-seat,"), "\(run)")
    }
}
