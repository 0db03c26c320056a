import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("Argon2Hasher")
struct Argon2HasherTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test("RFC 9106 §5 test vectors, with secret and associated data", arguments: [
        (Argon2Variant.argon2d, "512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb"),
        (.argon2i, "c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8"),
        (.argon2id, "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"),
    ])
    func rfc9106(variant: Argon2Variant, expected: String) throws {
        let tag = try Argon2Binding.hash(
            password: SecretBytes(copying: [UInt8](repeating: 1, count: 32)), salt: [UInt8](repeating: 2, count: 16),
            variant: variant, iterations: 3, memoryKiB: 32, lanes: 4, threads: 4, tagLength: 32,
            secret: [UInt8](repeating: 3, count: 8), associatedData: [UInt8](repeating: 4, count: 12))
        #expect(Self.hex(tag) == expected)
    }

    static let phcVector = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"

    @Test("The phc-winner-argon2 vector verifies, and is reproduced from its salt")
    func phcVector() throws {
        let hasher = Argon2Hasher(parameters: Argon2Parameters(memoryKiB: 65536, iterations: 2, parallelism: 1))
        #expect(try hasher.verify(SecretBytes("password"), against: Self.phcVector))
        #expect(try !hasher.verify(SecretBytes("passwort"), against: Self.phcVector))
        #expect(try hasher.hash(SecretBytes("password"), salt: Array("somesalt".utf8)).encoded == Self.phcVector)
    }

    @Test("New hashes: Argon2id, 16-byte salt, 32-byte tag, fresh salt each time")
    func newHashes() throws {
        let hasher = Argon2Hasher(parameters: .testing)
        let first = try PHCString(parsing: hasher.hash(SecretBytes("Sommer2024!")))
        let second = try PHCString(parsing: hasher.hash(SecretBytes("Sommer2024!")))
        #expect(first.parameters.variant == .argon2id)
        #expect(first.salt.count == 16 && first.tag.count == 32)
        #expect(first.salt != second.salt)
        #expect(first.tag != second.tag)
    }

    @Test("Unusable passwords are refused, not hashed", arguments: [
        Array("Xk9#mQ2!vL7p".utf8) + [0] + Array("password".utf8), [0xC3, 0x28], [],
    ])
    func unusable(bytes: [UInt8]) {
        let error = #expect(throws: KennwortError.self) { try Argon2Hasher(parameters: .testing).hash(SecretBytes(copying: bytes)) }
        #expect(error?.code == .passwordUnusable)
    }

    @Test("Composed and decomposed umlauts give the same hash (NFC)")
    func normalization() throws {
        let hasher = Argon2Hasher(parameters: .testing)
        let salt = Array("0123456789abcdef".utf8)
        let composed = try hasher.hash(SecretBytes("Gr\u{FC}\u{DF}e"), salt: salt)
        let decomposed = try hasher.hash(SecretBytes("Gru\u{308}\u{DF}e"), salt: salt)
        #expect(composed == decomposed)
        #expect(try hasher.verify(SecretBytes("Gru\u{308}\u{DF}e"), against: composed.encoded))
    }

    @Test("Hashes over the verification limits are refused before any work", arguments: [
        "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=4294967295,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=64$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
    ])
    func overLimit(hash: String) {
        let error = #expect(throws: KennwortError.self) { try Argon2Hasher().verify(SecretBytes("password"), against: hash) }
        #expect(error?.code == .hashOverLimit)
    }

    @Test("Limits are configurable")
    func customLimits() throws {
        var hasher = Argon2Hasher()
        hasher.limits.maximumMemoryKiB = 1024
        let error = #expect(throws: KennwortError.self) { try hasher.verify(SecretBytes("password"), against: Self.phcVector) }
        #expect(error?.code == .hashOverLimit)
    }

    /// Rows: stored parameters, target preset, expected answer.
    @Test("needsRehash truth table over presets", arguments: [
        ("owasp", "owasp", false), ("owasp", "rfc9106-low", true), ("owasp", "rfc9106-high", true),
        ("rfc9106-low", "owasp", false), ("rfc9106-low", "rfc9106-low", false), ("rfc9106-low", "rfc9106-high", true),
        ("rfc9106-high", "rfc9106-low", true), ("rfc9106-high", "owasp", true), ("rfc9106-high", "rfc9106-high", false),
        ("testing", "owasp", true), ("testing", "testing", false), ("owasp", "testing", false),
    ])
    func needsRehash(stored: String, target: String, expected: Bool) throws {
        let storedParameters = try #require(Argon2Parameters.preset(named: stored))
        let targetParameters = try #require(Argon2Parameters.preset(named: target))
        #expect(Argon2Hasher.needsRehash(storedParameters, against: targetParameters) == expected)
    }

    @Test("needsRehash: variant and tag length count, stronger costs do not")
    func needsRehashShape() throws {
        let target = Argon2Parameters.testing
        var other = target
        other.variant = .argon2i
        #expect(Argon2Hasher.needsRehash(other, against: target))
        other = target
        other.tagLength = 16
        #expect(Argon2Hasher.needsRehash(other, against: target))
        other = target
        other.memoryKiB *= 4
        other.iterations += 1
        #expect(!Argon2Hasher.needsRehash(other, against: target))
        let stored = try Argon2Hasher(parameters: .testing).hash(SecretBytes("x-password"))
        #expect(try Argon2Hasher(parameters: .owasp).needsRehash(stored))
        #expect(try !Argon2Hasher(parameters: .testing).needsRehash(stored))
    }

    @Test("Calibration returns parameters it measured within the budget")
    func calibration() throws {
        let result = try Argon2Calibration.calibrate(targetMilliseconds: 40, maximumMemoryKiB: 8 * 1024, runs: 1)
        #expect(result.parameters.memoryKiB <= 8 * 1024)
        #expect(result.trials.contains { $0.memoryKiB == result.parameters.memoryKiB && $0.iterations == result.parameters.iterations })
        #expect(Set(result.trials.map(\.parallelism)).count >= 2, "lanes are measured, not assumed")
        try result.parameters.validate()
    }
}

@Suite("Argon2VerificationLimits")
struct Argon2VerificationLimitsTests {
    @Test("A hasher always accepts its own preset, even above the default ceiling")
    func accommodates() throws {
        let high = Argon2Hasher(parameters: .rfc9106High)
        #expect(high.limits.maximumMemoryKiB == Argon2Parameters.rfc9106High.memoryKiB)
        #expect(Argon2Hasher().limits == .standard)
        let stored = try PHCString(parsing: "$argon2id$v=19$m=2097152,t=1,p=4$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")
        #expect(throws: KennwortError.self) { try Argon2VerificationLimits.standard.check(stored) }
        try high.limits.check(stored)
    }
}
