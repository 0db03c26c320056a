/// An Argon2 variant, named as in PHC strings.
public enum Argon2Variant: String, Sendable, Hashable, Codable, CaseIterable {
    /// Hybrid; the default for new hashes (RFC 9106 §4).
    case argon2id
    /// Data-independent; accepted for verifying.
    case argon2i
    /// Data-dependent; accepted for verifying.
    case argon2d
}

/// The cost and shape of an Argon2 hash.
public struct Argon2Parameters: Sendable, Hashable, Codable {
    /// The variant.
    public var variant: Argon2Variant
    /// Memory in KiB (m).
    public var memoryKiB: UInt32
    /// Passes over memory (t).
    public var iterations: UInt32
    /// Lanes (p); part of the hash. Threads are chosen separately.
    public var parallelism: UInt32
    /// Bytes of random salt for new hashes.
    public var saltLength: Int
    /// Bytes of output tag.
    public var tagLength: Int

    /// Makes parameters; checks nothing (see ``validate()``).
    ///
    /// - Parameters:
    ///   - variant: The variant; Argon2id by default.
    ///   - memoryKiB: Memory in KiB.
    ///   - iterations: Passes.
    ///   - parallelism: Lanes.
    ///   - saltLength: Salt bytes for new hashes, 16 by default.
    ///   - tagLength: Tag bytes, 32 by default.
    public init(
        variant: Argon2Variant = .argon2id, memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32,
        saltLength: Int = 16, tagLength: Int = 32
    ) {
        self.variant = variant
        self.memoryKiB = memoryKiB
        self.iterations = iterations
        self.parallelism = parallelism
        self.saltLength = saltLength
        self.tagLength = tagLength
    }

    /// Checks libargon2's rules: t ≥ 1, 1 ≤ p < 2^24, m ≥ 8·p, salt ≥ 8, tag ≥ 4.
    ///
    /// - Throws: `KennwortError` `.hashBadParameter`, `.hashBadSaltLength` or `.hashBadTagLength`.
    public func validate() throws(KennwortError) {
        guard iterations >= 1 else { throw KennwortError(.hashBadParameter, "t must be at least 1") }
        guard parallelism >= 1, parallelism <= 0xFF_FFFF else {
            throw KennwortError(.hashBadParameter, "p must be between 1 and 16777215")
        }
        guard UInt64(memoryKiB) >= 8 * UInt64(parallelism) else {
            throw KennwortError(.hashBadParameter, "m must be at least 8·p KiB")
        }
        guard saltLength >= 8, saltLength <= 1024 else {
            throw KennwortError(.hashBadSaltLength, "the salt must have 8 to 1024 bytes")
        }
        guard tagLength >= 4, tagLength <= 1024 else {
            throw KennwortError(.hashBadTagLength, "the tag must have 4 to 1024 bytes")
        }
    }
}

/// Named parameter sets, like argon2-cffi's `profiles`.
extension Argon2Parameters {
    /// RFC 9106 §4, first recommended option: t=1, p=4, 2 GiB. For machines with memory to spare.
    public static let rfc9106High = Argon2Parameters(memoryKiB: 2 * 1024 * 1024, iterations: 1, parallelism: 4)
    /// RFC 9106 §4, second recommended option: t=3, p=4, 64 MiB. Kennwort's default.
    public static let rfc9106Low = Argon2Parameters(memoryKiB: 64 * 1024, iterations: 3, parallelism: 4)
    /// OWASP Password Storage Cheat Sheet: t=2, m=19 MiB, p=1.
    public static let owasp = Argon2Parameters(memoryKiB: 19 * 1024, iterations: 2, parallelism: 1)
    /// TESTS ONLY: the cheapest parameters libargon2 accepts. Never store a real password with these.
    public static let testing = Argon2Parameters(memoryKiB: 8, iterations: 1, parallelism: 1)

    /// The default for new hashes: ``rfc9106Low``.
    public static let standard = rfc9106Low

    /// Every preset by its CLI name.
    public static let presets: [(name: String, parameters: Argon2Parameters)] = [
        ("rfc9106-high", rfc9106High),
        ("rfc9106-low", rfc9106Low),
        ("owasp", owasp),
        ("testing", testing),
    ]

    /// The preset with `name`, or `nil`.
    ///
    /// - Parameter name: `rfc9106-high`, `rfc9106-low`, `owasp` or `testing`.
    /// - Returns: The parameters.
    public static func preset(named name: String) -> Argon2Parameters? {
        presets.first { $0.name == name }?.parameters
    }
}
