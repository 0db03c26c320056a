/// Puts passwords into Unicode Normalization Form C before any check or hash.
///
/// "ä" can be typed as one code point (U+00E4) or as "a" plus a combining
/// diaeresis (U+0308); macOS keyboards and some web forms send the second.
/// NFC makes both the same bytes, so the same password always gives the same
/// verdict and the same Argon2 hash. **Changing this form later breaks every
/// stored hash**, so it is fixed: NFC, as RFC 8265 (PRECIS) recommends.
public enum UnicodeNormalization {
    /// The NFC form of a password.
    ///
    /// ASCII is already NFC and is returned as is, without a copy in a
    /// `String`. Other text passes through a short-lived `String`, the only
    /// normalizer the standard library offers (its `_nfcCodeUnits`).
    ///
    /// - Parameter secret: Valid UTF-8 bytes.
    /// - Returns: The NFC bytes; `secret` itself when nothing changes.
    public static func nfc(_ secret: SecretBytes) -> SecretBytes {
        let isASCII = secret.withUnsafeBytes { bytes in bytes.allSatisfy { $0 < 0x80 } }
        if isASCII { return secret }
        let text = secret.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        var units: [UInt8] = []
        units.reserveCapacity(secret.count + 8)
        text._withNFCCodeUnits { units.append($0) }
        defer { units.withUnsafeMutableBytes { SecretBytes.wipe($0) } }
        let normalized = SecretBytes(copying: units)
        return normalized.constantTimeEquals(secret) ? secret : normalized
    }
}
