import Glibc

/// A file of `user:PHC` lines, as `kennwort-helper verify --store FILE` reads it.
///
/// The file holds password hashes, so it is refused unless it is a regular
/// file (not a symbolic link), owned by the expected owner (root) and has no
/// group or other permission bits. Empty lines and lines starting with `#`
/// are skipped; any other line must be `user:$argon2…`, with a user name of
/// no more than 255 bytes and no whitespace or control characters, and a
/// user may appear only once. One bad line refuses the whole store.
public struct PasswordStore: Sendable {
    /// The largest store read, so a wrong path cannot make the helper read forever.
    public static let maximumBytes = 16 << 20

    private var entries: [String: String]

    /// Reads and checks a store.
    ///
    /// - Parameters:
    ///   - path: The store file.
    ///   - owner: The uid that must own the file; root by default.
    /// - Throws: `KennwortError` `.dataMissing` when it cannot be opened, `.permissionRefused`
    ///   for a wrong type, owner or mode, `.dataInvalid` for a malformed line or a duplicate user.
    public init(path: String, owner: uid_t = 0) throws(KennwortError) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ELOOP { throw KennwortError(.permissionRefused, "the password store is a symbolic link", path: path) }
            throw KennwortError(.dataMissing, "cannot open the password store (errno \(errno))", path: path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw KennwortError(.dataMissing, "cannot read the password store's status", path: path)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw KennwortError(.permissionRefused, "the password store is not a regular file", path: path)
        }
        guard info.st_uid == owner else {
            throw KennwortError(.permissionRefused, "the password store must be owned by uid \(owner)", path: path)
        }
        guard info.st_mode & 0o077 == 0 else {
            throw KennwortError(.permissionRefused, "the password store must have mode 0600 (no group or other access)", path: path)
        }
        guard Int(info.st_size) <= Self.maximumBytes else {
            throw KennwortError(.dataInvalid, "the password store is larger than 16 MiB", path: path)
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var used = 0
        while used < bytes.count {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + used, $0.count - used) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw KennwortError(.dataMissing, "cannot read the password store (errno \(errno))", path: path) }
            if got == 0 { break }
            used += got
        }
        guard used < bytes.count else {
            throw KennwortError(.dataInvalid, "the password store changed while it was read", path: path)
        }
        entries = try Self.parse(bytes[0..<used], path: path)
    }

    /// The stored PHC string of a user.
    ///
    /// - Parameter user: The account name.
    /// - Returns: The PHC string, or `nil` when the store has no such user.
    public func hash(for user: String) -> String? { entries[user] }

    /// The number of users in the store.
    public var count: Int { entries.count }

    static func parse(_ bytes: ArraySlice<UInt8>, path: String) throws(KennwortError) -> [String: String] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw KennwortError(.dataInvalid, "the password store is not UTF-8 text", path: path)
        }
        var entries: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 2, isValidUser(fields[0]), fields[1].hasPrefix("$argon2"),
                !fields[1].utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F })
            else {
                throw KennwortError(.dataInvalid, "malformed line \(index + 1) in the password store (want user:$argon2…)", path: path)
            }
            guard entries.updateValue(String(fields[1]), forKey: String(fields[0])) == nil else {
                throw KennwortError(.dataInvalid, "line \(index + 1) repeats a user in the password store", path: path)
            }
        }
        return entries
    }

    /// Whether a user name is acceptable: 1–255 bytes of UTF-8 with no whitespace,
    /// control characters, `:` or `/`.
    ///
    /// PAM's user name is untrusted (it can hold a newline or a mistyped password), so
    /// the helper checks it with this before using it.
    ///
    /// - Parameter user: The name.
    /// - Returns: `true` when it is acceptable.
    public static func isValidUser(_ user: some StringProtocol) -> Bool {
        let bytes = user.utf8
        guard !bytes.isEmpty, bytes.count <= 255 else { return false }
        return !bytes.contains { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }
            && !user.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
    }
}
