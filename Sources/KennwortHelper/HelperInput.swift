import Glibc
import Kennwort

/// Reads what the helper is given: the password, the user, small text files.
enum HelperInput {
    /// The longest password accepted, in bytes (pam_exec cuts at 511).
    static let limit = HelperRequest.passwordLimit

    /// The new password and, in the `pam` format, the old one.
    struct Passwords {
        var new: SecretInput
        var old: SecretBytes?
    }

    /// Reads the password(s) from standard input.
    ///
    /// - Parameter format: `raw` (one line) or `pam` (`new\0old\0`).
    /// - Returns: The passwords.
    /// - Throws: `KennwortError` when stdin cannot be read or has the wrong shape.
    static func passwords(format: HelperOptions.StdinFormat) throws(KennwortError) -> Passwords {
        switch format {
        case .raw:
            return Passwords(new: try SecretReader(limit: limit).read(prompts: ["Password: "])[0])
        case .pam:
            return try framed()
        }
    }

    /// Reads `new\0old\0` into one wiped buffer and splits it.
    private static func framed() throws(KennwortError) -> Passwords {
        let capacity = 2 * (limit + 1)
        var overflow = false
        let all = try SecretBytes(capacity: capacity) { (buffer) throws(KennwortError) -> Int in
            var used = 0
            var byte: UInt8 = 0
            defer { byte = 0 }
            while true {
                let got = used < buffer.count
                    ? read(STDIN_FILENO, buffer.baseAddress! + used, buffer.count - used)
                    : read(STDIN_FILENO, &byte, 1)
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else { throw KennwortError(.inputUnreadable, "cannot read standard input (errno \(errno))") }
                if got == 0 { break }
                if used < buffer.count { used += got } else { overflow = true }
            }
            return used
        }
        guard !overflow else { throw KennwortError(.inputMalformed, "standard input is longer than two passwords") }
        let (new, old) = try all.withUnsafeBytes { (bytes) throws(KennwortError) in try HelperRequest.framedPasswords(bytes) }
        return Passwords(new: new, old: old)
    }

    /// The user: `--user`, else `PAM_USER`; `nil` when neither is set.
    ///
    /// - Parameter option: The `--user` value.
    /// - Returns: The user name.
    /// - Throws: `KennwortError` `.inputMalformed` for a name ``PasswordStore/isValidUser(_:)``
    ///   refuses; the name itself is not repeated, since it may be a mistyped password.
    static func user(option: String?) throws(KennwortError) -> String? {
        var pam: [String: String] = [:]
        pam["PAM_USER"] = environment("PAM_USER")
        return try HelperRequest.user(option: option, environment: pam)
    }

    /// One environment variable, or `nil`.
    ///
    /// - Parameter name: The variable.
    /// - Returns: Its value when set, decoded as UTF-8 (invalid bytes replaced).
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The environment the library reads for its cache folder.
    static var cacheEnvironment: [String: String] {
        var result: [String: String] = [:]
        for key in ["XDG_CACHE_HOME", "HOME"] { result[key] = environment(key) }
        return result
    }
}

/// Reads small text files with read(2), without Foundation.
enum TextFile {
    /// Reads a whole UTF-8 file.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - limit: The most bytes accepted.
    /// - Returns: The text, or `nil` when the file does not exist.
    /// - Throws: `KennwortError` `.configInvalid` when it exists but cannot be read, is too
    ///   large or is not UTF-8.
    static func read(_ path: String, limit: Int) throws(KennwortError) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw KennwortError(.configInvalid, "cannot read the file (errno \(errno))", path: path)
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: limit + 1)
        var used = 0
        while used < bytes.count {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + used, $0.count - used) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw KennwortError(.configInvalid, "cannot read the file (errno \(errno))", path: path) }
            if got == 0 { break }
            used += got
        }
        guard used <= limit, let text = String(validating: bytes[0..<used], as: UTF8.self) else {
            throw KennwortError(.configInvalid, "the file is too large or not UTF-8 text", path: path)
        }
        return text
    }
}
