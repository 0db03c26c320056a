import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("HelperRequest")
struct HelperRequestTests {
    static func split(_ bytes: [UInt8]) throws -> (new: SecretInput, old: SecretBytes?) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { copy.deallocate() }
        copy.copyBytes(from: bytes)
        return try HelperRequest.framedPasswords(UnsafeRawBufferPointer(copy))
    }

    @Test("Framed input: exactly two NUL-terminated fields", arguments: [
        ([0x61, 0x62, 0, 0x63, 0], "ab", "c"),
        ([0x61, 0, 0], "a", nil),
        ([0, 0], nil, nil),
    ] as [([UInt8], String?, String?)])
    func framed(bytes: [UInt8], new: String?, old: String?) throws {
        let (parsedNew, parsedOld) = try Self.split(bytes)
        if let new {
            guard case .secret(let secret) = parsedNew else { Issue.record("no password"); return }
            #expect(secret.withUnsafeBytes { Array($0) } == Array(new.utf8))
        } else {
            guard case .secret(let secret) = parsedNew else { Issue.record("no password"); return }
            #expect(secret.count == 0)
        }
        #expect(parsedOld.map { $0.withUnsafeBytes { Array($0) } } == old.map { Array($0.utf8) })
    }

    @Test("Anything else is malformed", arguments: [[], [0x61], [0x61, 0], [0x61, 0, 0x62], [0, 0, 0], [0x61, 0, 0x62, 0, 0x63]] as [[UInt8]])
    func malformed(bytes: [UInt8]) {
        #expect(throws: KennwortError.self) {
            _ = try Self.split(bytes)
        }
    }

    @Test("A too-long new password is reported, not kept")
    func tooLong() throws {
        let bytes = [UInt8](repeating: 0x61, count: HelperRequest.passwordLimit + 1) + [0, 0]
        let (new, _) = try Self.split(bytes)
        guard case .tooLong = new else { Issue.record("expected tooLong"); return }
    }

    @Test("PAM_USER is untrusted: newlines, colons, slashes and spaces are refused", arguments: [
        "anna\nroot", "a:b", "../etc", "a b", "", String(repeating: "x", count: 300),
    ])
    func badUsers(name: String) {
        #expect(throws: KennwortError.self) { try HelperRequest.user(option: nil, environment: ["PAM_USER": name]) }
    }

    @Test("--user wins over PAM_USER; neither gives nil")
    func userSources() throws {
        #expect(try HelperRequest.user(option: "bernd", environment: ["PAM_USER": "anna"]) == "bernd")
        #expect(try HelperRequest.user(option: nil, environment: ["PAM_USER": "anna"]) == "anna")
        #expect(try HelperRequest.user(option: nil, environment: [:]) == nil)
    }

    @Test("Configuration: lang = de|en with comments; anything else is a config error")
    func configuration() throws {
        #expect(try HelperRequest.language(config: "# Sprache\n  lang = en  # English\n\n", path: "x") == .en)
        #expect(try HelperRequest.language(config: "", path: "x") == nil)
        for bad in ["lang = fr", "language = de", "lang", "=de"] {
            #expect(throws: KennwortError.self) { try HelperRequest.language(config: bad, path: "x") }
        }
    }
}
