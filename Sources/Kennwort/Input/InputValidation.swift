/// The checks every password passes before any other check sees it.
public enum InputValidation {
    /// Finds why a password cannot be judged: empty, NUL, invalid UTF-8 or too long.
    ///
    /// - Parameter input: One password as the reader returned it.
    /// - Returns: The finding, or `nil` when the password can go on to the checks.
    public static func problem(with input: SecretInput) -> Finding? {
        switch input {
        case .tooLong:
            return Finding(.inputTooLong)
        case .endOfInput:
            return Finding(.inputEmpty)
        case .secret(let secret):
            return problem(with: secret)
        }
    }

    /// Finds why a password cannot be judged.
    ///
    /// A NUL is refused rather than cut off: cracklib would check only the
    /// part before it, while Argon2 would hash all of it. Invalid UTF-8 is
    /// refused rather than repaired, so different inputs never collide.
    ///
    /// - Parameter secret: The password's bytes.
    /// - Returns: The finding, or `nil` when the password can go on to the checks.
    public static func problem(with secret: SecretBytes) -> Finding? {
        if secret.count == 0 { return Finding(.inputEmpty) }
        if secret.containsNUL { return Finding(.inputContainsNUL) }
        if !isValidUTF8(secret) { return Finding(.inputInvalidUTF8) }
        return nil
    }

    /// Whether the bytes are valid UTF-8, checked without copying them into a `String`.
    static func isValidUTF8(_ secret: SecretBytes) -> Bool {
        secret.withUnsafeBytes { bytes in
            var iterator = bytes.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }
}
