import DocentWorkflow

/// A script as one self-contained HTML page: inline CSS with a print stylesheet, the diagram as
/// inline SVG, and a small inline script that makes the page a live call guide. Every text is
/// escaped; each language's text carries its `lang` attribute, side by side in columns.
public struct HTMLRenderer: Sendable {
    let wordings: [Wording]

    /// Creates a renderer.
    public init(wordings: [Wording]) {
        self.wordings = wordings
    }

    /// The whole page.
    public func render(_ script: Script, definition: Definition) -> String {
        let lead = wordings[0]
        let text = TextRenderer(wordings: wordings)
        var body = ""
        body += "<header>\n<h1>" + columns(wordings.map { [.text($0.plain(script.title))] }, inline: true) + "</h1>\n"
        body += "<div class=\"summary\">" + columns(wordings.map { $0.segments(script.summary) }) + "</div>\n"
        body += "<div class=\"note\">" + columns(wordings.map { text.note(script, $0) }) + "</div>\n</header>\n"
        body += "<div class=\"guide-bar\" role=\"toolbar\">"
        body += "<button type=\"button\" id=\"guide-back\">" + words("script.guide.back") + "</button> "
        body += "<button type=\"button\" id=\"guide-reset\">" + words("script.guide.reset") + "</button>"
        body += "<div class=\"hint\">" + columns(wordings.map { [.text($0.string("script.guide.hint"))] }) + "</div></div>\n"
        if !script.requirements.isEmpty {
            body += "<section class=\"who\">\n<h2>" + words("script.who") + "</h2>\n<ul>\n"
            for requirement in script.requirements {
                let met = requirement.met.map { $0 ? " met" : " not-met" } ?? ""
                body += "<li class=\"requirement\(met)\">" + columns(wordings.map { text.requirementText(requirement, $0) }) + "</li>\n"
            }
            body += "</ul>\n</section>\n"
        }
        var number = 0
        body += "<section class=\"steps\">\n<h2>" + words("script.steps") + "</h2>\n"
        body += items(script.items, number: &number, depth: 0, text: text)
        body += "</section>\n"
        if !script.expectedResults.isEmpty {
            body += "<section class=\"expected\">\n<h2>" + words("script.expected") + "</h2>\n<ul>\n"
            for result in script.expectedResults { body += "<li>" + columns(wordings.map { $0.segments(result) }) + "</li>\n" }
            body += "</ul>\n</section>\n"
        }
        if !script.handoffs.isEmpty {
            body += "<section class=\"handoffs\">\n<h2>" + words("script.handoffs") + "</h2>\n<ul>\n"
            for handoff in script.handoffs { body += "<li>" + columns(wordings.map { $0.segments(handoff) }) + "</li>\n" }
            body += "</ul>\n</section>\n"
        }
        body += "<section class=\"diagram-section\">\n<h2>" + words("script.diagram") + "</h2>\n<div class=\"diagram-frame\">"
        body += DiagramSVG(graph: ProcedureGraph(definition: definition, wording: lead)).render()
        body += "</div>\n</section>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(lead.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(wordings.map { $0.plain(script.title) }.joined(separator: " / ")))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body data-procedure="\(HTMLText.escape(script.procedure))">
            \(body)<script>
            \(Self.guide)
            </script>
            </body>
            </html>

            """
    }

    /// The script's own words in every language, separated by a slash.
    private func words(_ id: String) -> String {
        wordings.enumerated().map { index, w in
            "<span lang=\"\(w.language.rawValue)\"\(index > 0 ? " class=\"alt\"" : "")>" + HTMLText.escape(w.string(id)) + "</span>"
        }.joined(separator: " <span class=\"sep\">/</span> ")
    }

    /// One text per language, each in an element with its `lang`, side by side when several.
    private func columns(_ texts: [[ScriptSegment]], inline: Bool = false) -> String {
        let parts = texts.enumerated().map { index, segments in
            "<span class=\"t\" lang=\"\(wordings[index].language.rawValue)\">" + html(segments) + "</span>"
        }
        if inline || parts.count == 1 { return parts.joined(separator: " <span class=\"sep\">/</span> ") }
        return "<span class=\"cols\">" + parts.joined() + "</span>"
    }

    private func html(_ segments: [ScriptSegment]) -> String {
        segments.map { segment in
            switch segment {
            case .text(let t): return HTMLText.escape(t)
            case .value(let v): return "<span class=\"value\">" + HTMLText.escape(v) + "</span>"
            case .label(let l): return "<strong class=\"label\">" + HTMLText.escape(l) + "</strong>"
            case .unknown(let u): return "<em class=\"unknown\">" + HTMLText.escape(u) + "</em>"
            }
        }.joined()
    }

    private func items(_ items: [ScriptItem], number: inout Int, depth: Int, text: TextRenderer) -> String {
        var out = "<ol class=\"items\">\n"
        for item in items {
            let step = HTMLText.escape(item.step)
            var num = ""
            if item.isNumbered {
                number += 1
                num = "<span class=\"num\">\(number).</span> "
            }
            switch item {
            case .instruction(_, let phrase):
                out += "<li class=\"item step\" data-step=\"\(step)\">\(num)" + columns(wordings.map { $0.segments(phrase) }) + "</li>\n"
            case .input(_, let phrase, let accepts):
                out += "<li class=\"item step input\" data-step=\"\(step)\">\(num)" + columns(wordings.map { w in
                    [.text(w.string("script.ask") + " ")] + w.segments(phrase) + (accepts.map { [.text(" ")] + w.segments($0) } ?? []) })
                    + "</li>\n"
            case .answered(_, let question, let answer):
                out += "<li class=\"item fact\" data-step=\"\(step)\">" + columns(wordings.map { w in
                    w.segments(question) + [.text(" " + w.string("script.only-answer") + " ")] + w.segments(answer) }) + "</li>\n"
            case .checked(_, let facts, _):
                out += "<li class=\"item fact\" data-step=\"\(step)\">✓ " + columns(wordings.map { w in
                    Wording.merged([.text(w.string("script.checked") + " ")] + w.facts(facts)) }) + "</li>\n"
            case .refused(_, let phrase):
                out += "<li class=\"item end refused\" data-step=\"\(step)\">■ " + columns(wordings.map {
                    [.text($0.string("script.refused") + " ")] + $0.segments(phrase) }) + "</li>\n"
            case .end(_, let outcome, let phrase):
                out += "<li class=\"item end \(outcome.rawValue)\" data-step=\"\(step)\">■ " + columns(wordings.map { w in
                    [.text(w.string("walk.outcome." + outcome.rawValue) + w.colon)] + w.segments(phrase) }) + "</li>\n"
            case .goBack(_, _, let title):
                out += "<li class=\"item back\" data-step=\"\(step)\">↑ " + columns(wordings.map { w in
                    [.text(w.string("script.go-back") + " ")] + (title.map { w.segments($0) } ?? []) }) + "</li>\n"
            case .fork(let fork):
                out += forkHTML(fork, num: num, number: &number, depth: depth, text: text)
            }
        }
        return out + "</ol>\n"
    }

    private func forkHTML(_ fork: ScriptFork, num: String, number: inout Int, depth: Int, text: TextRenderer) -> String {
        let step = HTMLText.escape(fork.step)
        let kind: String
        switch fork.kind {
        case .ask: kind = "ask"
        case .check: kind = "check"
        case .change: kind = "change"
        }
        let id = "f-\(step)-\(number)-\(depth)".replacingOccurrences(of: ".", with: "_")
        var out = "<li class=\"item fork \(kind)\" data-step=\"\(step)\">\n"
        out += "<h3 class=\"question\">\(num)" + columns(wordings.map { text.forkHeader(fork, $0) }) + "</h3>\n"
        if !fork.facts.isEmpty {
            out += "<p class=\"fact\">✓ " + columns(wordings.map { w in
                Wording.merged([.text(w.string("script.checked") + " ")] + w.facts(fork.facts)) }) + "</p>\n"
        }
        out += "<div class=\"answers\" role=\"group\">"
        for (index, branch) in fork.branches.enumerated() {
            out += "<button type=\"button\" class=\"answer\" data-key=\"\(HTMLText.escape(branch.key))\" aria-expanded=\"true\" "
                + "aria-pressed=\"false\" aria-controls=\"\(id)-\(index)\">" + columns(wordings.map { $0.segments(branch.label) }, inline: true) + "</button>"
        }
        out += "</div>\n<div class=\"branches\">\n"
        for (index, branch) in fork.branches.enumerated() {
            out += "<div class=\"branch\" id=\"\(id)-\(index)\" data-key=\"\(HTMLText.escape(branch.key))\">\n"
            out += "<h4 class=\"branch-title\">→ " + columns(wordings.map { w in
                var label = w.segments(branch.label)
                if let onlyWhen = branch.onlyWhen {
                    label += [.text(" (" + w.string("script.only-when") + " ")] + w.segments(onlyWhen) + [.text(")")]
                }
                return label
            }, inline: true) + "</h4>\n"
            out += items(branch.items, number: &number, depth: depth + 1, text: text)
            out += "</div>\n"
        }
        return out + "</div>\n</li>\n"
    }

    static let style = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #c9cfdb; --accent: #0b5cad; --soft: #eef3fa; --end: #f6efe3; }
        * { box-sizing: border-box; }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0; }
        h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1rem; margin: .2rem 0; }
        h4 { font-size: .95rem; margin: .6rem 0 .2rem; color: var(--accent); }
        .alt, .cols .t + .t { color: var(--muted); }
        .cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .2rem 1.5rem; }
        .sep { color: var(--muted); }
        .label { font-weight: 700; }
        .unknown { font-style: italic; background: var(--soft); padding: 0 .2em; border-radius: 3px; }
        .note, .summary { color: var(--muted); }
        ol.items { list-style: none; padding-left: 0; margin: .3rem 0; }
        .branch > ol.items { padding-left: 1.2rem; border-left: 3px solid var(--line); }
        li.item { margin: .45rem 0; }
        li.step, h3.question { display: flex; align-items: baseline; gap: .2rem; }
        li.step > .cols, li.step > .t, h3.question > .cols, h3.question > .t { flex: 1; }
        .num { font-weight: 700; color: var(--accent); flex: 0 0 2.2em; }
        .fork { background: #fafbfd; border: 1px solid var(--line); border-radius: 8px; padding: .5rem .8rem; }
        .fact { color: #2f6b2f; }
        .end { background: var(--end); border-radius: 6px; padding: .3rem .6rem; }
        .end.refused, .requirement.not-met { border-left: 4px solid #b3261e; }
        .end.completed { border-left: 4px solid #2f6b2f; }
        .end.escalated { border-left: 4px solid #b26a00; }
        .answers, .guide-bar { display: none; }
        .js .answers { display: flex; flex-wrap: wrap; gap: .4rem; margin: .4rem 0; }
        .js .guide-bar { display: block; position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 0; z-index: 1; }
        .hint { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
        button { font: inherit; border: 1px solid var(--accent); background: #fff; color: var(--accent); border-radius: 6px; padding: .25rem .8rem; cursor: pointer; }
        button[aria-pressed="true"] { background: var(--accent); color: #fff; }
        button:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
        .js .fork.answered > .branches > .branch > .branch-title { display: none; }
        .diagram-frame { overflow-x: auto; }
        svg.diagram { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
        svg.diagram rect { fill: #fff; stroke: var(--accent); stroke-width: 1.2; }
        svg.diagram .decide rect { fill: var(--soft); }
        svg.diagram .end rect { fill: var(--end); }
        svg.diagram .edge { fill: none; stroke: #7a8499; stroke-width: 1.1; }
        svg.diagram .arrowhead { fill: #7a8499; }
        svg.diagram .edge-label { fill: var(--muted); font-size: 9px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          .guide-bar, .answers { display: none !important; }
          .branch[hidden] { display: block !important; }
          .js .fork.answered > .branches > .branch > .branch-title { display: block; }
          .fork { break-inside: avoid-page; }
          a { color: inherit; }
        }
        """

    static let guide = """
        (function () {
          "use strict";
          var root = document.documentElement;
          window.addEventListener("error", function (e) { root.setAttribute("data-guide-error", String(e.message)); });
          root.classList.add("js");
          var path = [];
          function all(selector, from) { return Array.prototype.slice.call((from || document).querySelectorAll(selector)); }
          function shown(element) {
            for (var e = element; e && e !== document.body; e = e.parentElement) { if (e.hidden) { return false; } }
            return true;
          }
          function branchesOf(fork) { return all(":scope > .branches > .branch", fork); }
          function buttonsOf(fork) { return all(":scope > .answers > button", fork); }
          function reset() {
            all(".fork").forEach(function (fork) {
              fork.removeAttribute("data-chosen"); fork.removeAttribute("data-index"); fork.classList.remove("answered");
              branchesOf(fork).forEach(function (b) { b.hidden = false; });
              buttonsOf(fork).forEach(function (b) { b.setAttribute("aria-expanded", "true"); b.setAttribute("aria-pressed", "false"); });
            });
          }
          function choose(step, key, index) {
            var fork = all(".fork").filter(function (f) { return f.getAttribute("data-step") === step && !f.hasAttribute("data-chosen") && shown(f); })[0];
            if (!fork || !branchesOf(fork).some(function (b) { return b.getAttribute("data-key") === key; })) { return false; }
            branchesOf(fork).forEach(function (b) { b.hidden = b.getAttribute("data-key") !== key; });
            buttonsOf(fork).forEach(function (b) {
              var on = b.getAttribute("data-key") === key;
              b.setAttribute("aria-expanded", on ? "true" : "false"); b.setAttribute("aria-pressed", on ? "true" : "false");
            });
            fork.setAttribute("data-chosen", key); fork.setAttribute("data-index", String(index)); fork.classList.add("answered");
            return true;
          }
          function renumber() {
            var n = 0;
            all(".num").forEach(function (s) { if (shown(s)) { n += 1; s.textContent = n + "."; } });
          }
          function apply() {
            reset();
            var kept = [];
            path.forEach(function (p) { if (choose(p[0], p[1], kept.length)) { kept.push(p); } });
            path = kept;
            renumber();
            var back = document.getElementById("guide-back");
            if (back) { back.disabled = path.length === 0; }
          }
          function encoded() {
            return path.map(function (p) { return encodeURIComponent(p[0]) + ":" + encodeURIComponent(p[1]); }).join(",");
          }
          function save() {
            var value = encoded();
            var url = location.pathname + (value ? "?path=" + value : "");
            try { history.replaceState(null, "", url); } catch (e) {
              try { location.hash = value ? "path=" + value : ""; } catch (ignored) { }
            }
          }
          function read() {
            var match = /[?&#]path=([^&#]*)/.exec(location.search + location.hash);
            if (!match || !match[1]) { return []; }
            return match[1].split(",").map(function (part) {
              var at = part.lastIndexOf(":");
              return at < 0 ? null : [decodeURIComponent(part.slice(0, at)), decodeURIComponent(part.slice(at + 1))];
            }).filter(function (p) { return p !== null; });
          }
          document.addEventListener("click", function (event) {
            var target = event.target;
            var button = target && target.closest ? target.closest("button.answer") : null;
            if (button) {
              var fork = button.closest(".fork");
              var index = fork.hasAttribute("data-index") ? Number(fork.getAttribute("data-index")) : path.length;
              path = path.slice(0, index);
              path.push([fork.getAttribute("data-step"), button.getAttribute("data-key")]);
              apply(); save();
              return;
            }
            if (target && target.closest && target.closest("#guide-back")) { path.pop(); apply(); save(); }
            if (target && target.closest && target.closest("#guide-reset")) { path = []; apply(); save(); }
          });
          path = read();
          apply();
          root.setAttribute("data-guide", "ready");
          root.setAttribute("data-guide-path", encoded());
        })();
        """
}
