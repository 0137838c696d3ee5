import DocentKit
import DocentModel
import DocentTestSupport
import Foundation
import Testing

@Suite("Account files")
struct AccountStoreTests {
    @Test func aSyntaxErrorNamesTheLineAndColumn() {
        let data = Data("{\n  \"platform\": \"hubspot\",\n  \"id\": \"x\"\n  \"name\": 3\n}\n".utf8)
        #expect(throws: KitError.self) { try AccountStore.decode(data, file: "broken.json") }
        do {
            _ = try AccountStore.decode(data, file: "broken.json")
        } catch {
            #expect("\(error)".hasPrefix("broken.json: error: not a valid account: line 4, column 3:"), "\(error)")
        }
    }

    @Test func aWrongValueNamesItsPath() {
        let data = Data(#"{"platform": "zendesk", "id": "z", "name": "Z", "members": [], "subscription": {"products": [], "fullAgentSeats": "five", "billingCycle": "monthly", "paymentDetails": "-"}}"#.utf8)
        do {
            _ = try AccountStore.decode(data, file: "z.json")
            Issue.record("decoded a broken account")
        } catch {
            #expect("\(error)".contains("subscription.fullAgentSeats"), "\(error)")
        }
    }

    @Test func aDirectoryIsNotAnAccount() throws {
        let library = try DocentTestSupport.library()
        #expect(throws: KitError.accountNotFound(NSTemporaryDirectory(), demos: library.demos.map(\.name))) {
            _ = try library.account(NSTemporaryDirectory())
        }
    }

    @Test func savingWritesWholeFilesThatLoadAgain() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docent-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let walk = try DocentTestSupport.walk("assign-seat", on: "legacy-full", answering: ["hub": "sales-hub", "user": "greta@northwind.example", "review": "yes"])
        try AccountStore.save(walk.state.account, to: url)
        #expect(try AccountStore.load(contentsOf: url, name: url.path) == walk.state.account)
    }
}
