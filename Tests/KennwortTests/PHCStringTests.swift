import Testing
@testable import Kennwort

@Suite("PHCString")
struct PHCStringTests {
    static let good = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
    static let salt = "c29tZXNhbHQ"
    static let tag = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"

    @Test("A good string parses and encodes back to itself")
    func roundTrip() throws {
        let parsed = try PHCString(parsing: Self.good)
        #expect(parsed.parameters.memoryKiB == 65536 && parsed.parameters.iterations == 2 && parsed.parameters.parallelism == 1)
        #expect(parsed.salt == Array("somesalt".utf8))
        #expect(parsed.encoded == Self.good)
    }

    @Test("Base64 round-trips every length", arguments: 0..<20)
    func base64(length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        #expect(PHCBase64.decode(Substring(PHCBase64.encode(bytes))) == bytes)
    }

    @Test("Malformed strings get the right code", arguments: [
        ("", "hash.malformed"),
        ("argon2id$v=19$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.malformed"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)", "hash.malformed"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)$\(tag)$", "hash.malformed"),
        ("$argon2id$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.malformed"),
        ("$argon2x$v=19$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.unknown-variant"),
        ("$ARGON2ID$v=19$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.unknown-variant"),
        ("$scrypt$v=19$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.unknown-variant"),
        ("$argon2id$v=16$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.bad-version"),
        ("$argon2id$v=20$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.bad-version"),
        ("$argon2id$x=19$m=65536,t=2,p=1$\(salt)$\(tag)", "hash.bad-version"),
        ("$argon2id$v=19$t=2,p=1$\(salt)$\(tag)", "hash.missing-parameter"),
        ("$argon2id$v=19$m=65536,p=1$\(salt)$\(tag)", "hash.missing-parameter"),
        ("$argon2id$v=19$m=65536,t=2$\(salt)$\(tag)", "hash.missing-parameter"),
        ("$argon2id$v=19$m=65536,t=2,t=2,p=1$\(salt)$\(tag)", "hash.duplicate-parameter"),
        ("$argon2id$v=19$m=65536,t=2,p=1,keyid=abc$\(salt)$\(tag)", "hash.unknown-parameter"),
        ("$argon2id$v=19$t=2,m=65536,p=1$\(salt)$\(tag)", "hash.unknown-parameter"),
        ("$argon2id$v=19$m=65536,t=0,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=65536,t=2,p=0$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=31,t=2,p=4$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=99999999999,t=2,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=4294967296,t=2,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=-1,t=2,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=+65536,t=2,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=065536,t=2,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m= 65536,t=2,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=65536,t=2,p=16777216$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=65536,t,p=1$\(salt)$\(tag)", "hash.bad-parameter"),
        ("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ=$\(tag)", "hash.bad-base64"),
        ("$argon2id$v=19$m=65536,t=2,p=1$c29t*XNhbHQ$\(tag)", "hash.bad-base64"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPd", "hash.bad-base64"),
        ("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ-$\(tag)", "hash.bad-base64"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)$CTFhFdXPJO1a_aMaO6Mm5c8y7cJHAph8ArZWb2GRPPc", "hash.bad-base64"),
        ("$argon2id$v=19$m=65536,t=2,p=1$$\(tag)", "hash.bad-salt-length"),
        ("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbA$\(tag)", "hash.bad-salt-length"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)$", "hash.bad-tag-length"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)$CTFh", "hash.bad-tag-length"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)$\(String(repeating: "AAAA", count: 400))", "hash.bad-tag-length"),
        ("$argon2id$v=19$m=65536,t=2,p=1$\(salt)$\(String(repeating: "A", count: 5000))", "hash.malformed"),
    ])
    func malformed(text: String, code: String) {
        let error = #expect(throws: KennwortError.self) { try PHCString(parsing: text) }
        #expect(error?.code.rawValue == code)
        #expect(error?.message.isEmpty == false)
    }

    @Test("Short and long but legal fields parse")
    func edges() throws {
        // 8-byte salt is libargon2's minimum; the argon2 CLI's example salt has exactly 8.
        #expect(try PHCString(parsing: "$argon2i$v=19$m=8,t=1,p=1$c29tZXNhbHQ$CTFhFQ").tag.count == 4)
    }
}
