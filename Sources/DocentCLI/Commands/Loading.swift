import ArgumentParser
import DocentKit
import Foundation

/// Loading the bundled library and accounts, with failures mapped to exit codes.
enum Loading {
    /// The working directory, for relative paths.
    static var currentDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    /// The bundled, validated library; a broken bundle is an internal error.
    static func library() throws(CommandFailure) -> DocentLibrary {
        do {
            return try DocentLibrary.bundled()
        } catch {
            throw CommandFailure(message: "docent: internal error: \(error)", status: ExitStatus.internalError)
        }
    }

    /// A demo account or an account file.
    static func account(_ name: String, in library: DocentLibrary) throws(CommandFailure) -> LoadedAccount {
        do {
            return try library.account(name, relativeTo: currentDirectory)
        } catch {
            let text = "\(error)"
            throw CommandFailure(message: text.contains(": error: ") ? text : "docent: error: " + text, status: status(of: error))
        }
    }

    /// The exit code for a library error.
    static func status(of error: KitError) -> ExitCode {
        switch error {
        case .accountNotFound: return ExitStatus.missingInput
        case .badAccount, .inconsistentAccount, .accountCancelled: return ExitStatus.badData
        case .unknownProcedure, .unknownActor: return ExitStatus.usage
        case .wrongPlatform, .badValue, .missingResource, .invalidBundle: return ExitStatus.internalError
        }
    }
}
