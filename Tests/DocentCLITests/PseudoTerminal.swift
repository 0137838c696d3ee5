import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `docent` running with a real pseudo-terminal as stdin and stderr (and stdout unless it is
/// redirected to a file), driven like a person typing.
///
/// The child gets the slave side (so `isatty` is true for it); the test reads the master side with
/// `poll` and a timeout, so a program that waits for input it will never get fails the test instead
/// of hanging it. Output is kept whole; `expect` moves a cursor past each match, so "the prompt is
/// shown again" can be checked by expecting it a second time.
final class TerminalSession {
    private let master: Int32
    private let process = Process()
    private var bytes: [UInt8] = []
    private var cursor = 0
    private var closed = false
    let arguments: [String]

    /// Starts `docent ARGUMENTS` on a new pseudo-terminal. With `stdout`, standard output goes to that
    /// file instead (still a terminal for stdin and stderr, so the walk is interactive).
    /// Without `colour`, `NO_COLOR=1` keeps escape sequences out of the way of `expect`.
    /// Without `tui`, `DOCENT_UI=lines` asks for the line console; with it, the raw-mode terminal UI runs.
    init(
        _ arguments: [String], environment: [String: String] = [:], colour: Bool = false, stdout: URL? = nil, directory: URL? = nil,
        tui: Bool = false
    ) throws {
        self.arguments = arguments
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw HarnessError("openpty failed: errno \(errno)")
        }
        self.master = master
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)  // the child must not hold the master open
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.executableURL = try Docent.required()
        process.arguments = arguments
        process.environment = Docent.baseEnvironment.merging(colour ? ["TERM": "xterm"] : ["TERM": "xterm", "NO_COLOR": "1"]) { $1 }
            .merging(tui ? [:] : ["DOCENT_UI": "lines"]) { $1 }.merging(environment) { $1 }
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        process.standardInput = terminal
        process.standardError = terminal
        if let stdout {
            try Data().write(to: stdout)
            process.standardOutput = try FileHandle(forWritingTo: stdout)
        } else {
            process.standardOutput = terminal
        }
        do {
            try process.run()
        } catch {
            close(slave)
            close(master)
            throw error
        }
        close(slave)  // only the child holds the slave now: its exit gives EIO on the master
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Everything the terminal showed so far, with the line discipline's `\r` removed.
    var transcript: String { Self.text(bytes[...]) }

    /// What was shown since the last match.
    var pending: String { Self.text(bytes[cursor...]) }

    private static func text(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
    }

    /// Reads until `text` appears after the cursor; returns what came before it (the match included)
    /// and moves the cursor past it. Fails with the screen so far after `timeout` seconds.
    @discardableResult
    func expect(_ text: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let shown = pending
            if let range = shown.range(of: text) {
                let before = String(shown[..<range.upperBound])
                // Move the byte cursor past the match: count bytes of the `\r`-free prefix back in the raw buffer.
                var consumed = 0
                var seen = 0
                let target = before.utf8.count
                var index = cursor
                while seen < target, index < bytes.count {
                    if bytes[index] != 13 { seen += 1 }
                    index += 1
                    consumed += 1
                }
                cursor += consumed
                return before
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 || closed && !pump(timeout: 0) {
                throw HarnessError("timed out waiting for \(text.debugDescription) from docent \(arguments.joined(separator: " ")); the terminal shows:\n\(transcript)")
            }
            _ = pump(timeout: min(remaining, 0.5))
        }
    }

    /// Types `line` and Enter.
    func type(_ line: String) {
        let data = Array((line + "\n").utf8)
        var offset = 0
        while offset < data.count {
            let written = data[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
    }

    /// Sends keys as they are, without Enter: `"\u{1B}[B"` is ↓, `"\u{03}"` Ctrl-C.
    func send(_ keys: String) {
        let data = Array(keys.utf8)
        var offset = 0
        while offset < data.count {
            let written = data[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
    }

    /// Changes the terminal's size and tells the program (SIGWINCH), as a window resize does.
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(process.processIdentifier, SIGWINCH)
    }

    /// Sends a signal to the program, as the terminal's Ctrl-C (SIGINT) or its closing (SIGHUP) would.
    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// The terminal's local modes now (on Linux the master reads the slave's settings), to check
    /// that echo, canonical input and signals are back once the program ended.
    func localModes() -> tcflag_t? {
        var modes = termios()
        guard tcgetattr(master, &modes) == 0 else { return nil }
        return modes.c_lflag
    }

    /// Reads what is available within `timeout`; false at end of output or when nothing came.
    @discardableResult
    private func pump(timeout: Double) -> Bool {
        guard !closed else { return false }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count <= 0 {
            closed = true  // EIO: the child closed the terminal (it exited)
            return false
        }
        bytes += buffer[0..<count]
        return true
    }

    /// Reads the rest of the output and returns the exit status; fails after `timeout` seconds.
    func finish(timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while !closed, deadline.timeIntervalSinceNow > 0 { pump(timeout: 0.2) }
        while process.isRunning, deadline.timeIntervalSinceNow > 0 { usleep(20_000) }
        guard !process.isRunning else {
            process.terminate()
            throw HarnessError("docent \(arguments.joined(separator: " ")) did not exit; the terminal shows:\n\(transcript)")
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
