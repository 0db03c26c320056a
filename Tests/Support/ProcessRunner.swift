import Foundation

/// The result of running a program to its end.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data

    public init(status: Int32, stdout: Data, stderr: Data) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var output: String { String(decoding: stdout, as: UTF8.self) }
    public var errors: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs programs with given stdin and environment, capturing everything.
public enum ProcessRunner {
    /// A program that exits before reading all its input must not kill the test run with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs `executable` and waits for it.
    ///
    /// - Parameters:
    ///   - executable: The program's path.
    ///   - arguments: Its arguments; never a password.
    ///   - input: Bytes for its stdin, which is closed afterwards.
    ///   - environment: Extra variables on top of a minimal environment.
    /// - Returns: The exit status and both outputs.
    public static func run(
        _ executable: String,
        _ arguments: [String] = [],
        input: Data = Data(),
        environment: [String: String] = [:]
    ) throws -> ProcessResult {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var base = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": NSTemporaryDirectory(),
            "XDG_CACHE_HOME": TestPaths.cache + "-cli",
            "LANG": "C.UTF-8",
        ]
        base.merge(environment) { _, new in new }
        process.environment = base.filter { !$0.value.isEmpty }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads so large inputs and outputs cannot deadlock.
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorBox = DataBox()
        let errorReader = Thread { errorBox.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorBox.done { usleep(1000) }
        return ProcessResult(status: process.terminationStatus, stdout: out, stderr: errorBox.data)
    }
}

private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = Data()
    private var finished = false
    var data: Data {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue; finished = true } }
    }
    var done: Bool { lock.withLock { finished } }
}
