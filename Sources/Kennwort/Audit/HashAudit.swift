/// What a stored password hash is, without ever trying to crack it.
public struct HashAuditEntry: Sendable {
    /// The scheme: `argon2id`, `yescrypt`, `sha512crypt`, `md5crypt`, `des`, `bcrypt`, `locked`, `empty`, …
    public var scheme: String
    /// The Argon2 parameters, for Argon2 hashes.
    public var parameters: Argon2Parameters?
    /// For Argon2: whether it is weaker than the preset; for other schemes: true (move to Argon2).
    public var needsRehash: Bool
    /// The finding: `audit.ok`, `audit.needs-rehash`, `audit.legacy-scheme`, `audit.weak-scheme`, …
    public var code: FindingCode

    public init(scheme: String, parameters: Argon2Parameters? = nil, needsRehash: Bool, code: FindingCode) {
        self.scheme = scheme
        self.parameters = parameters
        self.needsRehash = needsRehash
        self.code = code
    }
}

/// Classifies stored hashes: Argon2 with its parameters, other crypt(3) schemes by name.
public enum HashAudit {
    /// Inspects one stored hash field (the second field of a shadow line).
    ///
    /// - Parameters:
    ///   - field: The hash as stored.
    ///   - target: The preset new hashes get.
    /// - Returns: What it is and what to do.
    public static func inspect(_ field: String, against target: Argon2Parameters) -> HashAuditEntry {
        if field.isEmpty { return HashAuditEntry(scheme: "empty", needsRehash: false, code: .auditEmptyPassword) }
        if field.hasPrefix("!") || field == "*" || field.hasPrefix("*") {
            return HashAuditEntry(scheme: "locked", needsRehash: false, code: .auditLocked)
        }
        if field.hasPrefix("$argon2") {
            guard let parsed = try? PHCString(parsing: field) else {
                return HashAuditEntry(scheme: "argon2", needsRehash: true, code: .auditMalformed)
            }
            let rehash = Argon2Hasher.needsRehash(parsed.parameters, against: target)
            return HashAuditEntry(
                scheme: parsed.parameters.variant.rawValue, parameters: parsed.parameters, needsRehash: rehash,
                code: rehash ? .auditNeedsRehash : .auditOK)
        }
        let schemes: [(prefix: String, name: String, weak: Bool)] = [
            ("$y$", "yescrypt", false), ("$gy$", "gost-yescrypt", false), ("$7$", "scrypt", false),
            ("$2b$", "bcrypt", false), ("$2a$", "bcrypt", false), ("$2y$", "bcrypt", false),
            ("$6$", "sha512crypt", false), ("$5$", "sha256crypt", false),
            ("$1$", "md5crypt", true), ("$md5", "sunmd5", true), ("_", "bsdicrypt", true),
        ]
        for scheme in schemes where field.hasPrefix(scheme.prefix) {
            return HashAuditEntry(scheme: scheme.name, needsRehash: true, code: scheme.weak ? .auditWeakScheme : .auditLegacyScheme)
        }
        let des = field.count == 13 && field.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "/") }
        if des { return HashAuditEntry(scheme: "des", needsRehash: true, code: .auditWeakScheme) }
        return HashAuditEntry(scheme: "unknown", needsRehash: true, code: .auditMalformed)
    }
}
