import Foundation
import Testing
import KennwortTestSupport

/// `kennwort policy`, `advice`, `generate`, and `check` with policies and context, run as built.
@Suite("kennwort policy, advice, generate")
struct PolicyCommandTests {
    func kennwort(_ arguments: [String], input: String = "") throws -> ProcessResult {
        try ProcessRunner.run(TestPaths.kennwort, arguments, input: Data(input.utf8))
    }

    func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    func codes(_ result: ProcessResult) throws -> [String] {
        try (json(result)["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    @Test("policy show prints the effective settings as a reusable policy file")
    func show() throws {
        let bsi = try kennwort(["policy", "show"])
        #expect(bsi.status == 0)
        #expect(bsi.output.contains("preset = bsi") && bsi.output.contains("min_length_by_classes = 25,20,12,8"))
        let nist = try json(try kennwort(["policy", "show", "nist", "--format", "json"]))
        #expect(nist["min_length_by_classes"] as? String == "15,15,15,15")
        #expect(nist["blocklist"] as? String == "1")
        let file = PasswordFactory.fixture("pwquality/complex.conf")
        let shown = try kennwort(["policy", "show", file])
        #expect(shown.output.contains("minlen = 12") && shown.output.contains("dcredit = -1"))
        #expect(try kennwort(["policy", "show", "/nonexistent.conf"]).status == 66)
    }

    @Test("policy lint names each problem with file and line, and exits 78")
    func lint() throws {
        let bad = PasswordFactory.fixture("lint/16-two-errors.conf")
        let result = try kennwort(["policy", "lint", bad])
        #expect(result.status == 78)
        #expect(result.output.contains("\(bad):1: error:") && result.output.contains("\(bad):3: error:"))
        let good = try kennwort(["policy", "lint", PasswordFactory.fixture("pwquality/strict.conf")])
        #expect(good.status == 0)
        #expect(good.output.isEmpty)
    }

    @Test("advice covers the guidance in both languages", arguments: [
        ("de", ["Länge", "persönlichen Daten", "pro Dienst", "Passwort-Manager", "Zwei-Faktor", "Verdacht", "E-Mail"]),
        ("en", ["Length", "personal data", "per service", "password manager", "two-factor", "suspicion", "e-mail"]),
    ])
    func advice(lang: String, phrases: [String]) throws {
        let result = try kennwort(["advice", "--lang", lang])
        #expect(result.status == 0)
        for phrase in phrases { #expect(result.output.contains(phrase), "\(phrase)") }
    }

    @Test("generate prints unique passphrases that pass check, and the entropy on stderr")
    func generate() throws {
        let result = try kennwort(["generate", "--count", "5", "--lang", "de"])
        #expect(result.status == 0)
        let phrases = result.output.split(separator: "\n").map(String.init)
        #expect(phrases.count == 5 && Set(phrases).count == 5)
        #expect(result.errors.contains("Entropie") && result.errors.contains("Bit"))
        for phrase in phrases {
            #expect(phrase.split(separator: "-").count == 5)
            #expect(try kennwort(["check"], input: phrase).status == 0, "\(phrase)")
        }
        let english = try json(try kennwort(["generate", "--lang", "en", "--words", "6", "--separator", " ", "--format", "json"]))
        #expect((english["passphrases"] as? [String])?.first?.split(separator: " ").count == 6)
        #expect((english["entropyBits"] as? Double ?? 0) > 70)
        #expect(try kennwort(["generate", "--words", "2"]).status == 64)
    }

    @Test("check reports the policy and the rule that decided", arguments: [
        (["--policy", "bsi"], "Qx7mK2pLw", "bsi", "length"),
        (["--policy", "nist"], "zqvmlkwrtxnbps", "nist", "length"),
        (["--policy", "pwquality"], "abc", "pwquality", "pwquality"),
    ])
    func policies(options: [String], password: String, policy: String, decidedBy: String) throws {
        let result = try kennwort(["check", "--format", "json"] + options, input: password)
        #expect(result.status == 1)
        let object = try json(result)
        #expect(object["policy"] as? String == policy)
        #expect(object["decidedBy"] as? String == decidedBy)
        #expect((object["findings"] as? [[String: Any]])?.first?["rule"] as? String == decidedBy)
    }

    @Test("A broken policy file stops the check with exit 78")
    func brokenPolicy() throws {
        let result = try kennwort(["check", "--policy", PasswordFactory.fixture("lint/02-unknown-key.conf")], input: "Xk9#mQ2!vL7pRt4z")
        #expect(result.status == 78)
        #expect(result.errors.contains("line 3"))
        #expect(try kennwort(["check", "--policy", "/nonexistent/policy.conf"], input: "x").status == 66)
    }

    @Test("Each context option feeds the personal-data check", arguments: [
        (["--name", "Sabine Müller"], "Sabine-Qx7!mK2pLwZ", "personal.name"),
        (["--birthdate", "1985-03-14"], "Qx7!mK2pLwZ14031985", "personal.birthdate"),
        (["--birthdate", "14.03.1985"], "Qx7!mK2pLwZ140385", "personal.birthdate"),
        (["--email", "sabine.mueller@example.de"], "Qx7!mK2pLwZmueller", "personal.email"),
        (["--phone", "+49 221 4711234"], "Qx7!mK2pLwZ4711234", "personal.phone"),
        (["--street", "Hauptstraße 12"], "Qx7!mK2pLwZHaupt12", "personal.street"),
        (["--postcode", "50667"], "Qx7!mK2pLwZ50667", "personal.postcode"),
        (["--city", "Köln"], "Qx7!mK2pLwZKoeln", "personal.city"),
        (["--user", "smueller"], "Qx7!mK2pLwZsmueller", "personal.user"),
    ])
    func contextOptions(options: [String], password: String, code: String) throws {
        let result = try kennwort(["check", "--format", "json"] + options, input: password)
        #expect(result.status == 1)
        let found = try codes(result)
        #expect(found.contains(code), "\(found)")
        #expect(!result.output.contains(password))
        // Without the context the same password passes the personal-data rule.
        let without = try codes(try kennwort(["check", "--format", "json"], input: password))
        #expect(!without.contains(code))
    }

    @Test("--context FILE.json gives the same fields, and options override it")
    func contextFile() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/person.json"
        try #"{"name": "Jörg König", "city": "München", "birthdate": "02.11.1971"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let found = try codes(try kennwort(["check", "--format", "json", "--context", path], input: "Qx7!mK2pLwZJoerg71"))
        #expect(Set(found).isSuperset(of: ["personal.name", "personal.birthdate"]), "\(found)")
        let overridden = try codes(try kennwort(["check", "--format", "json", "--context", path, "--name", "Anna Weber"], input: "Qx7!mK2pLwZJoerg"))
        #expect(!overridden.contains("personal.name"))
        try "not json".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try kennwort(["check", "--context", path], input: "x").status == 65)
    }

    @Test("--user reads the account's GECOS from passwd")
    func passwdGecos() throws {
        // Every Debian system has the account "list" with GECOS "Mailing List Manager".
        let found = try codes(try kennwort(["check", "--format", "json", "--user", "list"], input: "Qx7!mK2pLwZmanager"))
        #expect(found.contains("policy.gecos"), "\(found)")
    }

    @Test("--with-old reads the new password, then the old one, and rejects near copies")
    func withOld() throws {
        let result = try kennwort(["check", "--with-old", "--format", "json"], input: "Tinte-Wolke-2024-Garten\nTinte-Wolke-2019-Garten\n")
        #expect(result.status == 1)
        #expect(try codes(result).contains("policy.only-digits-changed"))
        #expect(try json(result)["decidedBy"] as? String == "old-password")
        let fine = try kennwort(["check", "--with-old"], input: "Lampe-Fluss-Kiesel-Nebel\nTinte-Wolke-2019-Garten")
        #expect(fine.status == 0)
        #expect(!fine.output.contains("Tinte") && !fine.output.contains("Lampe"))
        #expect(try kennwort(["check", "--with-old"], input: "only-one-line").status == 65)
    }
}
