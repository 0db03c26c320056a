import Glibc

/// Hashes and verifies passwords with Argon2, in PHC string format.
///
/// Passwords are validated (no NUL, valid UTF-8, not empty) and put in NFC
/// before hashing and verifying; see ``UnicodeNormalization``. A wrong
/// password makes ``verify(_:against:)`` return `false`; a malformed or
/// over-limit hash throws.
public struct Argon2Hasher: Sendable {
    /// The parameters for new hashes.
    public var parameters: Argon2Parameters
    /// The ceilings a stored hash must stay under to be verified.
    public var limits: Argon2VerificationLimits
    /// Threads per hash, or `nil` for one per lane up to the number of cores.
    public var threads: UInt32?

    /// Makes a hasher.
    ///
    /// - Parameters:
    ///   - parameters: For new hashes; ``Argon2Parameters/standard`` by default.
    ///   - limits: For verifying; by default ``Argon2VerificationLimits/standard``,
    ///     raised where `parameters` need more, so a hasher always verifies its own hashes.
    ///   - threads: Threads per hash; `nil` picks one per lane, at most one per core.
    public init(
        parameters: Argon2Parameters = .standard, limits: Argon2VerificationLimits? = nil, threads: UInt32? = nil
    ) {
        self.parameters = parameters
        self.limits = limits ?? Argon2VerificationLimits.standard.accommodating(parameters)
        self.threads = threads
    }

    /// Hashes a password with a fresh random salt.
    ///
    /// - Parameter password: The password.
    /// - Returns: The PHC string.
    /// - Throws: `KennwortError` `.passwordUnusable` for an empty, NUL-containing
    ///   or invalid password; `.hashBadParameter` and friends for bad parameters.
    public func hash(_ password: SecretBytes) throws(KennwortError) -> String {
        try hash(password, salt: Self.randomSalt(count: parameters.saltLength)).encoded
    }

    /// Hashes a password with a given salt; for tests and interoperability checks.
    ///
    /// - Parameters:
    ///   - password: The password.
    ///   - salt: The salt, at least 8 bytes.
    /// - Returns: The parsed PHC string.
    /// - Throws: `KennwortError` as ``hash(_:)``.
    public func hash(_ password: SecretBytes, salt: [UInt8]) throws(KennwortError) -> PHCString {
        var shape = parameters
        shape.saltLength = salt.count
        try shape.validate()
        let tag = try compute(Self.prepare(password), salt: salt, parameters: shape)
        return PHCString(parameters: shape, salt: salt, tag: tag)
    }

    /// Checks a password against a stored hash, in constant time.
    ///
    /// - Parameters:
    ///   - password: The password to check.
    ///   - encoded: The stored PHC string; untrusted input.
    /// - Returns: Whether the password matches.
    /// - Throws: `KennwortError` with a `hash.*` code for a malformed or
    ///   over-limit hash, `.passwordUnusable` for an unusable password.
    public func verify(_ password: SecretBytes, against encoded: String) throws(KennwortError) -> Bool {
        let stored = try PHCString(parsing: encoded)
        try limits.check(stored)
        let tag = try compute(Self.prepare(password), salt: stored.salt, parameters: stored.parameters)
        return Self.constantTimeEquals(tag, stored.tag)
    }

    /// Whether a stored hash should be recomputed with ``parameters`` at the next login.
    ///
    /// True for another variant or tag length, or less memory, fewer passes or fewer lanes.
    ///
    /// - Parameter encoded: The stored PHC string.
    /// - Returns: Whether to rehash.
    /// - Throws: `KennwortError` for a malformed hash.
    public func needsRehash(_ encoded: String) throws(KennwortError) -> Bool {
        Self.needsRehash(try PHCString(parsing: encoded).parameters, against: parameters)
    }

    /// Whether parameters `stored` are weaker than, or shaped unlike, `target`.
    ///
    /// - Parameters:
    ///   - stored: The parameters of a stored hash.
    ///   - target: The parameters new hashes get.
    /// - Returns: Whether to rehash.
    public static func needsRehash(_ stored: Argon2Parameters, against target: Argon2Parameters) -> Bool {
        stored.variant != target.variant
            || stored.tagLength != target.tagLength
            || stored.memoryKiB < target.memoryKiB
            || stored.iterations < target.iterations
            || stored.parallelism < target.parallelism
    }

    /// Validates and normalizes a password for hashing.
    static func prepare(_ password: SecretBytes) throws(KennwortError) -> SecretBytes {
        if let problem = InputValidation.problem(with: password) {
            throw KennwortError(.passwordUnusable, "the password cannot be hashed (\(problem.code))")
        }
        return UnicodeNormalization.nfc(password)
    }

    private func compute(_ password: SecretBytes, salt: [UInt8], parameters: Argon2Parameters) throws(KennwortError) -> [UInt8] {
        let cores = UInt32(max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let threadCount = min(max(1, threads ?? min(parameters.parallelism, cores)), parameters.parallelism)
        return try Argon2Binding.hash(
            password: password, salt: salt, variant: parameters.variant,
            iterations: parameters.iterations, memoryKiB: parameters.memoryKiB, lanes: parameters.parallelism,
            threads: threadCount, tagLength: parameters.tagLength)
    }

    /// Random bytes for salts from `SystemRandomNumberGenerator`, which is `getrandom(2)` on Linux.
    ///
    /// - Parameter count: How many bytes.
    /// - Returns: The bytes.
    public static func randomSalt(count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = generator.next() }
        return bytes
    }

    /// Compares two tags in time that depends only on their lengths.
    static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        lhs.withUnsafeBytes { left in rhs.withUnsafeBytes { right in ConstantTime.equals(left, right) } }
    }
}
