import Foundation
import Synchronization

/// The `*.json` files of a bundle folder, each read once, on first use: guarded shared state.
///
/// A command reads only what it needs (the procedure it walks, the account it walks on);
/// validation reads everything at once through ``problems()``.
final class FileStore<Value: Sendable>: Sendable {
    /// Reads the file of an id.
    typealias Read = @Sendable (_ id: String, _ url: URL) throws(KitError) -> Value

    /// The files by id (the file name without `.json`).
    let files: [String: URL]
    /// The ids, sorted.
    let ids: [String]
    private let read: Read
    private let values = Mutex<[String: Result<Value, KitError>]>([:])

    /// Lists the `*.json` files of `folder`; reads none of them.
    init(folder: URL, read: @escaping Read) {
        var files: [String: URL] = [:]
        for url in BundledResources.jsonFiles(in: folder) { files[String(url.lastPathComponent.dropLast(5))] = url }
        self.files = files
        ids = files.keys.sorted()
        self.read = read
    }

    /// The value of `id` (which has a file), read now or earlier.
    func value(_ id: String) throws(KitError) -> Value {
        if let done = values.withLock({ $0[id] }) { return try done.get() }
        let result: Result<Value, KitError>
        if let url = files[id] {
            do {
                result = .success(try read(id, url))
            } catch {
                result = .failure(error)
            }
        } else {
            result = .failure(.missingResource(id))
        }
        values.withLock { $0[id] = result }
        return try result.get()
    }

    /// The value of `id` if it was read already and loaded.
    func loadedValue(_ id: String) -> Value? {
        if case .success(let value)? = values.withLock({ $0[id] }) { return value }
        return nil
    }

    /// Every value that loads, in id order.
    func all() -> [Value] {
        ids.compactMap { try? value($0) }
    }

    /// Reads every file; the problems of those that do not load, one line each.
    func problems() -> [String] {
        ids.compactMap { id -> String? in
            do {
                _ = try value(id)
                return nil
            } catch let error as KitError {
                if case .invalidBundle(let problems) = error { return problems.joined(separator: "\n") }
                return "\(error)"
            } catch {
                return "\(error)"
            }
        }
    }
}
