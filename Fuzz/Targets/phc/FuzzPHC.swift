import FuzzSupport
import Kennwort

/// Fuzzes PHC hash strings: parsing, re-encoding, the verification limits and the audit.
///
/// A string that parses must re-encode to itself (the parser accepts only the
/// canonical form). Only hashes within tiny limits (m ≤ 64 KiB, t ≤ 2, p ≤ 2,
/// salt and tag ≤ 64 bytes) are verified for real, so no input can ask for a
/// costly hash; everything else goes through the limit check alone.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPHC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    _ = HashAudit.inspect(text, against: .standard)
    let parsed: PHCString
    do {
        parsed = try PHCString(parsing: text)
    } catch {
        Fuzz.require(error.code.rawValue.hasPrefix("hash."), "parse error with code \(error.code)")
        return 0
    }
    Fuzz.require(parsed.encoded == text, "a parsed PHC string does not re-encode to itself")
    Fuzz.require((try? PHCString(parsing: parsed.encoded)) == parsed, "re-encoded PHC string parses differently")
    do {
        try Argon2VerificationLimits.standard.check(parsed)
    } catch {
        Fuzz.require(error.code == .hashOverLimit, "limit check failed with \(error.code)")
    }
    if (try? tinyLimits.check(parsed)) != nil {
        do {
            _ = try hasher.verify(password, against: text)
        } catch {
            Fuzz.require(error.code.rawValue.hasPrefix("hash."), "verify failed with \(error.code)")
        }
    } else {
        // Over the hasher's limits: refused before any hashing.
        do {
            _ = try hasher.verify(password, against: text)
            Fuzz.require(false, "a hash over the limits was verified")
        } catch {
            Fuzz.require(error.code == .hashOverLimit, "over-limit hash refused with \(error.code)")
        }
    }
    return 0
}

let tinyLimits = Argon2VerificationLimits(
    maximumMemoryKiB: 64, maximumIterations: 2, maximumParallelism: 2, maximumSaltBytes: 64, maximumTagBytes: 64)
let hasher = Argon2Hasher(parameters: .testing, limits: tinyLimits, threads: 1)
let password = SecretBytes(copying: Array("correct horse".utf8))
