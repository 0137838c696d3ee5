import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file, held until released or the process ends.
///
/// Two `docent` processes on one workspace take turns: the second waits for the first, so
/// neither loses the other's update.
final class FileLock {
    private var fd: Int32

    /// Takes the lock on `url` (created when missing); calls `waiting` once before blocking when
    /// another process holds it.
    init(_ url: URL, waiting: () -> Void) throws(WorkspaceError) {
        fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw WorkspaceError(.io, file: url.path, detail: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { throw failure(url) }
        waiting()
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure(url) }
        }
    }

    private func failure(_ url: URL) -> WorkspaceError {
        let error = WorkspaceError(.io, file: url.path, detail: "cannot lock: \(String(cString: strerror(errno)))")
        close(fd)
        fd = -1
        return error
    }

    /// Releases the lock.
    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
