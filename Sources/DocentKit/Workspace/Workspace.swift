import DocentModel
import Foundation

/// A folder keeping an account across walks: `state.json` (the account now), `journal.jsonl`
/// (every change, append-only) and `lock`.
///
/// Opening a workspace takes its lock for as long as the value lives, so two processes take turns
/// and never lose an update. Every change is appended to the journal and synced before the state
/// file is replaced (temporary file, sync, rename); the journal's change records carry the whole
/// account, so a state file left behind by a crash is rebuilt from the journal when it is next
/// opened. A file that is not Docent's is reported, never overwritten.
public final class Workspace {
    /// The folder.
    public let directory: URL
    private let lock: FileLock

    /// The state file.
    public var stateFile: URL { directory.appendingPathComponent("state.json") }
    /// The journal.
    public var journalFile: URL { directory.appendingPathComponent("journal.jsonl") }

    /// The journal's format name, in its header.
    static let journalFormat = "docent-journal"

    /// The workspace named by `--workspace` or else `DOCENT_WORKSPACE`; nil when neither is set.
    public static func chosen(flag: String?, environment: [String: String], relativeTo base: URL) -> URL? {
        guard let path = flag ?? environment["DOCENT_WORKSPACE"].flatMap({ $0.isEmpty ? nil : $0 }) else { return nil }
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
    }

    /// The default folder: `$XDG_STATE_HOME/docent`, or `~/.local/state/docent`.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("docent")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/docent")
    }

    /// Opens (creating it when missing) the workspace in `directory` and takes its lock, calling
    /// `waiting` once if another process holds it. A non-empty folder that holds neither a state
    /// file nor a journal is not a workspace and is refused.
    public init(at directory: URL, waiting: () -> Void) throws(WorkspaceError) {
        self.directory = directory
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw WorkspaceError(.damaged, file: directory.path, detail: "not a folder; a workspace is a folder")
            }
            let names = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
            let ours: Set<String> = ["state.json", "journal.jsonl", "lock"]
            if !names.isEmpty, !names.contains("state.json"), !names.contains("journal.jsonl"),
                names.contains(where: { !ours.contains($0) && !$0.hasPrefix(".state.json.") })
            {
                throw WorkspaceError(.damaged, file: directory.path, detail: "this folder holds other files and is not a Docent workspace; choose a new or empty folder")
            }
        } else {
            do {
                try manager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw WorkspaceError(.io, file: directory.path, detail: "cannot create the workspace folder: \(error.localizedDescription)")
            }
        }
        lock = try FileLock(directory.appendingPathComponent("lock"), waiting: waiting)
        removeStaleTemporaries()
    }

    /// Releases the lock (it is released anyway when the workspace is freed or the process ends).
    public func close() { lock.release() }

    /// Temporary state files left by a process killed before its rename.
    private func removeStaleTemporaries() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(".state.json.") && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    // MARK: Reading

    /// The journal's records. A last line without its newline is a write the process did not
    /// finish: it is not a record. Any other line that is not a record is damage, reported.
    public func records() throws(WorkspaceError) -> [JournalRecord] {
        try read().records
    }

    private func read() throws(WorkspaceError) -> (records: [JournalRecord], complete: Int) {
        guard FileManager.default.fileExists(atPath: journalFile.path) else { return ([], 0) }
        let data: Data
        do {
            data = try Data(contentsOf: journalFile)
        } catch {
            throw WorkspaceError(.io, file: journalFile.path, detail: "cannot read: \(error.localizedDescription)")
        }
        let bytes = [UInt8](data)
        var complete = (bytes.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
        var records: [JournalRecord] = []
        var offsets: [Int] = []
        var offset = 0
        let decoder = JSONDecoder()
        for (index, line) in bytes[..<complete].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().enumerated() {
            guard let record = try? decoder.decode(JournalRecord.self, from: Data(line)) else {
                throw WorkspaceError(.damaged, file: journalFile.path + ":\(index + 1)", detail: "not a journal record; the journal is damaged (move the workspace away to start afresh)")
            }
            if index == 0, record.kind != .header || record.format != Self.journalFormat {
                throw WorkspaceError(.damaged, file: journalFile.path + ":1", detail: "not a Docent journal")
            }
            if index == 0, let version = record.version, version > WorkspaceState.currentVersion {
                throw WorkspaceError(.damaged, file: journalFile.path + ":1", detail: "written by a newer Docent (journal version \(version))")
            }
            records.append(record)
            offsets.append(offset)
            offset += line.count + 1
        }
        // A walk's effects and its commit are one write: effects at the end with no commit after
        // them are what is left of a write the process did not finish, not records.
        while let last = records.last, last.kind == .effect, let start = offsets.last {
            records.removeLast()
            offsets.removeLast()
            complete = start
        }
        return (records, complete)
    }

    /// The state now, or nil when the workspace was never seeded.
    ///
    /// When the journal holds a change the state file lacks (the process was killed between the
    /// two writes), the state is rebuilt from the journal and written back first.
    public func state() throws(WorkspaceError) -> WorkspaceState? {
        let records = try self.records()
        let onFile = try readStateFile()
        var latest: (sequence: Int, record: JournalRecord)?
        var source: String?
        var clock: String?
        for record in records {
            if record.kind == .seed || record.kind == .reset { source = record.source; clock = nil }
            if record.kind == .clock { clock = record.today }
            guard let sequence = record.sequence, record.account != nil else { continue }
            latest = (sequence, record)
        }
        if let onFile {
            if onFile.sequence > (latest?.sequence ?? 0) {
                throw WorkspaceError(.damaged, file: stateFile.path, detail: "the state file is ahead of the journal (change \(onFile.sequence), journal \(latest?.sequence ?? 0)); the journal was cut or replaced")
            }
            if onFile.sequence == latest?.sequence ?? 0 { return onFile }
        }
        guard let latest, let account = latest.record.account else {
            return onFile
        }
        let rebuilt = WorkspaceState(sequence: latest.sequence, source: source ?? onFile?.source ?? "", clock: clock, account: account)
        try write(rebuilt)
        return rebuilt
    }

    private func readStateFile() throws(WorkspaceError) -> WorkspaceState? {
        guard FileManager.default.fileExists(atPath: stateFile.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: stateFile)
        } catch {
            throw WorkspaceError(.io, file: stateFile.path, detail: "cannot read: \(error.localizedDescription)")
        }
        struct Marker: Decodable { var format: String?; var version: Int? }
        guard let marker = try? JSONDecoder().decode(Marker.self, from: data), marker.format == WorkspaceState.formatName else {
            throw WorkspaceError(.damaged, file: stateFile.path, detail: "not a Docent workspace state file (damaged or foreign); it was left as it is")
        }
        if let version = marker.version, version > WorkspaceState.currentVersion {
            throw WorkspaceError(.damaged, file: stateFile.path, detail: "written by a newer Docent (version \(version))")
        }
        do {
            let state = try JSONDecoder().decode(WorkspaceState.self, from: data)
            let violations = state.account.invariantViolations()
            guard violations.isEmpty else {
                throw WorkspaceError(.damaged, file: stateFile.path, detail: "the account breaks its rules: \(violations.joined(separator: "; "))")
            }
            return state
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError(.damaged, file: stateFile.path, detail: "damaged state file: \(error)")
        }
    }

    // MARK: Writing

    /// The time now, as journals write it.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }

    /// Appends records in one write, synced; a torn last line left by a crash is cut off first,
    /// and a new journal starts with its header.
    public func append(_ records: [JournalRecord]) throws(WorkspaceError) {
        let (existing, complete) = try read()
        var size = 0
        if let attributes = try? FileManager.default.attributesOfItem(atPath: journalFile.path), let bytes = attributes[.size] as? Int {
            size = bytes
        }
        if size > complete { try DurableFile.truncate(journalFile, to: complete) }
        var all = records
        if existing.isEmpty {
            var header = JournalRecord(.header, time: Self.now())
            header.format = Self.journalFormat
            header.version = WorkspaceState.currentVersion
            all.insert(header, at: 0)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for record in all {
            do {
                data += try encoder.encode(record) + Data("\n".utf8)
            } catch {
                throw WorkspaceError(.io, file: journalFile.path, detail: "cannot encode a record: \(error)")
            }
        }
        try DurableFile.append(data, to: journalFile)
    }

    private func write(_ state: WorkspaceState) throws(WorkspaceError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(state) + Data("\n".utf8)
        } catch {
            throw WorkspaceError(.io, file: stateFile.path, detail: "cannot encode the state: \(error)")
        }
        try DurableFile.replace(stateFile, with: data)
    }

    /// Records a change of the account: `records` (effects, for a walk), then `change` carrying
    /// the account, in one synced append; then the state file. Returns the new state.
    @discardableResult
    public func change(
        _ change: JournalRecord, preceded records: [JournalRecord] = [], from state: WorkspaceState?, source: String? = nil, clock: String?? = nil
    ) throws(WorkspaceError) -> WorkspaceState {
        var record = change
        let sequence = (state?.sequence ?? 0) + 1
        record.sequence = sequence
        guard let account = record.account else {
            throw WorkspaceError(.io, file: journalFile.path, detail: "a change record without its account")
        }
        try append(records + [record])
        let next = WorkspaceState(
            sequence: sequence, source: source ?? state?.source ?? "", clock: clock ?? state?.clock, account: account)
        try write(next)
        return next
    }

    /// Seeds (or puts back) the account from a demo or a file.
    @discardableResult
    public func seed(_ account: Account, source: String, over state: WorkspaceState?) throws(WorkspaceError) -> WorkspaceState {
        var record = JournalRecord(state == nil ? .seed : .reset, time: Self.now())
        record.source = source
        record.account = account
        return try change(record, from: state, source: source, clock: .some(nil))
    }

    /// Moves the workspace's clock to `date`, applying the renewals due by then (rule 10).
    @discardableResult
    public func advanceClock(to date: CalendarDate, over state: WorkspaceState) throws(WorkspaceError) -> WorkspaceState {
        var record = JournalRecord(.clock, time: Self.now())
        record.today = date.description
        record.account = DocentLibrary.renewed(state.account, on: date)
        return try change(record, from: state, clock: .some(date.description))
    }
}
