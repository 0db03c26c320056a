/// The most a stored hash may ask of the machine before it is even tried.
///
/// libargon2 runs whatever a hash string names: m=1 GiB cost 3.8 s and 1 GiB
/// per verify here, and t may be up to 2^32−1. A stored hash is untrusted,
/// so verification refuses anything over these ceilings, in microseconds.
public struct Argon2VerificationLimits: Sendable, Hashable {
    /// The most memory, in KiB.
    public var maximumMemoryKiB: UInt32
    /// The most passes.
    public var maximumIterations: UInt32
    /// The most lanes.
    public var maximumParallelism: UInt32
    /// The longest salt, in bytes.
    public var maximumSaltBytes: Int
    /// The longest tag, in bytes.
    public var maximumTagBytes: Int

    /// Makes limits.
    ///
    /// - Parameters:
    ///   - maximumMemoryKiB: 1 GiB by default.
    ///   - maximumIterations: 64 by default.
    ///   - maximumParallelism: 16 by default.
    ///   - maximumSaltBytes: 1 KiB by default.
    ///   - maximumTagBytes: 1 KiB by default.
    public init(
        maximumMemoryKiB: UInt32 = 1024 * 1024, maximumIterations: UInt32 = 64, maximumParallelism: UInt32 = 16,
        maximumSaltBytes: Int = 1024, maximumTagBytes: Int = 1024
    ) {
        self.maximumMemoryKiB = maximumMemoryKiB
        self.maximumIterations = maximumIterations
        self.maximumParallelism = maximumParallelism
        self.maximumSaltBytes = maximumSaltBytes
        self.maximumTagBytes = maximumTagBytes
    }

    /// The defaults: 1 GiB, t ≤ 64, p ≤ 16, salt and tag ≤ 1 KiB.
    public static let standard = Argon2VerificationLimits()

    /// These limits, raised where `parameters` need more.
    ///
    /// - Parameter parameters: Parameters that must stay verifiable, e.g. the `rfc9106-high` preset's 2 GiB.
    /// - Returns: The raised limits.
    public func accommodating(_ parameters: Argon2Parameters) -> Argon2VerificationLimits {
        var limits = self
        limits.maximumMemoryKiB = max(limits.maximumMemoryKiB, parameters.memoryKiB)
        limits.maximumIterations = max(limits.maximumIterations, parameters.iterations)
        limits.maximumParallelism = max(limits.maximumParallelism, parameters.parallelism)
        limits.maximumSaltBytes = max(limits.maximumSaltBytes, parameters.saltLength)
        limits.maximumTagBytes = max(limits.maximumTagBytes, parameters.tagLength)
        return limits
    }

    /// Refuses a hash that asks for more than these limits.
    ///
    /// - Parameter hash: The parsed hash.
    /// - Throws: `KennwortError` `.hashOverLimit` naming the parameter.
    public func check(_ hash: PHCString) throws(KennwortError) {
        let parameters = hash.parameters
        if parameters.memoryKiB > maximumMemoryKiB {
            throw KennwortError(.hashOverLimit, "m=\(parameters.memoryKiB) KiB exceeds the limit of \(maximumMemoryKiB) KiB")
        }
        if parameters.iterations > maximumIterations {
            throw KennwortError(.hashOverLimit, "t=\(parameters.iterations) exceeds the limit of \(maximumIterations)")
        }
        if parameters.parallelism > maximumParallelism {
            throw KennwortError(.hashOverLimit, "p=\(parameters.parallelism) exceeds the limit of \(maximumParallelism)")
        }
        if hash.salt.count > maximumSaltBytes {
            throw KennwortError(.hashOverLimit, "the salt exceeds the limit of \(maximumSaltBytes) bytes")
        }
        if hash.tag.count > maximumTagBytes {
            throw KennwortError(.hashOverLimit, "the hash exceeds the limit of \(maximumTagBytes) bytes")
        }
    }
}
