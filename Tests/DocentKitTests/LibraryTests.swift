import DocentKit
import DocentLocalization
import DocentModel
import DocentTestSupport
import DocentWorkflow
import Foundation
import Testing

@Suite("Bundled library")
struct LibraryTests {
    @Test func shipsTheDocumentedProceduresAndDemoAccounts() throws {
        let library = try DocentTestSupport.library()
        #expect(library.definitions.map(\.id) == [
            "add-seats", "assign-seat", "cancel-removal", "change-seat", "checkout", "create-user", "remove-seats",
            "remove-user", "transfer-core-seat", "unassign-seat", "zendesk-cancel-account", "zendesk-change-subscription",
            "zendesk-view-subscription",
        ])
        #expect(library.demos.map(\.name) == ["free-tools", "legacy-csm", "legacy-empty", "legacy-full", "legacy-spare", "seats-single-core", "zendesk-self-service"])
        #expect(library.demos.contains { $0.name == library.defaultDemo })
        for definition in library.definitions {
            #expect(definition.contentHash.count == 64)
        }
    }

    @Test func theCatalogsPassTheirAudit() throws {
        let library = try DocentTestSupport.library()
        let issues = CatalogAudit.audit(library.catalogs)
        #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
    }

    @Test("every refusal the model can make has its message in every language", arguments: Language.allCases)
    func everyRefusalIsWorded(_ language: Language) throws {
        let library = try DocentTestSupport.library()
        let narrator = Narrator(catalogs: library.catalogs, language: language)
        for error in Self.everyModelError {
            let message = ErrorMessage(for: error)
            #expect(ErrorMessage.catalogIDs[message.id] == Set(message.arguments.keys), "\(message.id)")
            let text = try narrator.refusal(error).plainText
            #expect(!text.contains("{"), "\(message.id): \(text)")
        }
        #expect(Set(Self.everyModelError.map { ErrorMessage(for: $0).id }).count == ErrorMessage.catalogIDs.count - 1)
    }

    static let everyModelError: [ModelError] = [
        .unknownUser("a@b.example"), .actorDeactivated("a@b.example"), .viewOnlyCannotChange("a@b.example"),
        .missingPermission(.editBilling), .userExists("a@b.example"), .invalidEmail("nope"), .superAdminSeatAfterCreation,
        .noSeatAvailable(.sales), .seatTypeNotInPricingModel(.core), .tooManySeats(count: 2), .seatAlreadyAssigned("a@b.example", .service),
        .seatNotAssigned("a@b.example", .core), .userDeactivated("a@b.example"), .notPartnerEmployee("a@b.example"),
        .wrongPricingModel(expected: .seatBased), .invalidCount(0), .noSubscription(.service), .contactCustomerSuccessManager,
        .removalAlreadyScheduled(.sales), .notEnoughUnassignedSeats(requested: 3, available: 1, model: .legacyPaidSeats), .noRemovalScheduled(.core),
        .userHoldsPaidSeat("a@b.example", [.sales]), .cannotRemoveSelf, .alreadyDeactivated("a@b.example"),
        .notDeactivated("a@b.example"), .notSingleCoreSeat(count: 2), .notOnFreeTools, .accountCancelled, .notAnAdmin,
        .billingRightsRequired, .canChangeDirectly, .ownerOnly, .wrongPlatform(expected: "zendesk"), .noUserWithoutSeat(.sales),
        .noUserWithSeat(.service), .noPaidSeats, .noRemovalsScheduled, .noOtherUser, .noTransferTarget,
        .currencyMismatch(expected: "EUR", got: "USD"),
    ]
}

/// Broken definitions, catalogs and accounts are reported with the file and the place.
@Suite("Validation of bundled data")
struct BundleValidationTests {
    /// A copy of the bundle's folders that a test may break.
    struct Copy {
        let root: URL
        var resources: URL { root.appendingPathComponent("Resources") }
        var localizations: URL { root.appendingPathComponent("Localizations") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("docent-\(UUID().uuidString)")
            let folders = try DocentLibrary.bundledFolders()
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: folders.resources, to: root.appendingPathComponent("Resources"))
            try FileManager.default.copyItem(at: folders.localizations, to: root.appendingPathComponent("Localizations"))
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(path) changed nothing")
            try changed.write(to: url, atomically: true, encoding: .utf8)
        }

        func problems() throws -> [String] {
            defer { try? FileManager.default.removeItem(at: root) }
            do {
                _ = try DocentLibrary.load(resources: resources, localizations: localizations)
                return []
            } catch KitError.invalidBundle(let problems) {
                return problems
            }
        }
    }

    @Test func anUnmodifiedCopyLoads() throws {
        #expect(try Copy().problems() == [])
    }

    @Test func anUnknownStepIsReportedWithFileLineStepAndField() throws {
        let copy = try Copy()
        try copy.edit("Resources/procedures/assign-seat.json") { $0.replacingOccurrences(of: "\"next\": \"free\"", with: "\"next\": \"fre\"") }
        let problems = try copy.problems()
        #expect(problems.contains { $0.hasPrefix("Resources/procedures/assign-seat.json:") && $0.contains("step 'tick', field 'next': leads to unknown step 'fre'") }, "\(problems)")
        #expect(problems.contains { $0.contains("step 'free'") && $0.contains("no path") }, "\(problems)")
    }

    @Test func anUnknownGuardIsReported() throws {
        let copy = try Copy()
        try copy.edit("Resources/procedures/checkout.json") { $0.replacingOccurrences(of: "\"name\": \"actorHas\"", with: "\"name\": \"actorHass\"") }
        #expect(try copy.problems().contains { $0.contains("unknown guard 'actorHass'") })
    }

    @Test func aMessageMissingInOneLanguageIsReported() throws {
        let copy = try Copy()
        try copy.edit("Localizations/sv.xlf") { $0.replacingOccurrences(of: "<unit id=\"assign-seat.tick\">", with: "<unit id=\"assign-seat.tickk\">") }
        let problems = try copy.problems()
        #expect(problems.contains { $0.contains("assign-seat.json") && $0.contains("message 'assign-seat.tick' is missing from") && $0.contains("sv.xlf") }, "\(problems)")
    }

    @Test func aPlaceholderTheStepDoesNotProvideIsReported() throws {
        let copy = try Copy()
        try copy.edit("Resources/procedures/assign-seat.json") {
            $0.replacingOccurrences(of: "\"message\": { \"id\": \"assign-seat.done\", \"args\": { \"type\": \"$type\", \"user\": \"$user\" } }",
                                    with: "\"message\": { \"id\": \"assign-seat.done\", \"args\": { \"type\": \"$type\" } }")
        }
        #expect(try copy.problems().contains { $0.contains("step 'done'") && $0.contains("uses '{user}'") })
    }

    @Test func aBrokenAccountIsReportedWithTheFile() throws {
        let copy = try Copy()
        try copy.edit("Resources/accounts/legacy-full.json") { $0.replacingOccurrences(of: "\"purchased\": 3", with: "\"purchased\": \"three\"") }
        #expect(try copy.problems().contains { $0.hasPrefix("Resources/accounts/legacy-full.json: error:") && $0.contains("purchased") })
    }

    @Test func anAccountBreakingItsRulesIsRefused() throws {
        let copy = try Copy()
        try copy.edit("Resources/accounts/legacy-full.json") { $0.replacingOccurrences(of: "\"purchased\": 3", with: "\"purchased\": 2") }
        #expect(try copy.problems().contains { $0.contains("legacy-full.json") && $0.contains("breaks its rules") })
    }

    @Test func aBrokenCatalogIsReportedWithFileAndLine() throws {
        let copy = try Copy()
        defer { try? FileManager.default.removeItem(at: copy.root) }
        try copy.edit("Localizations/de.xlf") { text in
            guard let range = text.range(of: "</target>") else { return text }
            return text.replacingCharacters(in: range, with: "</targt>")
        }
        do {
            _ = try DocentLibrary.load(resources: copy.resources, localizations: copy.localizations)
            Issue.record("a broken catalog loaded")
        } catch let error as CatalogError {
            #expect("\(error)".contains("de.xlf:"), "\(error)")
            #expect(error.line != nil)
        }
    }
}
