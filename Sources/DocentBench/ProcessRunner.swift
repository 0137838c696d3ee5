import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs one command as a child process and measures it: wall time, CPU time and peak memory
/// (the child's own `getrusage`, read with `wait4`).
enum ProcessRunner {
    /// What one run cost and how it ended.
    struct Measurement: Sendable, Codable {
        /// The exit status (128 + signal when killed).
        var status: Int32
        /// Wall-clock seconds.
        var seconds: Double
        /// User plus system CPU seconds.
        var cpuSeconds: Double
        /// Peak resident memory in bytes.
        var peakBytes: Int
        /// Whether it was killed for running past its time limit.
        var timedOut: Bool
    }

    /// Why a command could not be started.
    struct LaunchError: Error, Sendable, CustomStringConvertible {
        var command: [String]
        var code: Int32
        var description: String { "cannot run \(command.joined(separator: " ")): \(String(cString: strerror(code)))" }
    }

    /// Runs `command` (its first element found on `PATH` when not a path), stdout to `stdout` and stderr
    /// to `stderr` (or /dev/null), stdin from /dev/null; killed after `timeout` seconds.
    static func run(_ command: [String], stdout: String? = nil, stderr: String? = nil, timeout: Double = 600,
                    environment: [String: String] = [:]) throws(LaunchError) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let arguments = command.map { strdup($0) } + [nil]
        let variables = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in arguments { free(pointer) }
            for pointer in variables { free(pointer) }
        }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let code = posix_spawnp(&pid, command.first ?? "", &actions, nil, arguments, variables)
        guard code == 0 else { throw LaunchError(command: command, code: code) }

        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let end = DispatchTime.now().uptimeNanoseconds
        let timedOut = killer.isCancelled == false && Double(end - start) / 1e9 >= timeout
        killer.cancel()
        let exited = status & 0x7F == 0
        let exitStatus = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return Measurement(status: exitStatus, seconds: Double(end - start) / 1e9, cpuSeconds: cpu,
                           peakBytes: Int(usage.ru_maxrss) * 1024, timedOut: timedOut)
    }

    /// Runs `command` and returns its standard output as text (nil when it cannot start).
    static func output(_ command: [String], timeout: Double = 60) -> (status: Int32, text: String)? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("docent-bench-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        guard let result = try? run(command, stdout: file, timeout: timeout) else { return nil }
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return (result.status, text)
    }
}
