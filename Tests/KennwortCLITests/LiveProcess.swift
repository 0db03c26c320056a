import Foundation
import KennwortTestSupport

/// A program started with its standard input kept open, so a test can look at it while it runs.
///
/// stdout and stderr are drained on their own threads from the start, so a chatty
/// program never blocks on a full pipe while the test holds its stdin open.
final class LiveProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let stdoutBox = OutputBox()
    private let stderrBox = OutputBox()

    var pid: Int32 { process.processIdentifier }

    /// Starts `executable` with the same minimal environment as ``ProcessRunner``, plus `environment`.
    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var base = [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
            "XDG_CACHE_HOME": TestPaths.cache + "-cli", "LANG": "C.UTF-8",
        ]
        base.merge(environment) { _, new in new }
        process.environment = base.filter { !$0.value.isEmpty }
        let output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        stdoutBox.drain(output.fileHandleForReading)
        stderrBox.drain(errors.fileHandleForReading)
    }

    /// Writes bytes to the program's stdin, which stays open.
    func write(_ bytes: Data) throws { try input.fileHandleForWriting.write(contentsOf: bytes) }

    /// Waits until one of the program's threads blocks in `read(0, …)`: it has taken
    /// what was written and waits for more.
    ///
    /// - Returns: `false` when that did not happen within `seconds`.
    func waitUntilReadingStdin(seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline && process.isRunning {
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
    func finish() -> ProcessResult {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: stdoutBox.wait(), stderr: stderrBox.wait())
    }

    /// Kills the program if a test left it running.
    deinit { if process.isRunning { kill(pid, SIGKILL); process.waitUntilExit() } }
}

/// Bytes read to end of file on a background thread.
private final class OutputBox: @unchecked Sendable {
    private let lock = NSCondition()
    private var data = Data()
    private var done = false

    func drain(_ handle: FileHandle) {
        Thread {
            let bytes = handle.readDataToEndOfFile()
            self.lock.withLock {
                self.data = bytes
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
