import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The result of running a program to its end.
public struct ProcessResult: Sendable {
    /// The exit status, or the signal number when a signal ended the program.
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
///
/// Built on `posix_spawn` and `poll`, not Foundation's `Process`: `Process`
/// leaks under LeakSanitizer, and the whole suite runs under AddressSanitizer
/// with leak detection on (`scripts/sanitize.sh address`).
public enum ProcessRunner {
    /// Why a program could not be started.
    public struct SpawnError: Error, CustomStringConvertible {
        public var executable: String
        public var errno: Int32
        public var description: String { "cannot run \(executable) (errno \(errno))" }
    }
    /// A program that exits before reading all its input must not kill the test run with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs `executable` and waits for it.
    ///
    /// - Parameters:
    ///   - executable: The program's path.
    ///   - arguments: Its arguments; never a password.
    ///   - input: Bytes for its stdin, which is closed afterwards.
    ///   - environment: Extra variables on top of a minimal environment; an empty value removes one.
    /// - Returns: The exit status and both outputs.
    public static func run(
        _ executable: String,
        _ arguments: [String] = [],
        input: Data = Data(),
        environment: [String: String] = [:]
    ) throws -> ProcessResult {
        let (pid, stdin, stdout, stderr) = try start(executable, arguments, environment: environment)
        let (out, err) = exchange(input: [UInt8](input), stdin: stdin, stdout: stdout, stderr: stderr)
        return ProcessResult(status: wait(pid).code, stdout: Data(out), stderr: Data(err))
    }

    /// Starts `executable` with three new pipes and does not wait; for a test that watches it run.
    ///
    /// - Parameters: As for ``run(_:_:input:environment:)``.
    /// - Returns: Its pid and the parent's ends: its stdin to write, its stdout and stderr to read.
    public static func start(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws -> (pid: pid_t, stdin: Int32, stdout: Int32, stderr: Int32) {
        _ = ignoreBrokenPipes
        var base = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": NSTemporaryDirectory(),
            "XDG_CACHE_HOME": TestPaths.cache + "-cli",
            "LANG": "C.UTF-8",
        ]
        // A child built with a sanitizer (scripts/sanitize.sh) gets that script's options for
        // children, and no crash backtracer, which can hang for minutes after an abort.
        let parent = ProcessInfo.processInfo.environment
        for (name, source) in [("ASAN_OPTIONS", "KENNWORT_CHILD_ASAN_OPTIONS"), ("TSAN_OPTIONS", "TSAN_OPTIONS"),
                               ("SWIFT_BACKTRACE", "SWIFT_BACKTRACE")] {
            if let value = parent[source] { base[name] = value }
        }
        base.merge(environment) { _, new in new }
        let variables = base.filter { !$0.value.isEmpty }.map { "\($0.key)=\($0.value)" }
        // A child that exits before reading all its input must not kill the test with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)

        // Spawns one at a time: pipes are made close-on-exec under the lock, so no child inherits another's.
        return try spawnLock.withLock { try spawn(executable, [executable] + arguments, variables) }
    }

    /// Waits for a child to end.
    ///
    /// - Returns: Its exit status, or the number of the signal that killed it with `signaled` set.
    public static func wait(_ pid: pid_t) -> (code: Int32, signaled: Bool) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        return status & 0x7f == 0 ? ((status >> 8) & 0xff, false) : (status & 0x7f, true)
    }

    /// Starts a program with three new pipes; returns its pid and the parent's ends.
    private static func spawn(
        _ executable: String, _ arguments: [String], _ variables: [String]
    ) throws -> (pid: pid_t, stdin: Int32, stdout: Int32, stderr: Int32) {
        let stdin = try makePipe(executable), stdout = try makePipe(executable), stderr = try makePipe(executable)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)
        var pid: pid_t = 0
        let spawned = withCStrings(arguments) { argv in
            withCStrings(variables) { envp in posix_spawn(&pid, executable, &actions, nil, argv, envp) }
        }
        for descriptor in [stdin.read, stdout.write, stderr.write] { close(descriptor) }
        guard spawned == 0 else {
            for descriptor in [stdin.write, stdout.read, stderr.read] { close(descriptor) }
            throw SpawnError(executable: executable, errno: spawned)
        }
        return (pid, stdin.write, stdout.read, stderr.read)
    }

    /// Writes `input` and reads both outputs at once, so no pipe can fill up and deadlock.
    private static func exchange(input: [UInt8], stdin: Int32, stdout: Int32, stderr: Int32) -> ([UInt8], [UInt8]) {
        _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
        var outputs: [[UInt8]] = [[], []]
        var open = [stdout, stderr]
        var writer: Int32 = stdin
        var written = 0
        if input.isEmpty { close(stdin); writer = -1 }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while open.contains(where: { $0 >= 0 }) {
            var fds = [pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)]
                + open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 { if errno == EINTR { continue } else { break } }
            if writer >= 0 && fds[0].revents != 0 {
                let wrote = input.withUnsafeBytes { Glibc.write(writer, $0.baseAddress! + written, $0.count - written) }
                if wrote > 0 { written += wrote }
                if written == input.count || (wrote < 0 && errno != EAGAIN && errno != EINTR) {
                    close(writer)
                    writer = -1
                }
            }
            for index in open.indices where open[index] >= 0 && fds[index + 1].revents != 0 {
                let got = chunk.withUnsafeMutableBytes { read(open[index], $0.baseAddress, $0.count) }
                if got > 0 {
                    outputs[index] += chunk[0..<got]
                } else if got == 0 || (errno != EAGAIN && errno != EINTR) {
                    close(open[index])
                    open[index] = -1
                }
            }
        }
        if writer >= 0 { close(writer) }
        return (outputs[0], outputs[1])
    }

    private static let spawnLock = NSLock()

    private static func makePipe(_ executable: String) throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw SpawnError(executable: executable, errno: errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Calls `body` with a NULL-terminated array of C strings that lives as long as the call.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
