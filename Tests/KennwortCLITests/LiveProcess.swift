import Foundation
import KennwortTestSupport

/// A program started with its standard input kept open, so a test can look at it while it runs.
///
/// stdout and stderr are drained on their own threads from the start, so a chatty
/// program never blocks on a full pipe while the test holds its stdin open. Started with
/// ``ProcessRunner/start(_:_:environment:)`` (posix_spawn, same environment), not Foundation's
/// `Process`, which leaks under LeakSanitizer.
final class LiveProcess: @unchecked Sendable {
    let pid: Int32
    private var input: Int32
    private let stdoutBox = OutputBox()
    private let stderrBox = OutputBox()
    /// How it ended, once reaped.
    private(set) var exit: (code: Int32, signaled: Bool)?

    /// Starts `executable` with the same minimal environment as ``ProcessRunner``, plus `environment`.
    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        let started = try ProcessRunner.start(executable, arguments, environment: environment)
        pid = started.pid
        input = started.stdin
        stdoutBox.drain(started.stdout)
        stderrBox.drain(started.stderr)
    }

    /// Whether it still runs; reaps it when it has ended.
    var isRunning: Bool {
        guard exit == nil else { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        exit = status & 0x7f == 0 ? ((status >> 8) & 0xff, false) : (status & 0x7f, true)
        return false
    }

    /// Writes bytes to the program's stdin, which stays open.
    func write(_ bytes: Data) throws {
        var written = 0
        while written < bytes.count {
            let wrote = bytes.withUnsafeBytes { Glibc.write(input, $0.baseAddress! + written, $0.count - written) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            written += wrote
        }
    }

    /// Waits until one of the program's threads blocks in `read(0, …)`: it has taken
    /// what was written and waits for more.
    ///
    /// - Returns: `false` when that did not happen within `seconds`.
    func waitUntilReadingStdin(seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline && isRunning {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            for task in tasks {
                // x86_64: syscall 0 is read(2); the first argument is the descriptor.
                let call = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/syscall", encoding: .utf8)) ?? ""
                if call.hasPrefix("0 0x0 ") { return true }
            }
            usleep(5_000)
        }
        return false
    }

    /// Closes stdin, waits for the exit and returns everything the program wrote.
    ///
    /// A program killed by a signal has that signal's number as its status; see ``exit``.
    func finish() -> ProcessResult {
        closeInput()
        if exit == nil { exit = ProcessRunner.wait(pid) }
        return ProcessResult(status: exit!.code, stdout: stdoutBox.wait(), stderr: stderrBox.wait())
    }

    private func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Kills the program if a test left it running.
    deinit {
        closeInput()
        if exit == nil {
            kill(pid, SIGKILL)
            _ = ProcessRunner.wait(pid)
        }
    }
}

/// Bytes read to end of file on a background thread.
private final class OutputBox: @unchecked Sendable {
    private let lock = NSCondition()
    private var data = Data()
    private var done = false

    func drain(_ descriptor: Int32) {
        Thread {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                bytes += chunk[0..<got]
            }
            close(descriptor)
            self.lock.withLock {
                self.data = Data(bytes)
                self.done = true
                self.lock.broadcast()
            }
        }.start()
    }

    func wait() -> Data {
        lock.withLock {
            while !done { lock.wait() }
            return data
        }
    }
}

/// Looks for a secret in what other users can read about a process.
enum ProcScanner {
    /// The files of `/proc/PID` that show a process to others: its arguments and environment.
    static let files = ["cmdline", "environ"]

    /// Which of ``files`` contain `secret`, whole or any 8-byte piece of it.
    ///
    /// - Returns: The names of the files with a hit; `nil` when the process is gone.
    static func hits(pid: Int32, secret: Data) -> [String]? {
        var found: [String] = []
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: "/proc/\(pid)/\(file)") else { return nil }
            if contains(bytes, secret) { found.append(file) }
        }
        return found
    }

    /// Whether `haystack` holds `secret`, or any 8-byte window of it.
    static func contains(_ haystack: Data, _ secret: Data) -> Bool {
        let bytes = [UInt8](secret)
        let width = min(8, bytes.count)
        for start in 0...(bytes.count - width) where haystack.range(of: Data(bytes[start..<start + width])) != nil {
            return true
        }
        return false
    }
}
