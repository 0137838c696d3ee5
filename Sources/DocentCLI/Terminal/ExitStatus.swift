import ArgumentParser
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
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        if !failure.message.isEmpty { FileHandle.standardError.write(Data((failure.message + "\n").utf8)) }
        throw failure.status
    } catch {
        FileHandle.standardError.write(Data("docent: internal error: \(error)\n".utf8))
        throw ExitStatus.internalError
    }
}
