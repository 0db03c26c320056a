import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("Cracklib")
struct CracklibTests {
    /// The current user's name and GECOS, which `cracklib-check` (FascistCheck) uses implicitly.
    static let account: (user: String, gecos: String) = {
        guard let entry = getpwuid(getuid()) else { return ("root", "root") }
        return (String(cString: entry.pointee.pw_name), String(cString: entry.pointee.pw_gecos))
    }()

    @Test("Every cracklib message maps to its own stable code", arguments: [
        ("it is based on a dictionary word", "cracklib.dictionary-word"),
        ("it is based on a (reversed) dictionary word", "cracklib.reversed-dictionary-word"),
        ("it is WAY too short", "cracklib.way-too-short"),
        ("it is too short", "cracklib.too-short"),
        ("it is all whitespace", "cracklib.all-whitespace"),
        ("it does not contain enough DIFFERENT characters", "cracklib.too-few-different"),
        ("it is too simplistic/systematic", "cracklib.too-simple"),
        ("it looks like a National Insurance number.", "cracklib.looks-like-id"),
        ("it is based on your username", "cracklib.based-on-user"),
        ("it is based upon your password entry", "cracklib.based-on-user-info"),
        ("it's derivable from your password entry", "cracklib.based-on-user-info"),
        ("something a newer cracklib might say", "cracklib.other"),
    ])
    func messageCodes(message: String, code: String) {
        #expect(Cracklib.code(forMessage: message).rawValue == code)
    }

    @Test("Typical passwords get the expected codes", arguments: [
        ("abc", "cracklib.way-too-short"),
        ("abc12", "cracklib.too-short"),
        ("aaaaaaaa", "cracklib.too-few-different"),
        ("abcdefgh1", "cracklib.too-simple"),
        ("password", "cracklib.dictionary-word"),
        ("drowssap", "cracklib.reversed-dictionary-word"),
        ("AB371945C", "cracklib.looks-like-id"),
    ])
    func typicalCodes(password: String, code: String) throws {
        let cracklib = try Cracklib(dictionary: TestDictionaries.system)
        let finding = try cracklib.check(SecretBytes(password), user: "kennwort", gecos: "")
        #expect(finding?.code.rawValue == code)
    }

    @Test("The user name and GECOS words are rejected")
    func userAndGecos() throws {
        let cracklib = try Cracklib(dictionary: TestDictionaries.system)
        let user = try cracklib.check(SecretBytes("wxqvzt77"), user: "wxqvzt77", gecos: "")
        #expect(user?.code == .cracklibBasedOnUser)
        let gecos = try cracklib.check(SecretBytes("Qwmbrtx9"), user: "anna", gecos: "Qwmbrtx9 Zzyzx,Room 4")
        #expect(gecos?.code == .cracklibBasedOnUserInfo)
    }

    @Test("Messages stay untranslated whatever the locale environment says")
    func untranslated() throws {
        setenv("LANGUAGE", "de", 1)
        setenv("LC_ALL", "de_DE.UTF-8", 1)
        defer {
            unsetenv("LANGUAGE")
            unsetenv("LC_ALL")
        }
        let cracklib = try Cracklib(dictionary: TestDictionaries.system)
        #expect(try cracklib.check(SecretBytes("password"), user: "x", gecos: "")?.code == .cracklibDictionaryWord)
    }

    @Test("Verdicts equal cracklib-check's on John's list and 2,000 random strong passwords")
    func parityWithCracklibCheck() throws {
        var passwords = PasswordFactory.lines(of: TestPaths.johnList)
        #expect(passwords.count > 3_000, "apt package john provides the list")
        passwords += (0..<2_000).map { _ in Array(PasswordFactory.random(length: 16).utf8) }
        // Lines with a carriage return would be cut differently; John's list has none.
        passwords = passwords.filter { !$0.contains(13) }

        var input = Data()
        for password in passwords { input.append(contentsOf: password + [10]) }
        let peer = try ProcessRunner.run(
            "/usr/sbin/cracklib-check", input: input, environment: ["LC_ALL": "C", "LANG": "C"])
        let peerLines = peer.stdout.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        try #require(peerLines.count == passwords.count)

        let cracklib = try Cracklib(dictionary: TestDictionaries.system)
        var mismatches: [String] = []
        for (password, line) in zip(passwords, peerLines) {
            let peerAccepts = line.reversed().starts(with: Array(": OK".utf8).reversed())
            let finding = try cracklib.check(SecretBytes(copying: password), user: Self.account.user, gecos: Self.account.gecos)
            if (finding == nil) != peerAccepts { mismatches.append(String(decoding: password, as: UTF8.self)) }
        }
        #expect(mismatches.isEmpty, "differs from cracklib-check on \(mismatches.prefix(10))")
    }

    @Test("A 10 KB user name and GECOS are capped before they reach C")
    func hugeUserAndGecos() throws {
        let cracklib = try Cracklib(dictionary: TestDictionaries.system)
        let user = String(repeating: "u", count: 10_000)
        let gecos = (0..<2_000).map { "w\($0)" }.joined(separator: " ")
        let finding = try cracklib.check(SecretBytes("Zq8#kP2!wX"), user: user, gecos: gecos)
        #expect(finding == nil)
        #expect(Cracklib.cap(user, bytes: Cracklib.userByteLimit).utf8.count == 255)
        #expect(Cracklib.capGecos(gecos).split(separator: " ").count <= Cracklib.gecosWordLimit)
        #expect(Cracklib.capGecos(gecos).utf8.count <= Cracklib.gecosByteLimit)
    }

    @Test("Caps cut at character boundaries", arguments: [("äöü", 3, "ä"), ("abc", 2, "ab"), ("a\u{0}b", 5, "ab")])
    func capBoundaries(text: String, bytes: Int, expected: String) {
        #expect(Cracklib.cap(text, bytes: bytes) == expected)
    }

    @Test("Concurrent checks give the same verdicts as serial ones")
    func concurrency() async throws {
        let passwords = PasswordFactory.lines(of: TestPaths.johnList).prefix(600).map { String(decoding: $0, as: UTF8.self) }
            + (0..<400).map { _ in PasswordFactory.random(length: 12) }
        let cracklib = try Cracklib(dictionary: TestDictionaries.system)
        let serial = try passwords.map { try cracklib.check(SecretBytes($0), user: "kennwort")?.code }
        let parallel = try await withThrowingTaskGroup(of: (Int, FindingCode?).self) { group in
            for (index, password) in passwords.enumerated() {
                group.addTask {
                    // Alternate dictionaries, so the engine must also switch safely under load.
                    if index % 50 == 0 { _ = try Cracklib(dictionary: TestDictionaries.own) }
                    return (index, try cracklib.check(SecretBytes(password), user: "kennwort")?.code)
                }
            }
            var results = [FindingCode?](repeating: nil, count: passwords.count)
            for try await (index, code) in group { results[index] = code }
            return results
        }
        #expect(parallel == serial)
    }
}
