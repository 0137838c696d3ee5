import ArgumentParser
import DocentKit
import DocentLocalization
import DocentWorkflow
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

    /// A draft folder, loaded and validated; a broken draft is bad data naming its files.
    static func draft(_ path: String, in library: DocentLibrary) throws(CommandFailure) -> LoadedDraft {
        let url = URL(fileURLWithPath: path, relativeTo: currentDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(message: "\(path): error: not a draft folder", status: ExitStatus.missingInput)
        }
        do {
            return try library.loadDraft(at: url)
        } catch let error as KitError {
            if case .invalidBundle(let problems) = error {
                throw CommandFailure(message: problems.joined(separator: "\n"), status: ExitStatus.badData)
            }
            throw CommandFailure(message: "\(path): error: \(error)", status: ExitStatus.badData)
        } catch {
            throw CommandFailure(message: "\(error)", status: ExitStatus.badData)
        }
    }

    /// The bundled `Resources` and `Localizations` folders; a broken bundle is an internal error.
    static func bundledFolders() throws(CommandFailure) -> (resources: URL, localizations: URL) {
        do {
            return try DocentLibrary.bundledFolders()
        } catch {
            throw CommandFailure(message: "docent: internal error: \(error)", status: ExitStatus.internalError)
        }
    }

    /// A demo account or an account file.
    static func account(_ name: String, in library: DocentLibrary, narrator: Narrator) throws(CommandFailure) -> LoadedAccount {
        do {
            return try library.account(name, relativeTo: currentDirectory)
        } catch {
            throw failure(error, narrator: narrator)
        }
    }

    /// A library error in the person's language where it is about what they typed; file
    /// diagnostics stay in the `file: error: …` form.
    static func failure(_ error: KitError, narrator: Narrator, file: String? = nil) -> CommandFailure {
        let text: String
        switch error {
        case .unknownProcedure(let id, let known):
            text = "docent: error: " + narrator.string("cli.unknown-procedure", ["procedure": .string(id), "known": .string(known.joined(separator: ", "))])
                + (Suggestion.closest(to: id, among: known).map { " " + narrator.string("cli.did-you-mean", ["guess": .string($0)]) } ?? "")
        case .accountNotFound(let name, let demos):
            text = "docent: error: " + narrator.string("cli.account-not-found", ["account": .string(name), "demos": .string(demos.joined(separator: ", "))])
        case .unknownActor(let actor, let account, let users):
            text = "docent: error: " + narrator.string("cli.unknown-actor", ["actor": .string(actor), "account": .string(account), "users": .string(users.joined(separator: ", "))])
        case .accountCancelled(let account, let date):
            text = "\(file ?? "docent"): error: " + narrator.string("cli.account-cancelled", ["account": .string(account), "date": .string(date)])
        default:
            let description = "\(error)"
            text = description.contains(": error: ") ? description : "docent: error: " + description
        }
        return CommandFailure(message: text, status: status(of: error))
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
