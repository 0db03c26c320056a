/// What `kennwort-helper` is given, parsed without any I/O: the framed passwords on its
/// standard input, the user from `--user` or `PAM_USER`, and its configuration file.
///
/// Everything here is untrusted (pam_exec's environment values may hold newlines, a
/// configuration file may be damaged), so it is kept pure for tests and fuzzing.
public enum HelperRequest {
    /// The longest password accepted, in bytes (pam_exec cuts at 511).
    public static let passwordLimit = 4096

    /// Splits `new\0old\0`, the format `pam_kennwort.so` writes (`--stdin-format pam`).
    ///
    /// - Parameter bytes: Everything read from standard input.
    /// - Returns: The new password (or why it was not kept) and the old one, `nil` when empty.
    /// - Throws: `KennwortError` `.inputMalformed` unless there are exactly two NUL-terminated fields.
    public static func framedPasswords(_ bytes: UnsafeRawBufferPointer) throws(KennwortError) -> (new: SecretInput, old: SecretBytes?) {
        guard let first = bytes.firstIndex(of: 0), let second = bytes[(first + 1)...].firstIndex(of: 0),
              second == bytes.count - 1
        else { throw KennwortError(.inputMalformed, "--stdin-format pam wants exactly two NUL-terminated fields") }
        let new = first > passwordLimit ? SecretInput.tooLong : .secret(SecretBytes(copying: bytes[0..<first]))
        let old = second > first + 1 ? SecretBytes(copying: bytes[(first + 1)..<second]) : nil
        return (new, old)
    }

    /// The user: `option` (from `--user`), else `PAM_USER`; `nil` when neither is set.
    ///
    /// - Parameters:
    ///   - option: The `--user` value.
    ///   - environment: The process environment.
    /// - Returns: The user name.
    /// - Throws: `KennwortError` `.inputMalformed` for a name ``PasswordStore/isValidUser(_:)``
    ///   refuses; the name itself is not repeated, since it may be a mistyped password.
    public static func user(option: String?, environment: [String: String]) throws(KennwortError) -> String? {
        guard let name = option ?? environment["PAM_USER"] else { return nil }
        guard PasswordStore.isValidUser(name) else {
            throw KennwortError(.inputMalformed, "the user name is not acceptable (empty, too long, or has spaces, control characters, ':' or '/')")
        }
        return name
    }

    /// The language a helper configuration file sets (`lang = de|en`, `#` comments).
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - path: The file, for messages.
    /// - Returns: The language, or `nil` when the file sets none.
    /// - Throws: `KennwortError` `.configInvalid` for an unknown key or a bad value.
    public static func language(config text: String, path: String) throws(KennwortError) -> Language? {
        var language: Language?
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if line.allSatisfy(isSpace) { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map {
                String($0.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
            }
            guard parts.count == 2, parts[0] == "lang", let value = Language(rawValue: parts[1]) else {
                throw KennwortError(.configInvalid, "line \(index + 1): want lang = de or lang = en", path: path)
            }
            language = value
        }
        return language
    }
}
