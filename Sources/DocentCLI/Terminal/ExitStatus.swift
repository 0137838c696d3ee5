import ArgumentParser
import DocentKit
import Foundation

/// Docent's documented exit codes.
enum ExitStatus {
    /// The procedure completed (or the command did its job).
    static let success = ExitCode(0)
    /// The procedure ended refused, stopped or handed over.
    static let notCompleted = ExitCode(1)
    /// A flag or argument is wrong, or an answer is missing under `--no-input`.
    static let usage = ExitCode(64)
    /// Input data is wrong: an answer, an account file, an answers file.
    static let badData = ExitCode(65)
    /// An input file does not exist.
    static let missingInput = ExitCode(66)
    /// Docent itself failed.
    static let internalError = ExitCode(70)
    /// The output could not be written (a full disk, a closed pipe).
    static let ioError = ExitCode(74)
    /// The person stopped the walk.
    static let interrupted = ExitCode(130)
}

/// An error already worded for the user, with its exit code.
struct CommandFailure: Error {
    /// The full line(s) to print on stderr.
    var message: String
    /// The exit code.
    var status: ExitCode
}

/// Runs a command's body: a `CommandFailure` prints its message on stderr and exits with its
/// code; any other error is Docent's own fault and exits 70.
func reportingFailures(lang: String? = nil, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        if !failure.message.isEmpty { try? FileHandle.standardError.write(contentsOf: Data((failure.message + "\n").utf8)) }
        throw failure.status
    } catch let failure as OutputError {
        let words = LanguageOptions(lang: lang).narrator()?.string("cli.write-failed", ["detail": .string(failure.detail)])
        try? FileHandle.standardError.write(contentsOf: Data(("docent: error: " + (words ?? "cannot write the output: \(failure.detail)") + "\n").utf8))
        throw ExitStatus.ioError
    } catch {
        try? FileHandle.standardError.write(contentsOf: Data("docent: internal error: \(error)\n".utf8))
        throw ExitStatus.internalError
    }
}

/// Standard output could not be written.
struct OutputError: Error {
    /// What the system said.
    var detail: String
}
