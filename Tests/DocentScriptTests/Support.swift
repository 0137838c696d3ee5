import CLibXML2
import DocentKit
import DocentLocalization
import DocentModel
import DocentScript
import DocentWorkflow
import Foundation

/// The procedures whose outputs are kept as golden files.
let goldenProcedures = ["create-user", "remove-seats", "zendesk-cancel-account"]

/// A fixed day, so narrowed scripts read the same every run.
let fixedDay = CalendarDate(iso: "2026-11-28") ?? CalendarDate(iso: "2000-01-01")!

/// The bundled library.
func library() throws -> DocentLibrary { try DocentLibrary.bundled() }

/// A procedure's page in `languages`, every branch shown.
func page(_ procedure: String, _ languages: [Language], account: LoadedAccount? = nil, actor: String? = nil) throws -> ScriptPage {
    let library = try library()
    let script = try ScriptBuilder.script(procedure, in: library, account: account, actor: actor, today: fixedDay)
    return ScriptPage(
        script: script, definition: try library.definition(procedure),
        wordings: languages.map { Wording(catalogs: library.catalogs, language: $0) })
}

/// The folder of golden files.
let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// Compares `text` with the golden file `name`; `DOCENT_UPDATE_GOLDEN=1` rewrites it instead.
func matchesGolden(_ text: String, _ name: String) throws -> Bool {
    let url = goldenFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["DOCENT_UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return true
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    return expected == text
}

/// A parsed HTML or XML document, freed when released.
final class ParsedDocument {
    let pointer: xmlDocPtr
    let errors: Int
    let firstError: String

    convenience init?(html: String) {
        self.init(html, name: "page.html") { htmlReadMemory($0, $1, $2, "UTF-8", Int32(HTML_PARSE_NONET.rawValue)) }
    }

    convenience init?(xml: String) {
        self.init(xml, name: "graph.scxml") { xmlReadMemory($0, $1, $2, "UTF-8", Int32(XML_PARSE_NONET.rawValue)) }
    }

    /// Parses `text` with `read` (bytes, count, name), counting libxml2's errors through the shim.
    private init?(_ text: String, name: String, read: (UnsafePointer<CChar>, Int32, String) -> xmlDocPtr?) {
        xmlInitParser()
        var record = docent_error_record()
        let bytes = Array(text.utf8)
        let document: xmlDocPtr? = withUnsafeMutablePointer(to: &record) { recordPointer in
            docent_collect_errors(recordPointer)
            defer { docent_collect_errors(nil) }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { read($0, Int32(bytes.count), name) }
                }
            }
        }
        guard let document else { return nil }
        pointer = document
        errors = Int(record.errors)
        firstError = withUnsafeBytes(of: record.firstMessage) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    deinit { xmlFreeDoc(pointer) }

    /// The nodes an XPath expression selects (namespaces: `s` for SCXML, `d` for Docent's attributes).
    func nodes(_ expression: String) -> [xmlNodePtr] {
        guard let context = xmlXPathNewContext(pointer) else { return [] }
        defer { xmlXPathFreeContext(context) }
        xmlXPathRegisterNs(context, "s", "http://www.w3.org/2005/07/scxml")
        xmlXPathRegisterNs(context, "d", "urn:docent:procedure")
        guard let result = xmlXPathEvalExpression(expression, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
    }

    /// A node's text content (nested text included).
    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { docent_xmlFree(content) }
        return String(cString: content)
    }

    /// An attribute's value, optionally in a namespace.
    static func attribute(_ node: xmlNodePtr, _ name: String, namespace: String? = nil) -> String? {
        let value = namespace.map { xmlGetNsProp(node, name, $0) } ?? xmlGetProp(node, name)
        guard let value else { return nil }
        defer { docent_xmlFree(value) }
        return String(cString: value)
    }
}

/// A program on the PATH, or nil.
func program(_ name: String) -> URL? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
}

/// Runs a program; returns its exit status, stdout and stderr.
func run(_ executable: URL, _ arguments: [String], input: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = Pipe(), err = Pipe(), inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a full pipe cannot block the program.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}
