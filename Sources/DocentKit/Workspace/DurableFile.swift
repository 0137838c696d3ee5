import Foundation

#if canImport(Glibc)
import Glibc
private let writeBytes = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let writeBytes = Darwin.write
#endif

/// Crash-safe writes: appends that are synced, and replacements written to a temporary file,
/// synced, then renamed over the old one (and the directory synced), so a reader sees the old
/// bytes or the new ones, never a mix.
///
/// For the crash tests, `DOCENT_CRASH_AFTER_WRITES=N` kills the process with SIGKILL at the N-th
/// checkpoint: after half of a write's bytes, after the rest, after a sync, after a rename.
enum DurableFile {
    /// The checkpoint the process is killed at, from the environment; nil normally.
    nonisolated(unsafe) private static var crashAfter: Int? = ProcessInfo.processInfo.environment["DOCENT_CRASH_AFTER_WRITES"].flatMap { Int($0) }
    nonisolated(unsafe) private static var checkpoints = 0

    /// Counts a checkpoint; kills the process at the one the environment names.
    static func checkpoint() {
        guard let crashAfter else { return }
        checkpoints += 1
        if checkpoints >= crashAfter { kill(getpid(), SIGKILL) }
    }

    /// Appends `data` to `url` (created with mode 0600 when missing) and syncs it.
    static func append(_ data: Data, to url: URL) throws(WorkspaceError) {
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("cannot open for appending", url) }
        defer { close(fd) }
        try write(data, to: fd, url: url)
        guard fsync(fd) == 0 else { throw failure("cannot sync", url) }
        checkpoint()
    }

    /// Cuts `url` to `length` bytes and syncs it (drops a torn last line).
    static func truncate(_ url: URL, to length: Int) throws(WorkspaceError) {
        let fd = open(url.path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("cannot open", url) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else { throw failure("cannot truncate", url) }
    }

    /// Replaces `url` with `data`: a temporary file in the same folder, synced, renamed over it.
    static func replace(_ url: URL, with data: Data) throws(WorkspaceError) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("cannot create", temporary) }
        do throws(WorkspaceError) {
            try write(data, to: fd, url: temporary)
            guard fsync(fd) == 0 else { throw failure("cannot sync", temporary) }
        } catch {
            close(fd)
            unlink(temporary.path)
            throw error
        }
        close(fd)
        checkpoint()
        guard rename(temporary.path, url.path) == 0 else {
            let error = failure("cannot rename \(temporary.lastPathComponent) over it", url)
            unlink(temporary.path)
            throw error
        }
        checkpoint()
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Syncs a directory so a rename in it survives a power cut.
    static func syncDirectory(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Writes all of `data`, in two halves so the crash tests can stop between them.
    private static func write(_ data: Data, to fd: Int32, url: URL) throws(WorkspaceError) {
        let bytes = [UInt8](data)
        let half = bytes.count / 2
        for range in [0..<half, half..<bytes.count] where !range.isEmpty {
            var offset = range.lowerBound
            while offset < range.upperBound {
                let written = bytes[offset..<range.upperBound].withUnsafeBytes { writeBytes(fd, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", url)
                }
                offset += written
            }
            checkpoint()
        }
    }

    private static func failure(_ what: String, _ url: URL) -> WorkspaceError {
        WorkspaceError(.io, file: url.path, detail: "\(what): \(String(cString: strerror(errno)))")
    }
}
