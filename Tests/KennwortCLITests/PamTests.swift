import Foundation
import Testing
import KennwortTestSupport

/// End to end through Linux-PAM with pamtester, as root: a throwaway user, service files
/// `/etc/pam.d/kennwort-test-*` naming the built helper and module by absolute path.
///
/// CI runs as root with pamtester installed (scripts/setup.sh); anywhere else these tests
/// fail, loudly, unless `KENNWORT_SKIP_PAM=1` skips them.
@Suite(
    "PAM end to end (pamtester, as root)", .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["KENNWORT_SKIP_PAM"] != "1", "KENNWORT_SKIP_PAM=1 skips the PAM tests"))
struct PamTests {
    static let strong = "Korb-Lampe-Wolke-Tinte-93"
    static let strong2 = "Feder-Kiesel-Rabe-Mond-57"

    @Test("auth + advise: a leaked or weak password logs in with advice; a strong one with none")
    func advise() throws {
        let fixture = try PamFixture()
        try fixture.service("advise", """
            auth     required  pam_unix.so
            auth     optional  pam_exec.so quiet stdout expose_authtok \(PamFixture.helper) advise --lang de
            account  required  pam_permit.so
            """)
        for (password, advice) in [("passwort", "Liste geleakter Passwörter"), ("Sommer2024!", "Ihr Passwort ist schwach"), (Self.strong, nil)] {
            try fixture.setPassword(password)
            let result = try fixture.pamtester("advise", "authenticate", input: password + "\n")
            #expect(result.status == 0, "\(password.count)-character password")
            #expect(result.all.contains("successfully authenticated"))
            if let advice { #expect(result.all.contains(advice)) } else { #expect(!result.all.contains("Passwort")) }
            fixture.expectNoLeak(result, of: password)
        }
    }

    @Test("auth + verify: right password in, wrong one and unknown user out; a bad store is refused")
    func verify() throws {
        let fixture = try PamFixture()
        let hash = try ProcessRunner.run(TestPaths.kennwort, ["hash", "--preset", "testing"], input: Data(Self.strong.utf8))
        try #require(hash.status == 0)
        let store = fixture.directory + "/store"
        try "# user:PHC\n\(fixture.user):\(hash.output)".write(toFile: store, atomically: true, encoding: .utf8)
        try fixture.chmod(store, 0o600)
        try fixture.service("verify", """
            auth     requisite pam_exec.so quiet expose_authtok \(PamFixture.helper) verify --store \(store)
            account  required  pam_permit.so
            """)
        #expect(try fixture.pamtester("verify", "authenticate", input: Self.strong + "\n").status == 0)
        let wrong = try fixture.pamtester("verify", "authenticate", input: Self.strong2 + "\n")
        #expect(wrong.status != 0)
        #expect(try fixture.pamtester("verify", "authenticate", input: Self.strong + "\n", user: fixture.user + "x").status != 0)
        try fixture.chmod(store, 0o644)
        #expect(try fixture.pamtester("verify", "authenticate", input: Self.strong + "\n").status != 0)
        try fixture.chmod(store, 0o600)
        #expect(chown(store, 65534, 65534) == 0)
        #expect(try fixture.pamtester("verify", "authenticate", input: Self.strong + "\n").status != 0)
        // The helper itself names the reason: 77 for a store it refuses.
        let refused = try ProcessRunner.run(PamFixture.helper, ["verify", "--store", store, "--user", fixture.user], input: Data(Self.strong.utf8))
        #expect(refused.status == 77)
        #expect(chown(store, 0, 0) == 0)
        try "\(fixture.user) \(hash.output)".write(toFile: store, atomically: true, encoding: .utf8)
        try fixture.chmod(store, 0o600)
        let malformed = try ProcessRunner.run(PamFixture.helper, ["verify", "--store", store, "--user", fixture.user], input: Data(Self.strong.utf8))
        #expect(malformed.status == 65)
        for result in [wrong, refused, malformed] { fixture.expectNoLeak(result, of: Self.strong) }
    }

    @Test("password: a weak new password is rejected with its reason and /etc/shadow is untouched; a strong one changes it")
    func changePassword() throws {
        let fixture = try PamFixture()
        try fixture.passwordService("change", options: "retry=1 enforce_for_root lang=en")
        let before = try fixture.shadowLine()
        let weak = try fixture.pamtester("change", "chauthtok", input: "Passwort1\nPasswort1\n")
        #expect(weak.status != 0)
        #expect(weak.all.contains("Password rejected: The password is too short for the character classes it uses."))
        #expect(try fixture.shadowLine() == before)
        let gecos = try fixture.pamtester("change", "chauthtok", input: "Schmidt-Anna-Korb-93\nSchmidt-Anna-Korb-93\n")
        #expect(gecos.status != 0)
        #expect(gecos.all.contains("words from your account"))
        #expect(try fixture.shadowLine() == before)
        let strong = try fixture.pamtester("change", "chauthtok", input: "\(Self.strong)\n\(Self.strong)\n")
        #expect(strong.status == 0)
        #expect(!strong.all.contains("rejected"))
        #expect(try fixture.shadowLine() != before)
        for result in [weak, gecos, strong] {
            fixture.expectNoLeak(result, of: "Passwort1")
            fixture.expectNoLeak(result, of: Self.strong)
        }
    }

    @Test("password: retry=2 asks again after a rejection; two rejections fail with /etc/shadow untouched")
    func retry() throws {
        let fixture = try PamFixture()
        try fixture.passwordService("retry", options: "retry=2 enforce_for_root")
        let before = try fixture.shadowLine()
        let twice = try fixture.pamtester("retry", "chauthtok", input: "Passwort1\nhallo123\n\(Self.strong)\n\(Self.strong)\n")
        #expect(twice.status != 0)
        #expect(twice.all.components(separatedBy: "Passwort abgelehnt").count - 1 >= 2)
        #expect(try fixture.shadowLine() == before)
        let second = try fixture.pamtester("retry", "chauthtok", input: "Passwort1\n\(Self.strong)\n\(Self.strong)\n")
        #expect(second.status == 0)
        #expect(try fixture.shadowLine() != before)
    }

    @Test("password: a new password too similar to the old one is rejected (old token via PAM_CHANGE_EXPIRED_AUTHTOK)")
    func similarToOld() throws {
        let fixture = try PamFixture()
        try fixture.setPassword(Self.strong)
        try fixture.passwordService("old", options: "retry=1 lang=en")
        let before = try fixture.shadowLine()
        // With this flag pam_unix asks root for the current password too, so PAM_OLDAUTHTOK is set.
        let similar = try fixture.pamtester(
            "old", "chauthtok(PAM_CHANGE_EXPIRED_AUTHTOK)", input: "\(Self.strong)\nKorb-Lampe-Wolke-Tinte-94\nKorb-Lampe-Wolke-Tinte-94\n")
        #expect(similar.status != 0)
        #expect(similar.all.contains("too similar to the old one"))
        #expect(try fixture.shadowLine() == before)
        fixture.expectNoLeak(similar, of: "Korb-Lampe")
    }

    @Test("password: root changing a password is only advised unless enforce_for_root; a missing helper fails closed")
    func rootAndFailClosed() throws {
        let fixture = try PamFixture()
        try fixture.passwordService("root", options: "retry=1 lang=en")
        var before = try fixture.shadowLine()
        let advised = try fixture.pamtester("root", "chauthtok", input: "Passwort1\nPasswort1\n")
        #expect(advised.status == 0)
        #expect(advised.all.contains("Password rejected:"))
        #expect(try fixture.shadowLine() != before)
        try fixture.passwordService("missing", options: "helper=/nonexistent/kennwort-helper lang=en")
        before = try fixture.shadowLine()
        let missing = try fixture.pamtester("missing", "chauthtok", input: "\(Self.strong)\n\(Self.strong)\n")
        #expect(missing.status != 0)
        #expect(missing.all.contains("cannot be checked"))
        #expect(try fixture.shadowLine() == before)
    }
}

/// A throwaway user `kwtest…` and service files, removed again when the fixture goes away.
final class PamFixture {
    static var helper: String { TestPaths.productsDirectory + "/kennwort-helper" }
    static var module: String { TestPaths.repositoryRoot + "/.build/pam/pam_kennwort.so" }
    /// The helper run by PAM has no XDG_CACHE_HOME: build its root cache once, outside PAM's time.
    static let warmCache: Result<Void, any Error> = Result {
        let result = try ProcessRunner.run(helper, ["enforce"], input: Data("x".utf8), environment: ["XDG_CACHE_HOME": ""])
        if result.status != 1 { throw Failure("the helper cannot build its data: \(result.errors)") }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    let user = "kwtest" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
    let directory = TestPaths.temporaryDirectory()
    private var services: [String] = []
    private var created = false

    init() throws {
        try #require(getuid() == 0, "the PAM tests need root (CI runs as root); set KENNWORT_SKIP_PAM=1 to skip them")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/pamtester"), "pamtester is missing: run scripts/setup.sh")
        try #require(FileManager.default.isExecutableFile(atPath: Self.helper), "kennwort-helper is not built: run swift build first")
        try #require(FileManager.default.fileExists(atPath: Self.module), "pam_kennwort.so is not built: run scripts/build-pam.sh")
        try Self.warmCache.get()
        let add = try ProcessRunner.run("/usr/sbin/useradd", ["-M", "-s", "/usr/sbin/nologin", "-c", "Anna Schmidt,,,", user])
        try #require(add.status == 0, "useradd failed: \(add.errors)")
        created = true
        try setPassword("Anfangs-Kennwort-Start-17")
    }

    deinit {
        for service in services { try? FileManager.default.removeItem(atPath: service) }
        if created { _ = try? ProcessRunner.run("/usr/sbin/userdel", [user]) }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Writes `/etc/pam.d/kennwort-test-NAME-USER`.
    func service(_ name: String, _ text: String) throws {
        let path = "/etc/pam.d/" + serviceName(name)
        services.append(path)
        try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A password service: pam_kennwort.so, then pam_unix.so with use_authtok.
    func passwordService(_ name: String, options: String) throws {
        let helperOption = options.contains("helper=") ? "" : " helper=\(Self.helper)"
        try service(name, """
            password requisite \(Self.module)\(helperOption) \(options)
            password required  pam_unix.so use_authtok yescrypt
            """)
    }

    func serviceName(_ name: String) -> String { "kennwort-test-\(name)-\(user)" }

    func pamtester(_ name: String, _ operation: String, input: String, user: String? = nil) throws -> ProcessResult {
        try ProcessRunner.run("/usr/bin/pamtester", [serviceName(name), user ?? self.user, operation], input: Data(input.utf8))
    }

    func setPassword(_ password: String) throws {
        let result = try ProcessRunner.run("/usr/sbin/chpasswd", [], input: Data("\(user):\(password)\n".utf8))
        try #require(result.status == 0, "chpasswd failed: \(result.errors)")
    }

    func shadowLine() throws -> String {
        let shadow = try String(contentsOfFile: "/etc/shadow", encoding: .utf8)
        return try #require(shadow.split(separator: "\n").first { $0.hasPrefix(user + ":") }.map(String.init))
    }

    func chmod(_ path: String, _ mode: mode_t) throws {
        try #require(Glibc.chmod(path, mode) == 0)
    }

    func expectNoLeak(_ result: ProcessResult, of password: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.all.contains(password), sourceLocation: sourceLocation)
        #expect(!result.errors.contains(password), sourceLocation: sourceLocation)
    }
}

extension ProcessResult {
    /// pamtester prints info messages on stdout and error messages on stderr.
    var all: String { output + errors }
}
