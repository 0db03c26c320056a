/// An Argon2 hash in PHC string format: `$argon2id$v=19$m=65536,t=3,p=4$SALT$TAG`.
///
/// Parsing is strict, and pure Swift: libargon2's own decoder accepts short
/// tags and any cost, and a stored hash is untrusted input.
public struct PHCString: Sendable, Hashable {
    /// The variant and costs, with the salt and tag lengths of this hash.
    public var parameters: Argon2Parameters
    /// The salt.
    public var salt: [UInt8]
    /// The tag (the hash output).
    public var tag: [UInt8]

    /// The only version Kennwort reads and writes: 19 (0x13).
    public static let version = 19
    /// The longest salt or tag a PHC string may carry, before any verification limit.
    public static let maximumFieldBytes = 1024

    /// Makes a PHC string from its parts.
    ///
    /// - Parameters:
    ///   - parameters: The variant and costs; its salt and tag lengths are taken from `salt` and `tag`.
    ///   - salt: The salt.
    ///   - tag: The tag.
    public init(parameters: Argon2Parameters, salt: [UInt8], tag: [UInt8]) {
        var parameters = parameters
        parameters.saltLength = salt.count
        parameters.tagLength = tag.count
        self.parameters = parameters
        self.salt = salt
        self.tag = tag
    }

    /// Parses a PHC string.
    ///
    /// - Parameter text: The encoded hash.
    /// - Throws: `KennwortError` with a `hash.*` code naming what is wrong.
    public init(parsing text: String) throws(KennwortError) {
        // The length first: splitting an attacker's 100 KB of "$" before refusing it cost milliseconds.
        guard text.utf8.count <= 4096 else {
            throw KennwortError(.hashMalformed, "not a PHC string: longer than 4096 bytes")
        }
        let fields = text.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0].isEmpty else {
            throw KennwortError(.hashMalformed, "not a PHC string: expected $variant$v=19$m=…,t=…,p=…$salt$hash")
        }
        guard let variant = Argon2Variant(rawValue: String(fields[1])) else {
            throw KennwortError(.hashUnknownVariant, "unknown variant; expected argon2id, argon2i or argon2d")
        }
        guard fields[2].hasPrefix("v=") else {
            throw KennwortError(.hashBadVersion, "the version field v=19 is missing")
        }
        guard try Self.number(fields[2].dropFirst(2), name: "v") == UInt32(Self.version) else {
            throw KennwortError(.hashBadVersion, "only version 19 (0x13) is supported")
        }
        let costs = try Self.costs(fields[3])
        guard let salt = PHCBase64.decode(fields[4]) else {
            throw KennwortError(.hashBadBase64, "the salt is not unpadded standard Base64")
        }
        guard let tag = PHCBase64.decode(fields[5]) else {
            throw KennwortError(.hashBadBase64, "the hash is not unpadded standard Base64")
        }
        guard salt.count >= 8, salt.count <= Self.maximumFieldBytes else {
            throw KennwortError(.hashBadSaltLength, "the salt has \(salt.count) bytes; 8 to \(Self.maximumFieldBytes) are allowed")
        }
        guard tag.count >= 4, tag.count <= Self.maximumFieldBytes else {
            throw KennwortError(.hashBadTagLength, "the hash has \(tag.count) bytes; 4 to \(Self.maximumFieldBytes) are allowed")
        }
        let parameters = Argon2Parameters(
            variant: variant, memoryKiB: costs.m, iterations: costs.t, parallelism: costs.p,
            saltLength: salt.count, tagLength: tag.count)
        try parameters.validate()
        self.init(parameters: parameters, salt: salt, tag: tag)
    }

    /// The PHC string.
    public var encoded: String {
        "$\(parameters.variant.rawValue)$v=\(Self.version)$m=\(parameters.memoryKiB),t=\(parameters.iterations),"
            + "p=\(parameters.parallelism)$\(PHCBase64.encode(salt))$\(PHCBase64.encode(tag))"
    }

    /// Parses `m=…,t=…,p=…`, in that order, each exactly once.
    private static func costs(_ field: Substring) throws(KennwortError) -> (m: UInt32, t: UInt32, p: UInt32) {
        var values: [String: UInt32] = [:]
        var order: [String] = []
        for pair in field.split(separator: ",", omittingEmptySubsequences: false) {
            guard let equals = pair.firstIndex(of: "=") else {
                throw KennwortError(.hashBadParameter, "a parameter has no value")
            }
            let key = String(pair[..<equals])
            guard ["m", "t", "p"].contains(key) else {
                throw KennwortError(.hashUnknownParameter, "unknown parameter \"\(key.prefix(16))\"; only m, t and p are allowed")
            }
            guard values[key] == nil else {
                throw KennwortError(.hashDuplicateParameter, "parameter \(key) appears twice")
            }
            values[key] = try number(pair[pair.index(after: equals)...], name: key)
            order.append(key)
        }
        for key in ["m", "t", "p"] where values[key] == nil {
            throw KennwortError(.hashMissingParameter, "parameter \(key) is missing")
        }
        guard order == ["m", "t", "p"] else {
            throw KennwortError(.hashUnknownParameter, "parameters must come in the order m, t, p")
        }
        return (values["m"]!, values["t"]!, values["p"]!)
    }

    /// A decimal number without sign or leading zeros that fits in 32 bits.
    private static func number(_ text: Substring, name: String) throws(KennwortError) -> UInt32 {
        let digits = text.utf8
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              digits.first != 48 || digits.count == 1,
              let value = UInt32(text)
        else {
            throw KennwortError(.hashBadParameter, "\(name) must be a plain decimal number below 2^32")
        }
        return value
    }
}
