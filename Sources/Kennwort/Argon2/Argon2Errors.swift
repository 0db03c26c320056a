// Error codes for Argon2 hashing and PHC strings. A wrong password is never one of them.

extension KennwortError.Code {
    /// The text is not a PHC string at all (wrong number of `$` fields, empty).
    public static let hashMalformed = Self(rawValue: "hash.malformed")
    /// The algorithm is not argon2id, argon2i or argon2d.
    public static let hashUnknownVariant = Self(rawValue: "hash.unknown-variant")
    /// The version is missing or not 19 (0x13).
    public static let hashBadVersion = Self(rawValue: "hash.bad-version")
    /// One of m, t, p is missing.
    public static let hashMissingParameter = Self(rawValue: "hash.missing-parameter")
    /// A parameter appears twice.
    public static let hashDuplicateParameter = Self(rawValue: "hash.duplicate-parameter")
    /// A parameter other than m, t, p, or parameters out of the order m, t, p.
    public static let hashUnknownParameter = Self(rawValue: "hash.unknown-parameter")
    /// A parameter is not a plain decimal number in libargon2's range (t=0, p=0, m < 8·p, …).
    public static let hashBadParameter = Self(rawValue: "hash.bad-parameter")
    /// The salt or tag is not unpadded standard Base64.
    public static let hashBadBase64 = Self(rawValue: "hash.bad-base64")
    /// The salt is shorter than 8 bytes or longer than the limit.
    public static let hashBadSaltLength = Self(rawValue: "hash.bad-salt-length")
    /// The tag is shorter than 4 bytes or longer than the limit.
    public static let hashBadTagLength = Self(rawValue: "hash.bad-tag-length")
    /// The stored hash asks for more memory, time or lanes than verification allows.
    public static let hashOverLimit = Self(rawValue: "hash.over-limit")
    /// libargon2 refused to compute (e.g. out of memory).
    public static let hashComputationFailed = Self(rawValue: "hash.computation-failed")
    /// The password cannot be hashed: empty, NUL, invalid UTF-8 or too long.
    public static let passwordUnusable = Self(rawValue: "password.unusable")
}
