import Glibc

/// The GECOS field of an account, for a statically linked program.
///
/// kennwort-helper is one static executable (a cold start is about 1 ms faster, and
/// every login pays it). glibc's NSS cannot load its modules (systemd, sss, ldap) into a
/// static program: `getpwnam` crashes there when a user is not in `/etc/passwd`. So the
/// helper reads `/etc/passwd` itself, and asks `getent passwd`, a normal dynamic program,
/// for any other account (LDAP, SSSD).
enum HelperAccounts {
    static let passwdFile = "/etc/passwd"
    static let getent = "/usr/bin/getent"

    /// The account's GECOS text, or `nil` when the account is unknown or the field is empty.
    ///
    /// - Parameter user: The account name; never a password.
    static func gecos(of user: String) -> String? {
        guard !user.isEmpty, !user.contains(":"), !user.contains("\n") else { return nil }
        if let line = entry(of: user, in: read(passwdFile)) { return field(line) }
        return entry(of: user, in: run(getent, ["passwd", user])).flatMap(field)
    }

    /// The `passwd` line of `user` in `text`.
    static func entry(of user: String, in text: [UInt8]?) -> [UInt8]? {
        guard let text else { return nil }
        let prefix = Array(user.utf8) + [UInt8(ascii: ":")]
        return text.split(separator: UInt8(ascii: "\n")).first { $0.starts(with: prefix) }.map(Array.init)
    }

    /// The fifth field of a `passwd` line, when not empty.
    static func field(_ line: [UInt8]) -> String? {
        let fields = line.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard fields.count >= 5, !fields[4].isEmpty else { return nil }
        return String(decoding: fields[4], as: UTF8.self)
    }

    private static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return drain(descriptor)
    }

    /// Runs a program with an empty environment and returns its standard output.
    private static func run(_ program: String, _ arguments: [String]) -> [UInt8]? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        // /dev/null is opened here, not by a file action: the child of posix_spawn shares this
        // process's memory until it execs, and an `open` there crashed ThreadSanitizer's runtime.
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { if null >= 0 { close(null) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        if null >= 0 {
            posix_spawn_file_actions_adddup2(&actions, null, 0)
            posix_spawn_file_actions_adddup2(&actions, null, 2)
        }
        // The arguments as one NUL-separated buffer that outlives the call: no strdup/free pairs.
        var text = ([program] + arguments).flatMap { Array($0.utf8CString) }
        var environment: [UnsafeMutablePointer<CChar>?] = [nil]
        var pid: pid_t = 0
        let spawned = text.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var argv: [UnsafeMutablePointer<CChar>?] = []
            var start = 0
            for (index, byte) in buffer.enumerated() where byte == 0 {
                argv.append(buffer.baseAddress! + start)
                start = index + 1
            }
            argv.append(nil)
            return posix_spawn(&pid, program, &actions, nil, argv, &environment)
        }
        close(ends[1])
        defer { close(ends[0]) }
        guard spawned == 0 else { return nil }
        let output = drain(ends[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0 ? output : nil
    }

    /// Reads to end of file, at most 1 MiB.
    private static func drain(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while bytes.count < 1 << 20 {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            bytes += chunk[0..<got]
        }
        return bytes
    }
}
