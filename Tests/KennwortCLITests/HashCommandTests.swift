import Foundation
import Testing
import KennwortTestSupport

/// `kennwort hash`, `verify`, `hash-info` and `calibrate`, run as built.
@Suite("kennwort hash and verify")
struct HashCommandTests {
    func kennwort(_ arguments: [String], input: String = "") throws -> ProcessResult {
        try ProcessRunner.run(TestPaths.kennwort, arguments, input: Data(input.utf8))
    }

    @Test("hash then verify round-trips; a wrong password exits 1; nothing leaks")
    func roundTrip() throws {
        let password = "Grüße aus Köln 🔑 2024"
        let hashed = try kennwort(["hash", "--preset", "testing"], input: password + "\n")
        #expect(hashed.status == 0)
        #expect(hashed.errors.isEmpty)
        let hash = hashed.output.trimmingCharacters(in: .newlines)
        #expect(hash.hasPrefix("$argon2id$v=19$m=8,t=1,p=1$"))
        #expect(hashed.output.split(separator: "\n").count == 1, "only the PHC string on stdout")

        let good = try kennwort(["verify", hash], input: password)
        #expect(good.status == 0)
        let bad = try kennwort(["verify", hash], input: "Grüße aus Köln 🔑 2023")
        #expect(bad.status == 1)
        for result in [hashed, good, bad] {
            #expect(!result.output.contains(password) && !result.errors.contains(password))
            #expect(!result.output.contains("Köln") && !result.errors.contains("Köln"))
        }
    }

    @Test("Explicit costs and type override the preset")
    func explicitCosts() throws {
        let result = try kennwort(["hash", "-t", "2", "-m", "64", "-p", "2", "--type", "i"], input: "Xk9#mQ2!vL7p")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("$argon2i$v=19$m=64,t=2,p=2$"))
    }

    @Test("Bad options are usage errors", arguments: [
        ["hash", "--preset", "fast"], ["hash", "-t", "0"], ["hash", "-m", "4", "-p", "1"], ["hash", "--type", "x"],
        ["verify"], ["calibrate", "--target-ms", "0"], ["calibrate", "--max-memory", "lots"],
    ])
    func usage(arguments: [String]) throws {
        let result = try kennwort(arguments, input: "Xk9#mQ2!vL7p")
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
    }

    @Test("A malformed or over-limit hash exits 65 with a message that names the problem", arguments: [
        ("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ=$CTFh", "Base64"),
        ("$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc", "version"),
        ("$argon2id$v=19$m=2097152,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc", "limit"),
        ("not a hash", "PHC"),
    ])
    func malformed(hash: String, mentions: String) throws {
        let result = try kennwort(["verify", hash], input: "Passwort-Geheim-1")
        #expect(result.status == 65)
        #expect(result.errors.contains(mentions))
        #expect(!result.errors.contains("Passwort-Geheim-1"))
        #expect(!result.output.contains("Passwort-Geheim-1"))
    }

    @Test("A password with NUL is refused, not hashed")
    func nul() throws {
        let result = try ProcessRunner.run(TestPaths.kennwort, ["hash", "--preset", "testing"], input: Data("abc\u{0}def".utf8))
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("input.contains-nul"))
    }

    @Test("hash-info shows parameters and the rehash verdict, as text and JSON")
    func hashInfo() throws {
        let vector = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
        let text = try kennwort(["hash-info", vector, "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.output.contains("argon2id") && text.output.contains("65536 KiB") && text.output.contains("needs rehash:  yes"))
        let json = try kennwort(["hash-info", vector, "--format", "json", "--preset", "owasp"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["needsRehash"] as? Bool == false)
        #expect(object["memoryKiB"] as? Int == 65536)
        #expect(object["saltBytes"] as? Int == 8)
        #expect(try kennwort(["hash-info", "$argon2id$broken"]).status == 65)
    }

    @Test("calibrate reports what it measured and a usable command")
    func calibrate() throws {
        let result = try kennwort(["calibrate", "--target-ms", "30", "--max-memory", "4M", "--runs", "1", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let parameters = try #require(object["parameters"] as? [String: Any])
        #expect((parameters["memoryKiB"] as? Int ?? 0) <= 4096)
        #expect((object["trials"] as? [Any])?.isEmpty == false)
    }
}
