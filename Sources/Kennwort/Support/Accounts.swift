import Glibc

/// Facts about accounts from the passwd database.
///
/// Without glibc's `getpwnam`: its NSS modules (systemd, sss, ldap) cannot load into a
/// statically linked program such as kennwort-helper, where `getpwnam` crashes for a user
/// not in `/etc/passwd`. So `/etc/passwd` is read directly, and `getent passwd`, a normal
/// dynamic program, is asked for any other account (LDAP, SSSD). The CLI uses the same code.
public enum Accounts {
    static let passwdFile = "/etc/passwd"
    static let getent = "/usr/bin/getent"

    /// The GECOS field (real name and more) of an account.
    ///
    /// - Parameter user: The account name; never a password.
    /// - Returns: The GECOS text, or `nil` when the account is unknown or the field is empty.
    public static func gecos(of user: String) -> String? {
        guard !user.isEmpty, !user.contains(":"), !user.contains("\n") else { return nil }
        if let line = entry(of: user, in: FileChecks.contents(passwdFile)) { return field(line) }
        return entry(of: user, in: run(getent, ["passwd", user])).flatMap(field)
    }

    /// The `passwd` line of `user` in `text`.
    static func entry(of user: String, in text: [UInt8]?) -> [UInt8]? {
        guard let text else { return nil }
        let prefix = Array(user.utf8) + [UInt8(ascii: ":")]
        // Line by line until the match, without splitting the whole file first.
        var start = 0
        while start < text.count {
            let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
            if text[start..<end].starts(with: prefix) { return Array(text[start..<end]) }
            start = end + 1
        }
        return nil
    }

    /// The fifth field of a `passwd` line, when not empty.
    static func field(_ line: [UInt8]) -> String? {
        let fields = line.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard fields.count >= 5, !fields[4].isEmpty else { return nil }
        return String(decoding: fields[4], as: UTF8.self)
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
        let output = FileChecks.drain(ends[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0 ? output : nil
    }
}
