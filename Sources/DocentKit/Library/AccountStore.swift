import DocentModel
import Foundation

/// Reads and writes account files.
public enum AccountStore {
    /// Decodes and checks an account file.
    public static func load(contentsOf url: URL, name: String) throws(KitError) -> Account {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .accountNotFound(name, demos: [])
        }
        return try decode(data, file: name)
    }

    /// Decodes account JSON; `file` names it in diagnostics.
    public static func decode(_ data: Data, file: String) throws(KitError) -> Account {
        let account: Account
        do {
            account = try JSONDecoder().decode(Account.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw .badAccount(file: file, detail: syntaxError(in: data) ?? describe(error))
            }
            throw .badAccount(file: file, detail: describe(error))
        } catch {
            throw .badAccount(file: file, detail: "\(error)")
        }
        let violations = account.invariantViolations()
        if !violations.isEmpty { throw .inconsistentAccount(file: file, violations: violations) }
        return account
    }

    /// The account as JSON: sorted keys, pretty-printed, ending with a newline.
    public static func encode(_ account: Account) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(account) + Data("\n".utf8)
    }

    /// Writes the account atomically: the old file stays whole until the new one is complete.
    public static func save(_ account: Account, to url: URL) throws {
        try encode(account).write(to: url, options: .atomic)
    }

    /// Where JSON bytes stop being valid, as `line L, column C: …`, from the parser's character offset.
    static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return nil
        } catch {
            let text = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            guard let marker = text.range(of: "character "), let offset = Int(text[marker.upperBound...].prefix { $0.isNumber }) else {
                return "not valid JSON: \(text)"
            }
            let before = data.prefix(offset)
            let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            return "line \(line), column \(column): not valid JSON (\(text))"
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "(top level)" : text)
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context): return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context): return "\(path(context.codingPath)): null where \(type) was expected"
        case .dataCorrupted(let context):
            let cause = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return "\(path(context.codingPath)): \(cause ?? context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
