import Foundation
import Testing
import KennwortTestSupport

/// Runs the built `kennwort-helper` directly: modes, languages, input formats, hygiene, errors.
@Suite("kennwort-helper")
struct HelperTests {
    static var helper: String { TestPaths.productsDirectory + "/kennwort-helper" }

    func helper(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> ProcessResult {
        try helper(arguments, bytes: Data(input.utf8), environment: environment)
    }

    func helper(_ arguments: [String], bytes: Data, environment: [String: String] = [:]) throws -> ProcessResult {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.helper),
            "kennwort-helper is not built; run `swift build -c release -Xswiftc -enable-testing` first")
        // A config path that does not exist, so /etc/kennwort/helper.conf on this machine cannot interfere.
        return try ProcessRunner.run(Self.helper, arguments + ["--config", "/nonexistent/helper.conf"], input: bytes, environment: environment)
    }

    func expectNoLeak(_ result: ProcessResult, of password: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.output.contains(password), sourceLocation: sourceLocation)
        #expect(!result.errors.contains(password), sourceLocation: sourceLocation)
    }

    @Test("enforce: a weak password exits 1 with the deciding reason and a tip, in German by default; --all-reasons gives every reason")
    func enforceRejectsInGerman() throws {
        let result = try helper(["enforce", "--user", "anna"], input: "Passwort1")
        #expect(result.status == 1)
        #expect(result.output.contains("Passwort abgelehnt: Das Passwort ist für die verwendeten Zeichenarten zu kurz."))
        #expect(!result.output.contains("Wörterbuch"), "the cheap length rule decides; cracklib is not run")
        #expect(result.output.contains("Tipp: "))
        #expect(result.errors.isEmpty)
        expectNoLeak(result, of: "Passwort1")
        let all = try helper(["enforce", "--user", "anna", "--all-reasons"], input: "Passwort1")
        #expect(all.status == 1)
        #expect(all.output.contains("Passwort abgelehnt: Das Passwort ist für die verwendeten Zeichenarten zu kurz."))
        #expect(all.output.contains("Passwort abgelehnt: Das Passwort beruht auf einem Wort aus dem Wörterbuch."))
        #expect(all.output.contains("Passwort abgelehnt: Das Passwort steht in einer Liste geleakter Passwörter."))
        expectNoLeak(all, of: "Passwort1")
        let misplaced = try helper(["verify", "--store", "/nonexistent/s", "--all-reasons"], input: "Passwort1")
        #expect(misplaced.status == 64)
        #expect(misplaced.errors.contains("--all-reasons is only for enforce"))
    }

    @Test("enforce: a strong password exits 0 and prints nothing; --lang en speaks English")
    func enforceAcceptsAndSpeaksEnglish() throws {
        let strong = try helper(["enforce"], input: "Korb-Lampe-Wolke-Tinte-93")
        #expect(strong.status == 0)
        #expect(strong.output.isEmpty && strong.errors.isEmpty)
        let english = try helper(["enforce", "--lang", "en", "--all-reasons"], input: "Passwort1\n")
        #expect(english.status == 1)
        #expect(english.output.contains("Password rejected: The password is based on a dictionary word."))
    }

    @Test("The language comes from the helper's config file when --lang is not given")
    func languageFromConfig() throws {
        let directory = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "# the helper's language\nlang = en\n".write(toFile: directory + "/helper.conf", atomically: true, encoding: .utf8)
        let result = try ProcessRunner.run(Self.helper, ["enforce", "--config", directory + "/helper.conf"], input: Data("Passwort1".utf8))
        #expect(result.status == 1)
        #expect(result.output.contains("Password rejected:"))
        try "lang = fr\n".write(toFile: directory + "/helper.conf", atomically: true, encoding: .utf8)
        let bad = try ProcessRunner.run(Self.helper, ["enforce", "--config", directory + "/helper.conf"], input: Data("Passwort1".utf8))
        #expect(bad.status == 78)
        #expect(bad.output.isEmpty)
    }

    @Test("advise: leaked and weak passwords get advice, a strong one none, and it always exits 0")
    func advise() throws {
        let leaked = try helper(["advise"], input: "passwort")
        #expect(leaked.status == 0)
        #expect(leaked.output == "Ihr Passwort steht in einer Liste geleakter Passwörter – bitte ändern Sie es mit passwd.\n")
        let weak = try helper(["advise", "--lang", "en"], input: "Sommer2024!")
        #expect(weak.status == 0)
        #expect(weak.output.hasPrefix("Your password is weak: "))
        let strong = try helper(["advise"], input: "Korb-Lampe-Wolke-Tinte-93")
        #expect(strong.status == 0 && strong.output.isEmpty && strong.errors.isEmpty)
        let broken = try helper(["advise", "--policy", "/nonexistent/policy.conf"], input: "passwort")
        #expect(broken.status == 0 && broken.output.isEmpty && broken.errors.isEmpty)
        for result in [leaked, weak, strong] { expectNoLeak(result, of: "passwort") }
    }

    @Test("GECOS comes from the passwd database in the static helper: /etc/passwd, else getent; unknown users are no error")
    func gecosLookup() throws {
        // Debian's `list` account: "Mailing List Manager".
        let gecos = try helper(["enforce", "--lang", "en", "--user", "list"], input: "Zaunkoenig-Manager-Sonne-84")
        #expect(gecos.status == 1, "\(gecos.errors)")
        #expect(gecos.output.contains("words from your account"))
        let other = try helper(["enforce", "--lang", "en", "--user", "list"], input: "Zaunkoenig-Gartenbank-Sonne-84")
        #expect(other.status == 0, "\(other.errors)")
        // Not in /etc/passwd: getent answers for it (here: nobody knows it), and glibc's NSS never runs in-process.
        let unknown = try helper(["enforce", "--lang", "en", "--user", "kw-no-such-user"], input: "Zaunkoenig-Manager-Sonne-84")
        #expect(unknown.status == 0, "\(unknown.errors)")
    }

    @Test("The user comes from PAM_USER; an untrusted one with a newline is refused by enforce, ignored by advise")
    func userFromPAM() throws {
        let based = try helper(["enforce", "--lang", "en"], input: "hildegard-maier", environment: ["PAM_USER": "hildegard"])
        #expect(based.status == 1)
        #expect(based.output.contains("user name"))
        let forged = try helper(["enforce"], input: "Korb-Lampe-Wolke-Tinte-93", environment: ["PAM_USER": "anna\nPasswort abgelehnt"])
        #expect(forged.status == 65)
        #expect(forged.output.isEmpty)
        #expect(!forged.errors.contains("anna"))
        let advised = try helper(["advise"], input: "passwort", environment: ["PAM_USER": "anna\n"])
        #expect(advised.status == 0 && advised.output.isEmpty && advised.errors.isEmpty)
    }

    @Test("--stdin-format pam reads new\\0old\\0 and rejects a new password too close to the old")
    func pamFormat() throws {
        let similar = try helper(["enforce", "--stdin-format", "pam", "--lang", "en"], bytes: Data("Korb-Lampe-Wolke-Tinte-94\0Korb-Lampe-Wolke-Tinte-93\0".utf8))
        #expect(similar.status == 1)
        #expect(similar.output.contains("old"))
        let fresh = try helper(["enforce", "--stdin-format", "pam"], bytes: Data("Korb-Lampe-Wolke-Tinte-93\0\0".utf8))
        #expect(fresh.status == 0)
        let unframed = try helper(["enforce", "--stdin-format", "pam"], bytes: Data("Korb-Lampe-Wolke-Tinte-93".utf8))
        #expect(unframed.status == 65)
        expectNoLeak(similar, of: "Korb-Lampe")
        expectNoLeak(unframed, of: "Korb-Lampe")
    }

    @Test("A crash prints nothing (no backtrace, no registers) and exits 70; in advise it exits 0")
    func crashIsSilent() throws {
        let crashed = try helper(["enforce", "--test-crash"], input: "Geheim-Kennwort-123")
        #expect(crashed.status == 70)
        #expect(crashed.output.isEmpty && crashed.errors.isEmpty)
        let advised = try helper(["advise", "--test-crash"], input: "Geheim-Kennwort-123")
        #expect(advised.status == 0)
        #expect(advised.output.isEmpty && advised.errors.isEmpty)
    }

    @Test("Arguments arrive whole: the runtime gets argv from the helper's early start, not /proc/self/maps")
    func argumentsArrive() throws {
        // Many, with spaces and non-ASCII: each reaches the parser as given, in order.
        let filler = (0..<40).flatMap { ["--lang", $0.isMultiple(of: 2) ? "de" : "en"] }
        let odd = "--bögus wert"
        let result = try helper(["enforce"] + filler + [odd, "--also-unknown"], input: "Korb-Lampe-Wolke-Tinte-93")
        #expect(result.status == 64)
        #expect(result.errors.contains("unknown argument '\(odd)'"))
        let accepted = try helper(["enforce", "--user", "anna"] + filler, input: "Korb-Lampe-Wolke-Tinte-93")
        #expect(accepted.status == 0)
        expectNoLeak(accepted, of: "Korb-Lampe")
    }

    @Test("Internal errors fail closed: missing or unreadable policy, missing dictionary, missing store")
    func failsClosed() throws {
        let directory = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cases: [([String], Int32)] = [
            (["enforce", "--policy", "/nonexistent/policy.conf"], 66),
            (["enforce", "--policy", directory], 66),  // a folder: exists, cannot be read as a file
            (["enforce", "--dict", "/nonexistent/dict"], 66),
            (["enforce", "--breach-list", "/nonexistent/list.kwb"], 66),
            (["verify", "--store", "/nonexistent/store", "--user", "anna"], 66),
            (["verify", "--user", "anna"], 64),
            (["enforce", "--bogus"], 64),
        ]
        for (arguments, status) in cases {
            let result = try helper(arguments, input: "Korb-Lampe-Wolke-Tinte-93")
            #expect(result.status == status, "\(arguments)")
            #expect(result.output.isEmpty, "\(arguments)")
            #expect(result.errors.hasPrefix("kennwort-helper: "), "\(arguments)")
            expectNoLeak(result, of: "Korb-Lampe")
        }
    }

    @Test("While it runs, the password is in neither /proc/PID/cmdline nor environ; umask 077, no core dumps")
    func procHygiene() throws {
        let password = "Geheim-Prozess-\(UInt32.random(in: 100_000...999_999))"
        let live = try LiveProcess(Self.helper, ["enforce", "--user", "anna", "--config", "/nonexistent/helper.conf"],
                                   environment: ["PAM_USER": "anna", "LANG": ""])
        // The helper has the password and waits for end of input: it is as exposed as it gets.
        try live.write(Data(password.utf8))
        let proc = "/proc/\(live.pid)"
        var status = ""
        for _ in 0..<200 where !status.contains("Umask:\t0077") {
            usleep(10_000)
            status = (try? String(contentsOfFile: proc + "/status", encoding: .utf8)) ?? ""
        }
        #expect(status.contains("Umask:\t0077"))
        let limits = try String(contentsOfFile: proc + "/limits", encoding: .utf8)
        #expect(limits.split(separator: "\n").contains { $0.hasPrefix("Max core file size") && $0.contains(" 0 ") })
        for file in ["cmdline", "environ"] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: proc + "/" + file))
            #expect(bytes.range(of: Data(password.utf8)) == nil, "\(file)")
            #expect(bytes.range(of: Data("Geheim".utf8)) == nil, "\(file)")
        }
        let result = live.finish()
        let output = result.stdout
        #expect(result.status == 0, "\(result.errors)")
        #expect(output.range(of: Data(password.utf8)) == nil)
    }

    @Test("--print-pam-config names this helper in a snippet for each integration")
    func printPamConfig() throws {
        let result = try helper(["--print-pam-config"], input: "")
        #expect(result.status == 0)
        for needle in ["pam_exec.so quiet stdout expose_authtok \(Self.helper) advise", "\(Self.helper) verify --store",
                       "pam_kennwort.so retry=3", "pam_unix.so obscure use_authtok"] {
            #expect(result.output.contains(needle), "\(needle)")
        }
    }
}
