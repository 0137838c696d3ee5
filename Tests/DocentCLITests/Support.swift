import DocentKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of the test harness itself (not of the program under test).
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The built `docent` executable and ways to run it.
enum Docent {
    /// The `docent` executable under test.
    ///
    /// SwiftPM puts every product of one build into the same products directory
    /// (`<scratch>/<triple>/debug/`): the test runner (`DocentPackageTests.xctest`, an ELF file on
    /// Linux, a bundle on macOS), the `docent` executable and the `Docent_DocentKit.resources` bundle.
    /// `swift test` builds all targets of the package, executables included, so the `docent` next to
    /// the running test binary is the one built from the same sources. We find that directory from
    /// the running executable (`Bundle.main.executableURL`, i.e. `/proc/self/exe` on Linux), then
    /// `argv[0]`, then the loaded bundles, walking up a few levels (for the macOS
    /// `X.xctest/Contents/MacOS/X` layout). `DOCENT_EXECUTABLE` overrides the search. Nothing is
    /// searched by guessing `.build*` folders, which could pick a stale binary from another build.
    static let executable: URL? = locate()

    /// The products directory the executable was found in.
    static var productsDirectory: URL? { executable?.deletingLastPathComponent() }

    static func locate() -> URL? {
        let manager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["DOCENT_EXECUTABLE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var starts: [URL] = []
        if let main = Bundle.main.executableURL { starts.append(main) }
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        starts += Bundle.allBundles.map(\.bundleURL)
        for start in starts {
            var directory = start.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("docent")
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    manager.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// The executable, or a clear failure telling how to get one.
    static func required() throws -> URL {
        guard let executable else {
            throw HarnessError(
                "cannot find the `docent` executable next to the test binary (\(CommandLine.arguments.first ?? "?")); "
                    + "run `swift build` (with the same --scratch-path) first, or set DOCENT_EXECUTABLE")
        }
        return executable
    }

    /// The repository root, from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The environment every run starts from: no language or colour settings leak in from the
    /// developer's shell, and help text is wrapped at a fixed width.
    static var baseEnvironment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return [
            "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
            "HOME": NSTemporaryDirectory(),
            "COLUMNS": "80",
            "LINES": "24",
        ]
    }

    /// At most this many `docent` processes run at once, whatever the test parallelism.
    static let slots = Slots(count: 4)

    /// Runs `docent` with `arguments` in `directory` (default: a fresh empty one); `stdin` is read
    /// from a file (never a terminal), empty when nil. `environment` is added to the base environment.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil, directory: URL? = nil,
        timeout: Double = 60
    ) async throws -> Run {
        let executable = try required()
        await slots.wait()
        defer { Task { await slots.signal() } }

        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        let inURL = scratch.url.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try Data((stdin ?? "").utf8).write(to: inURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? input.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = baseEnvironment.merging(environment) { _, new in new }
        process.currentDirectoryURL = directory ?? scratch.url
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        // A hung docent (say, waiting for input it never gets) is killed after `timeout` seconds.
        var watchdog: DispatchWorkItem?
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            let pid = process.processIdentifier
            let item = DispatchWorkItem { kill(pid, SIGKILL) }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: item)
            watchdog = item
        }
        watchdog?.cancel()
        return Run(
            arguments: arguments, status: status,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// `docent walk PROCEDURE --today 2026-11-22 …`: a fixed date keeps renewal dates stable.
    static func walk(
        _ procedure: String, _ arguments: [String] = [], environment: [String: String] = [:], stdin: String? = nil,
        directory: URL? = nil
    ) async throws -> Run {
        try await run(["walk", procedure, "--today", "2026-11-22"] + arguments, environment: environment, stdin: stdin, directory: directory)
    }

    /// The bundled library, loaded in the test process from the same resource bundle the executable uses.
    static func library() throws -> DocentLibrary { try DocentLibrary.bundled() }
}

/// A counting semaphore for async code.
actor Slots {
    private var free: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    func wait() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func signal() {
        if waiters.isEmpty { free += 1 } else { waiters.removeFirst().resume() }
    }
}

/// One finished run of `docent`.
struct Run: CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String {
        "docent \(arguments.joined(separator: " ")) → exit \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
    }

    /// stdout decoded as a `docent walk --json` report.
    func report() throws -> WalkReport {
        do {
            return try JSONDecoder().decode(WalkReport.self, from: Data(stdout.utf8))
        } catch {
            throw HarnessError("stdout is not a walk report (\(error)):\n\(self)")
        }
    }

    /// stdout decoded as JSON of type `T`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(stdout.utf8))
        } catch {
            throw HarnessError("stdout is not \(T.self) JSON (\(error)):\n\(self)")
        }
    }
}

/// A fresh temporary directory, removed when the value is released.
final class TemporaryDirectory: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("docent-cli-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` in this directory and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }
}

/// The languages Docent speaks.
let allLanguages = ["en", "fr", "de", "sv", "nl"]

/// Whether the translators' catalog for `language` is what the executable uses.
///
/// Until a translation is delivered, developers put pseudo catalogs (each target a copy of the
/// English source) into their build's resource bundle; assertions about real words ("Paramètres",
/// `j` for yes in German, the French outcome text differing from the English one) only hold once
/// `Localizations/<lang>.xlf` exists and the build copied it into the bundle. English is always real.
func realCatalog(_ language: String) -> Bool {
    if language == "en" { return true }
    let source = Docent.repository.appendingPathComponent("Localizations/\(language).xlf")
    guard let products = Docent.productsDirectory,
        let delivered = FileManager.default.contents(atPath: source.path),
        let bundled = FileManager.default.contents(
            atPath: products.appendingPathComponent("Docent_DocentKit.resources/Localizations/\(language).xlf").path)
    else { return false }
    return delivered == bundled
}

/// The lines of `text`, without the empty one after a final newline.
func lines(_ text: String) -> [String] {
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
}

extension AccountChange {
    /// `before → after` as compact JSON, for readable comparisons.
    var summary: String {
        func show(_ value: JSONValue?) -> String {
            guard let value else { return "—" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        }
        return "\(path): \(show(before)) → \(show(after))"
    }
}

/// Whether `text` shows an unformatted message placeholder such as `{user}`, `{ui.settings}` or
/// `{count, plural, …` (JSON objects in the list of changes are not placeholders).
func hasPlaceholder(_ text: String) -> Bool {
    text.range(of: #"\{[A-Za-z][A-Za-z0-9_.-]*(\}|,)"#, options: .regularExpression) != nil
}
