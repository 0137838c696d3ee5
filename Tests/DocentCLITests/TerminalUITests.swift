import DocentKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The raw-mode terminal UI, driven key by key in a real pseudo-terminal.
@Suite("docent walk: the terminal UI", .serialized)
struct TerminalUITests {
    static let down = "\u{1B}[B"
    static let up = "\u{1B}[A"
    static let left = "\u{1B}[D"
    static let escape = "\u{1B}"
    static let home = "\u{1B}[H"
    static let controlC = "\u{03}"
    static let controlD = "\u{04}"
    static let controlU = "\u{15}"
    static let controlW = "\u{17}"

    /// The local modes a person's shell expects back: echo, line editing, signals from keys.
    static let cooked = tcflag_t(ECHO | ICANON | ISIG)

    @Test("arrow keys move the highlight, typing filters the users, Enter accepts; yes shows what changes first")
    func arrowSelection() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], tui: true)
        try session.expect("Steps 1–3 of 8")
        try session.expect("Manage paid users")
        let raw = try #require(session.localModes())
        #expect(raw & Self.cooked == 0, "the terminal is raw while a walk is shown")
        session.send("\r")
        try session.expect("✓ 3. In the upper right, click “Manage paid users”.")
        try session.expect("Step 4 of 8")
        try session.expect("› 1) Sales Hub Seat")
        session.send(Self.down)
        try session.expect("› 2) Service Hub Seat")
        session.send("k")
        try session.expect("› 1) Sales Hub Seat")
        session.send("\r")
        try session.expect("→ Sales Hub Seat")
        try session.expect("Step 5 of 8")
        try session.expect("› 1) Emma de Vries <emma@northwind.example>")
        session.send("lund")
        try session.expect("› 3) Greta Lund <greta@northwind.example>")
        session.send("\r")
        try session.expect("→ Greta Lund <greta@northwind.example>")
        try session.expect("Steps 6–7 of 8")
        session.send("\r")
        try session.expect("Step 8 of 8")
        try session.expect("Answering yes changes the account:")
        try session.expect("Greta Lund now holds a Sales Hub Seat.")
        session.send("y")
        try session.expect("Outcome: Done")
        #expect(try session.finish() == 0, "\(session.transcript)")
        #expect(session.localModes().map { $0 & Self.cooked == Self.cooked } == true, "the terminal is cooked again")
        #expect(session.transcript.contains("\u{1B}[?25h"), "the cursor is shown again")
    }

    @Test("Esc and ← go back through the engine: a list returns to the instructions before it")
    func back() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], tui: true)
        try session.expect("Steps 1–3 of 8")
        session.send(Self.escape)
        try session.expect("there is nothing to go back to")
        session.send("\r")
        try session.expect("Step 4 of 8")
        session.send(Self.escape)
        try session.expect("Back one step.")
        try session.expect("Steps 1–3 of 8")
        session.send("\r")
        try session.expect("Step 4 of 8")
        session.send("\r")
        try session.expect("Step 5 of 8")
        session.send(Self.left)
        try session.expect("Back one step.")
        try session.expect("Step 4 of 8")
        session.send(Self.controlC)
        try session.expect("Stopped. Nothing was changed.")
        #expect(try session.finish() == 130)
    }

    @Test("an instruction whose answer changes the account asks first; No stays at the step")
    func confirmation() throws {
        // Free seats: saving the assignment is an instruction, and its answer applies the effect.
        let session = try TerminalSession(["walk", "assign-seat", "--account", "legacy-spare", "--today", "2026-11-22"], tui: true)
        var screen = try session.expect("· Esc")
        var steps = 0
        while !screen.contains("This changes the account:"), steps < 12 {
            steps += 1
            session.send("\r")
            screen = try session.expect("· Esc")
        }
        #expect(screen.contains("Oskar Berg now holds a Sales Hub Seat."), "\(session.transcript)")
        #expect(screen.contains("Apply these changes?"))
        session.send("n")
        screen = try session.expect("· Esc")
        #expect(screen.contains("Enter when done") && !screen.contains("Apply these changes?"), "No returns to the instruction: \(screen)")
        session.send("\r")
        try session.expect("Apply these changes?")
        session.send("y")
        try session.expect("Outcome: Done")
        #expect(try session.finish() == 0, "\(session.transcript)")
    }

    @Test("Ctrl-C and Ctrl-D restore the terminal, say stopped in the person's language, exit 130", arguments: ["\u{03}", "\u{04}"])
    func interrupt(key: String) throws {
        let session = try TerminalSession(["walk", "create-user", "--lang", "fr", "--today", "2026-11-22"], tui: true)
        try session.expect("Entrée une fois fait")
        session.send("\r")
        try session.expect("Entrée pour valider")
        #expect(session.localModes().map { $0 & Self.cooked == 0 } == true)
        session.send(key)
        try session.expect("Arrêt. Rien n’a été modifié.")
        #expect(try session.finish() == 130)
        #expect(session.localModes().map { $0 & Self.cooked == Self.cooked } == true, "echo, canonical mode and signals are back")
    }

    @Test("the line console (DOCENT_UI=lines) says stopped on SIGINT too, in the person's language, and exits 130")
    func lineConsoleInterrupt() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--lang", "de", "--today", "2026-11-22"])
        try session.expect("> ")
        session.signal(SIGINT)
        try session.expect("Abgebrochen. Es wurde nichts geändert.")
        #expect(try session.finish() == 130)
        #expect(!session.transcript.contains("\u{1B}"), "no escape codes from the line console")
    }

    @Test("a closed terminal (SIGHUP) puts the modes back before the process ends")
    func hangUp() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], tui: true)
        try session.expect("Manage paid users")
        #expect(session.localModes().map { $0 & Self.cooked == 0 } == true)
        session.signal(SIGHUP)
        #expect(try session.finish() == 128 + SIGHUP)
        #expect(session.localModes().map { $0 & Self.cooked == Self.cooked } == true)
    }

    @Test("a wrong value is refused inline and the text stays to be edited: Home, Ctrl-W, Ctrl-U")
    func inlineValidation() throws {
        let session = try TerminalSession(["walk", "create-user", "--today", "2026-11-22"], tui: true)
        try session.expect("Enter when done")
        session.send("\r")
        try session.expect("Enter accept")
        session.send("person@northwind\r")
        try session.expect("email")  // the reason, in words
        try session.expect("> person@northwind")
        session.send(".example")
        session.send(Self.home)
        session.send("new.")
        session.send(" junk")
        session.send(Self.controlW)
        session.send("\u{7F}")  // Backspace: the space left by Ctrl-W's word
        session.send("\r")
        try session.expect("→ new.person@northwind.example")
        session.send(Self.controlC)
        #expect(try session.finish() == 130)
        let again = try TerminalSession(["walk", "create-user", "--today", "2026-11-22"], tui: true)
        try again.expect("Enter when done")
        again.send("\r")
        try again.expect("Enter accept")
        again.send("wrong" + Self.controlU + "robin@northwind.example\r")
        try again.expect("→ robin@northwind.example")
        again.send(Self.controlC)
        #expect(try again.finish() == 130)
    }

    @Test("a resize redraws the screen at the new width")
    func resize() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], tui: true)
        try session.expect("Steps 1–3 of 8")
        try session.expect("Manage paid users")
        session.resize(columns: 40, rows: 20)
        try session.expect("Steps 1–3 of 8")
        let redrawn = try session.expect("Enter when done")
        // At 40 columns the first instruction wraps before "gear".
        #expect(!redrawn.contains("the Settings gear icon in the main"), "\(redrawn.debugDescription)")
        session.send(Self.controlC)
        #expect(try session.finish() == 130)
    }

    @Test("with NO_COLOR the UI has no colour or bold; cursor movement only")
    func noColour() throws {
        let session = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], tui: true)
        try session.expect("Manage paid users")
        session.send(Self.controlC)
        #expect(try session.finish() == 130)
        #expect(!session.transcript.contains("\u{1B}[1m") && !session.transcript.contains("\u{1B}[7m") && !session.transcript.contains("\u{1B}[2m"))
        let coloured = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22"], colour: true, tui: true)
        try coloured.expect("\u{1B}[1mManage paid users\u{1B}[22m")
        coloured.send(Self.controlC)
        #expect(try coloured.finish() == 130)
        let flagged = try TerminalSession(["walk", "assign-seat", "--today", "2026-11-22", "--no-color"], colour: true, tui: true)
        try flagged.expect("“Manage paid users”")
        flagged.send(Self.controlC)
        #expect(try flagged.finish() == 130)
        #expect(!flagged.transcript.contains("\u{1B}[1m"))
    }

    @Test("an interrupted walk resumes from its last answered step, in its language")
    func resume() throws {
        let workspace = try TemporaryDirectory()
        let folder = workspace.url.appendingPathComponent("ws").path
        let first = try TerminalSession(["walk", "assign-seat", "--lang", "sv", "--today", "2026-11-22", "--workspace", folder], tui: true)
        try first.expect("Steg 1–3 av 8")
        first.send("\r")
        try first.expect("Steg 4 av 8")
        first.send("\r")
        try first.expect("Steg 5 av 8")
        first.send(Self.controlC)
        try first.expect("docent walk --resume")
        #expect(try first.finish() == 130)

        let second = try TerminalSession(["walk", "--resume", "--workspace", folder], tui: true)
        try second.expect("Steg 5 av 8")
        second.send("greta\r")
        try second.expect("Steg 6–7 av 8")
        second.send("\r")
        try second.expect("Steg 8 av 8")
        second.send("j")
        try second.expect("Greta Lund har nu")
        #expect(try second.finish() == 0, "\(second.transcript)")
    }
}
