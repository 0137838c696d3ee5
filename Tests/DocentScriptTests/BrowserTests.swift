import DocentLocalization
import DocentScript
import Foundation
import Testing

/// The HTML call guide in a real browser: Debian's headless Chromium (`.ci/run` installs it).
@Suite(.enabled(if: program("chromium") != nil, "chromium is not installed (apt-get install chromium); browser tests skipped"))
struct BrowserTests {
    /// Writes the page, loads it with `query`, returns the DOM after the guide ran and the browser's log.
    func load(_ html: String, query: String) throws -> (dom: ParsedDocument, log: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docent-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: file)
        let chromium = try #require(program("chromium"))
        let result = try run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--enable-logging=stderr", "--v=0", "--dump-dom", file.absoluteString + query,
        ])
        #expect(result.status == 0, "chromium: \(result.err.suffix(800))")
        return (try #require(ParsedDocument(html: result.out)), result.err)
    }

    @Test func followingAPathShowsOnlyThatPath() throws {
        let html = try page("create-user", [.fr, .en]).render(.html)
        let (dom, log) = try load(html, query: "?path=super-admin:yes,send-or-checkout:no")
        #expect(dom.nodes("/html[@data-guide='ready']").count == 1, "the guide ran")
        #expect(dom.nodes("/html[@data-guide-error]").isEmpty)
        #expect(dom.nodes("/html/@data-guide-path").map(ParsedDocument.text) == ["super-admin:yes,send-or-checkout:no"])
        #expect(!log.contains(":CONSOLE"), "console: \(log)")
        // Every fork still shown has been answered: only the path is on the page.
        let open = dom.nodes("//li[contains(@class,'fork')][not(ancestor-or-self::*[@hidden])][not(@data-chosen)]")
        #expect(open.isEmpty)
        let chosen = dom.nodes("//li[contains(@class,'fork')][@data-chosen]").compactMap { ParsedDocument.attribute($0, "data-step") }
        #expect(chosen == ["super-admin", "send-or-checkout"])
        #expect(dom.nodes("//li[@data-step='super-admin']/div/div[@data-key='no'][@hidden]").count == 1)
        #expect(dom.nodes("//li[@data-step='super-admin']/div/button[@data-key='yes'][@aria-expanded='true'][@aria-pressed='true']").count == 1)
        #expect(dom.nodes("//li[@data-step='super-admin']/div/button[@data-key='no'][@aria-expanded='false']").count == 1)
        // The steps still shown are numbered 1, 2, 3… again.
        let numbers = dom.nodes("//span[@class='num'][not(ancestor::*[@hidden])]").map(ParsedDocument.text)
        #expect(numbers == (1...numbers.count).map { "\($0)." })
        #expect(numbers.count == 9, "\(numbers)")
    }

    @Test func noPathShowsEveryBranch() throws {
        let html = try page("remove-seats", [.de]).render(.html)
        let (dom, log) = try load(html, query: "")
        #expect(dom.nodes("/html[@data-guide='ready']").count == 1)
        #expect(!log.contains(":CONSOLE"), "console: \(log)")
        #expect(dom.nodes("//*[@hidden]").isEmpty)
        #expect(dom.nodes("//button[@aria-expanded='false']").isEmpty)
    }

    @Test func anUnknownPathIsIgnored() throws {
        let html = try page("zendesk-cancel-account", [.sv]).render(.html)
        let (dom, _) = try load(html, query: "?path=nowhere:yes,confirm:maybe")
        #expect(dom.nodes("/html[@data-guide='ready']").count == 1)
        #expect(dom.nodes("/html/@data-guide-path").map(ParsedDocument.text) == [""])
        #expect(dom.nodes("//*[@hidden]").isEmpty)
    }

    @Test func clicksFoldBranchesAndBackUndoesThem() throws {
        // The page as served, plus a script that clicks like an agent and writes down what it saw.
        let page = try page("create-user", [.en]).render(.html)
        let clicks = """
            <script>
            (function () {
              var root = document.documentElement;
              function click(selector) { document.querySelector(selector).click(); }
              click("li[data-step='super-admin'] > .answers > button[data-key='no']");
              click("li[data-step='check-billing'] > .answers > button[data-key='no']");
              root.setAttribute("data-after-two", location.search + location.hash);
              root.setAttribute("data-open-after-two", String(document.querySelectorAll("li[data-step='check-billing'] > .branches > .branch:not([hidden])").length));
              click("#guide-back");
              root.setAttribute("data-after-back", location.search + location.hash);
              root.setAttribute("data-open-after-back", String(document.querySelectorAll("li[data-step='check-billing'] > .branches > .branch:not([hidden])").length));
            })();
            </script>
            </body>
            """
        let html = page.replacingOccurrences(of: "</body>", with: clicks)
        let (dom, log) = try load(html, query: "")
        #expect(!log.contains(":CONSOLE"), "console: \(log)")
        func attribute(_ name: String) -> String? { dom.nodes("/html/@" + name).map(ParsedDocument.text).first }
        #expect(attribute("data-after-two")?.hasSuffix("path=super-admin:no,check-billing:no") == true, "\(attribute("data-after-two") ?? "")")
        #expect(attribute("data-open-after-two") == "1")
        #expect(attribute("data-after-back")?.hasSuffix("path=super-admin:no") == true, "\(attribute("data-after-back") ?? "")")
        #expect(attribute("data-open-after-back") == "2")
    }

    @Test func printingShowsEveryBranch() throws {
        // After a path is followed, the page's print rules are applied as screen rules (the
        // browser's own cascade decides), and every branch must show again, without buttons.
        let page = try page("create-user", [.en]).render(.html)
        let emulation = """
            <script>
            (function () {
              var root = document.documentElement;
              var printed = [];
              Array.prototype.forEach.call(document.styleSheets, function (sheet) {
                Array.prototype.forEach.call(sheet.cssRules, function (rule) {
                  if (rule.media && rule.media.mediaText === "print") {
                    Array.prototype.forEach.call(rule.cssRules, function (inner) { printed.push(inner.cssText); });
                  }
                });
              });
              var style = document.createElement("style");
              style.textContent = printed.join("\\n");
              document.head.appendChild(style);
              var hiddenBranches = Array.prototype.filter.call(document.querySelectorAll(".branch"), function (b) {
                return getComputedStyle(b).display === "none";
              }).length;
              var shownButtons = Array.prototype.filter.call(document.querySelectorAll(".answers"), function (a) {
                return getComputedStyle(a).display !== "none";
              }).length;
              root.setAttribute("data-print-rules", String(printed.length));
              root.setAttribute("data-print-hidden-branches", String(hiddenBranches));
              root.setAttribute("data-print-buttons", String(shownButtons));
              root.setAttribute("data-print-folded", String(document.querySelectorAll(".branch[hidden]").length));
            })();
            </script>
            </body>
            """
        let html = page.replacingOccurrences(of: "</body>", with: emulation)
        let (dom, log) = try load(html, query: "?path=super-admin:yes,send-or-checkout:no")
        #expect(!log.contains(":CONSOLE"), "console: \(log)")
        func attribute(_ name: String) -> String { dom.nodes("/html/@" + name).map(ParsedDocument.text).first ?? "" }
        #expect(Int(attribute("data-print-rules")) ?? 0 > 0, "the page has print rules")
        #expect(Int(attribute("data-print-folded")) ?? 0 > 0, "the path folded branches away on screen")
        #expect(attribute("data-print-hidden-branches") == "0", "printed, every branch shows")
        #expect(attribute("data-print-buttons") == "0", "printed, no buttons")
    }
}
