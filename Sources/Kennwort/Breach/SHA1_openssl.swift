internal import CCrypto

/// SHA-1 from OpenSSL's libcrypto; the only code that calls it.
///
/// SHA-1 is here for Have I Been Pwned's format (lists of SHA-1 hashes), never for
/// security: the breach list stores a prefix of it as a lookup key.
enum SHA1 {
    /// The digest's length in bytes.
    static let length = 20

    /// Hashes bytes. The corresponding C functions are `SHA1_Init`, `SHA1_Update` and `SHA1_Final`.
    ///
    /// - Parameter bytes: The input.
    /// - Returns: The 20-byte digest.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: length)
        var empty: UInt8 = 0
        let ok = digest.withUnsafeMutableBufferPointer { out in
            withUnsafePointer(to: &empty) { fallback in
                kennwort_sha1(bytes.baseAddress ?? UnsafeRawPointer(fallback), bytes.count, out.baseAddress)
            }
        }
        // SHA-1 over memory cannot fail; a zero would mean a broken libcrypto.
        precondition(ok == 1, "libcrypto's SHA-1 failed")
        return digest
    }
}
