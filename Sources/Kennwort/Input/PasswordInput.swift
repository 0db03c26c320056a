/// Turns what the reader returned into a password to hash or verify.
public enum PasswordInput {
    /// The secret, or an error naming why it cannot be used.
    ///
    /// - Parameter input: One entry from the reader.
    /// - Returns: The usable password.
    /// - Throws: `KennwortError` `.passwordUnusable` naming the input finding code.
    public static func secret(_ input: SecretInput) throws(KennwortError) -> SecretBytes {
        if let problem = InputValidation.problem(with: input) {
            throw KennwortError(.passwordUnusable, "the password cannot be used (\(problem.code))")
        }
        guard case .secret(let secret) = input else { throw KennwortError(.passwordUnusable, "no password") }
        return secret
    }
}
