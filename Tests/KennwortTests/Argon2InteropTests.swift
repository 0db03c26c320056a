import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// Kennwort against argon2-cffi (pip) and the argon2 CLI (apt), both ways.
@Suite("Argon2 interoperability")
struct Argon2InteropTests {
    static let python = TestPaths.repositoryRoot + "/.build-venv/bin/python"
    static let script = TestPaths.repositoryRoot + "/Tests/Scripts/argon2_interop.py"

    /// 200 NFC passwords: ASCII, German umlauts, emoji, and 1,000-byte ones.
    static let passwords: [String] = {
        var generator = SystemRandomNumberGenerator()
        let alphabets: [[Character]] = [
            PasswordFactory.printable,
            Array("abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ0123456789 !?-"),
            Array("🔑🙂🎉🇩🇪✓€abc123"),
        ]
        return (0..<200).map { index in
            let alphabet = alphabets[index % 3]
            if index % 10 == 9 {
                var text = ""
                while text.utf8.count < 1_000 { text.append(alphabet.randomElement(using: &generator)!) }
                return text
            }
            return String((0..<Int.random(in: 1...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }()

    func python(_ mode: String, _ items: [[String: Any]]) throws -> [Any] {
        let input = try JSONSerialization.data(withJSONObject: items)
        let result = try ProcessRunner.run(Self.python, [Self.script, mode], input: input)
        try #require(result.status == 0, "argon2-cffi helper failed: \(result.errors)")
        return try #require(JSONSerialization.jsonObject(with: result.stdout) as? [Any])
    }

    static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    static func parameters(_ index: Int) -> Argon2Parameters {
        Argon2Parameters(
            variant: [.argon2id, .argon2i, .argon2d][index % 3], memoryKiB: 64 + UInt32(index % 4) * 32,
            iterations: 1 + UInt32(index % 2), parallelism: 1 + UInt32(index % 2))
    }

    @Test("Hashes from Kennwort verify in argon2-cffi, and wrong passwords do not")
    func kennwortToCFFI() throws {
        var items: [[String: Any]] = []
        for (index, password) in Self.passwords.enumerated() {
            let hash = try Argon2Hasher(parameters: Self.parameters(index)).hash(SecretBytes(password))
            items.append(["password": Self.base64(password), "hash": hash])
            items.append(["password": Self.base64(password + "x"), "hash": hash])
        }
        let verdicts = try python("verify", items).map { $0 as? Bool }
        #expect(verdicts.count == items.count)
        for (index, verdict) in verdicts.enumerated() {
            #expect(verdict == (index % 2 == 0), "item \(index)")
        }
    }

    @Test("Hashes from argon2-cffi verify in Kennwort, and wrong passwords do not")
    func cffiToKennwort() throws {
        let items: [[String: Any]] = Self.passwords.enumerated().map { index, password in
            let p = Self.parameters(index)
            let type = String(p.variant.rawValue.dropFirst("argon2".count))
            return ["password": Self.base64(password), "t": Int(p.iterations), "m": Int(p.memoryKiB), "p": Int(p.parallelism), "type": type]
        }
        let hashes = try python("hash", items).compactMap { $0 as? String }
        #expect(hashes.count == Self.passwords.count)
        let hasher = Argon2Hasher()
        for (password, hash) in zip(Self.passwords, hashes) {
            #expect(try hasher.verify(SecretBytes(password), against: hash))
            #expect(try !hasher.verify(SecretBytes(password + "!"), against: hash))
        }
    }

    @Test("With a fixed salt, Kennwort's output equals the argon2 CLI's -e output")
    func argon2CLI() throws {
        // The CLI takes the password from stdin and reads at most 127 bytes of it.
        let sample = Self.passwords.filter { $0.utf8.count < 120 }.prefix(40)
        for (index, password) in sample.enumerated() {
            let p = Self.parameters(index)
            let salt = "kennwort-salt-\(index)"
            let type = "-" + String(p.variant.rawValue.dropFirst("argon2".count))
            let cli = try ProcessRunner.run(
                "/usr/bin/argon2",
                [salt, type, "-t", "\(p.iterations)", "-k", "\(p.memoryKiB)", "-p", "\(p.parallelism)", "-e"],
                input: Data(password.utf8))
            try #require(cli.status == 0, "\(cli.errors)")
            let ours = try Argon2Hasher(parameters: p).hash(SecretBytes(password), salt: Array(salt.utf8)).encoded
            #expect(ours == cli.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
