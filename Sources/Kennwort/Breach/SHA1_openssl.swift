internal import CCrypto

/// SHA-1 from OpenSSL's libcrypto; the only code that calls it.
///
/// SHA-1 is here for Have I Been Pwned's format (lists of SHA-1 hashes), never for
/// security: the breach list stores a prefix of it as a lookup key.
enum SHA1 {
    /// The digest's length in bytes.
    static let length = 20

    /// Hashes bytes. The corresponding C function is `EVP_Digest` with `EVP_sha1()`.
    ///
    /// - Parameter bytes: The input.
    /// - Returns: The 20-byte digest.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: length)
        var written: UInt32 = 0
        var empty: UInt8 = 0
        let ok = digest.withUnsafeMutableBufferPointer { out in
            withUnsafePointer(to: &empty) { fallback in
                EVP_Digest(bytes.baseAddress ?? UnsafeRawPointer(fallback), bytes.count, out.baseAddress, &written, EVP_sha1(), nil)
            }
        }
        // Only an allocation failure inside libcrypto can make a one-shot digest fail.
        precondition(ok == 1 && written == UInt32(length), "libcrypto's SHA-1 failed")
        return digest
    }
}
