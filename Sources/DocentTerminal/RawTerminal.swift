import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal's modes saved before raw mode, for the signal handlers to put back.
nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var modesSaved: sig_atomic_t = 0
/// The bytes a fatal signal writes before exiting: show the cursor, then the localized "stopped".
nonisolated(unsafe) private var farewell: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var farewellCount = 0
/// A pipe SIGWINCH writes a byte to, so the key loop, polling it with stdin, wakes up to redraw
/// whichever thread the signal lands on.
nonisolated(unsafe) var resizePipe: (read: Int32, write: Int32) = (-1, -1)

/// Puts the terminal back and exits: Ctrl-C outside a prompt, a closed terminal, a kill.
private func restoreAndExit(_ signal: Int32) {
    if modesSaved != 0 { _ = tcsetattr(0, TCSAFLUSH, &savedModes) }
    if let farewell, farewellCount > 0 { _ = write(2, farewell, farewellCount) }
    _exit(signal == SIGINT ? 130 : 128 + signal)
}

/// The terminal in raw mode: keys arrive one by one, unechoed; Ctrl-C and Ctrl-D are keys.
///
/// The modes in force before are saved and put back by `restore()`, and by handlers for SIGINT,
/// SIGTERM, SIGHUP and SIGQUIT, so the terminal is never left raw, whatever ends the process
/// (SIGKILL aside, which no program can catch). SIGWINCH wakes the key loop (`Key.resize`).
public final class RawTerminal {
    public private(set) var active = false

    /// Installs the handlers; `stopped` is written on stderr when a signal ends the process
    /// (after the escape that shows the cursor again, when `showsCursor`).
    public init(stopped: String, showsCursor: Bool = true) {
        let bytes = Array(((showsCursor ? "\u{1B}[?25h" : "") + "\r\n" + stopped + "\r\n").utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        farewell = buffer
        farewellCount = bytes.count
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { install(signal, restoreAndExit, restart: true) }
        // A program started from a thread that blocks signals inherits the mask: unblock ours.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH] { sigaddset(&handled, signal) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        var ends: [Int32] = [-1, -1]
        if resizePipe.read < 0, pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            resizePipe = (ends[0], ends[1])
        }
        install(SIGWINCH, { _ in
            var byte: UInt8 = 1
            _ = write(resizePipe.write, &byte, 1)
        }, restart: true)
    }

    private func install(_ signal: Int32, _ handler: @escaping @convention(c) (Int32) -> Void, restart: Bool) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? Int32(SA_RESTART) : 0
        sigaction(signal, &action, nil)
    }

    /// Enters raw mode (no echo, no line editing, no signals from keys, no flow control), keeping
    /// output processing so `\n` still starts a new line.
    public func enter() -> Bool {
        guard !active else { return true }
        var modes = termios()
        guard tcgetattr(0, &modes) == 0 else { return false }
        savedModes = modes
        modesSaved = 1
        modes.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        modes.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR | BRKINT | ISTRIP | INPCK)
        modes.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &modes.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        // TCSADRAIN, not TCSAFLUSH: keys typed ahead while Docent started are kept, not lost.
        guard tcsetattr(0, TCSADRAIN, &modes) == 0 else { return false }
        active = true
        return true
    }

    /// Puts the saved modes back.
    public func restore() {
        guard active else { return }
        _ = tcsetattr(0, TCSAFLUSH, &savedModes)
        active = false
    }

    /// The terminal's size on stderr, else `COLUMNS`/`LINES`, else 80×24.
    public static func size() -> (columns: Int, rows: Int) {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        let environment = ProcessInfo.processInfo.environment
        return (environment["COLUMNS"].flatMap { Int($0) } ?? 80, environment["LINES"].flatMap { Int($0) } ?? 24)
    }
}
