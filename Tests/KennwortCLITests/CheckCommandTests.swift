import Foundation
import Testing
import KennwortTestSupport

/// Runs the built `kennwort` binary and checks stdout, stderr and the exit code.
@Suite("kennwort check")
struct CheckCommandTests {
    func kennwort(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> ProcessResult {
        try kennwort(arguments, bytes: Data(input.utf8), environment: environment)
    }

    func kennwort(_ arguments: [String], bytes: Data, environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessRunner.run(TestPaths.kennwort, arguments, input: bytes, environment: environment)
    }

    func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    func expectNoLeak(_ result: ProcessResult, of password: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.output.contains(password), sourceLocation: sourceLocation)
        #expect(!result.errors.contains(password), sourceLocation: sourceLocation)
    }

    @Test("A dictionary word exits 1 with a dictionary reason in JSON")
    func rejectedJSON() throws {
        let result = try kennwort(["check", "--format", "json"], input: "Passwort1")
        #expect(result.status == 1)
        #expect(result.errors.isEmpty)
        let object = try json(result)
        #expect(object["accepted"] as? Bool == false)
        #expect(object["lang"] as? String == "en")
        let reasons = try #require(object["reasons"] as? [[String: Any]])
        #expect(reasons.contains { $0["code"] as? String == "cracklib.dictionary-word" })
        #expect(reasons.contains { ($0["code"] as? String)?.hasPrefix("estimator.") == true })
        #expect((object["advice"] as? [String])?.isEmpty == false)
        expectNoLeak(result, of: "Passwort1")
    }

    @Test("JSON carries the estimate: score, guessesLog10, crack times per scenario and feedback")
    func estimateJSON() throws {
        let result = try kennwort(["check", "--format", "json", "--lang", "de"], input: "Sommer2024!")
        #expect(result.status == 1)
        let object = try json(result)
        #expect(object["score"] as? Int == 2)
        #expect((object["guessesLog10"] as? Double ?? 0) > 3)
        let times = try #require(object["crackTimes"] as? [String: [String: Any]])
        #expect(Set(times.keys) == ["online-throttled", "online-unthrottled", "offline-argon2", "offline-fast-hash"])
        #expect(times["offline-fast-hash"]?["display"] as? String == "weniger als eine Sekunde")
        #expect((times["online-throttled"]?["seconds"] as? Double ?? 0) > 3600)
        let feedback = try #require(object["feedback"] as? [String: Any])
        #expect((feedback["warning"] as? [String: Any])?["code"] as? String == "estimator.season-year")
        #expect((feedback["suggestions"] as? [[String: Any]])?.isEmpty == false)
        let strong = try json(try kennwort(["check", "--format", "json"], input: "Xk9#mQ2!vL7pRt4z"))
        #expect(strong["score"] as? Int == 4)
        #expect((strong["feedback"] as? [String: Any])?["warning"] is NSNull)
    }

    @Test("Text output shows the meter and crack times in the chosen language", arguments: [
        (Language.de, "Stärke", "online, gebremst"), (.en, "Strength", "online, throttled"),
    ])
    func estimateText(language: Language, meter: String, scenario: String) throws {
        let result = try kennwort(["check", "--lang", language.rawValue], input: "Sommer2024!")
        #expect(result.output.contains(meter + " "))
        #expect(result.output.contains("2/4"))
        #expect(result.output.contains(scenario))
        #expect(result.output.contains("[estimator.season-year]"))
    }

    @Test("A random 16-character password exits 0", arguments: [Language.en, .de])
    func accepted(language: Language) throws {
        let password = "Xk9#mQ2!vL7pRt4z"
        let result = try kennwort(["check", "--lang", language.rawValue], input: password + "\n")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix(language == .de ? "Akzeptiert" : "Accepted"))
        #expect(result.errors.isEmpty)
        expectNoLeak(result, of: password)
    }

    @Test("A rejection is explained in the chosen language", arguments: [
        (Language.de, "Abgelehnt", "Wörterbuch"), (.en, "Rejected", "dictionary word"),
    ])
    func rejectedText(language: Language, verdict: String, reason: String) throws {
        let result = try kennwort(["check", "--lang", language.rawValue], input: "Schalke04!")
        #expect(result.status == 1)
        #expect(result.output.hasPrefix(verdict))
        #expect(result.output.contains(reason))
        #expect(result.output.contains("[cracklib.dictionary-word]"))
        #expect(!result.output.contains("\u{1B}["), "no colour when stdout is not a terminal")
        expectNoLeak(result, of: "Schalke04")
    }

    @Test("The language comes from LC_ALL, then LC_MESSAGES, then LANG", arguments: [
        (["LANG": "de_DE.UTF-8"], "de"),
        (["LANG": "de_DE.UTF-8", "LC_ALL": "en_US.UTF-8"], "en"),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"], "de"),
        (["LANG": "C"], "en"),
    ])
    func languageFromEnvironment(environment: [String: String], expected: String) throws {
        let result = try kennwort(["check", "--format", "json"], input: "Passwort1", environment: environment)
        #expect(try json(result)["lang"] as? String == expected)
    }

    @Test("Usage errors exit 64", arguments: [
        ["check", "--lang", "fr"], ["check", "--format", "xml"], ["check", "--bogus"], ["check", "extra-argument"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try kennwort(arguments, input: "Passwort1")
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(!result.errors.isEmpty)
        expectNoLeak(result, of: "Passwort1")
    }

    @Test("A missing dictionary exits 66 and names the path", arguments: [
        (Language.en, "error: file missing or unreadable"), (.de, "Fehler: Datei fehlt oder ist nicht lesbar"),
    ])
    func missingDictionary(language: Language, headline: String) throws {
        let result = try kennwort(
            ["check", "--lang", language.rawValue, "--dict", "/nonexistent/words"], input: "Xk9#mQ2!vL7pRt4z")
        #expect(result.status == 66)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains(headline))
        #expect(result.errors.contains("/nonexistent/words"))
        expectNoLeak(result, of: "Xk9#mQ2!vL7pRt4z")
    }

    @Test("A damaged dictionary exits 66 and accepts nothing")
    func damagedDictionary() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for suffix in [".pwd", ".pwi", ".hwm"] {
            try FileManager.default.copyItem(atPath: "/var/cache/cracklib/cracklib_dict" + suffix, toPath: folder + "/d" + suffix)
        }
        truncate(folder + "/d.pwd", 4_096)
        let result = try kennwort(["check", "--dict", folder + "/d"], input: "password")
        #expect(result.status == 66)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains(folder + "/d"))
    }

    @Test("Unusable input is rejected with its own code", arguments: [
        (Data("Xk9#mQ2!vL7p\u{0}password".utf8), "input.contains-nul"),
        (Data([0x41, 0x42, 0xFF, 0x43, 0x44, 0x45, 0x46]), "input.invalid-utf8"),
        (Data(), "input.empty"),
        (Data("\n".utf8), "input.empty"),
        (Data(repeating: 0x61, count: 5_000), "input.too-long"),
        (Data(repeating: 0x61, count: 1_000_000), "input.too-long"),
    ])
    func badInput(bytes: Data, code: String) throws {
        let result = try kennwort(["check", "--format", "json"], bytes: bytes)
        #expect(result.status == 1)
        let reasons = try #require(try json(result)["reasons"] as? [[String: Any]])
        #expect(reasons.map { $0["code"] as? String } == [code])
        #expect(try json(result)["score"] == nil, "unusable input is not estimated")
    }

    @Test("Several lines on stdin are a data error that points to batch mode")
    func severalLines() throws {
        let result = try kennwort(["check"], input: "one\ntwo\n")
        #expect(result.status == 65)
        #expect(result.errors.contains("kennwort batch"))
        expectNoLeak(result, of: "two")
    }

    @Test("--user and --gecos feed cracklib's personal checks")
    func userAndGecos() throws {
        let user = try kennwort(["check", "--user", "kmqjzpa", "--format", "json"], input: "kmqjzpa")
        let reasons = try #require(try json(user)["reasons"] as? [[String: Any]])
        #expect(reasons.contains { $0["code"] as? String == "cracklib.based-on-user" })
        #expect(reasons.contains { $0["code"] as? String == "personal.user" })
        let gecos = try kennwort(["check", "--user", "anna", "--gecos", "Gekbo Marnt", "--format", "json"], input: "Gekbomarnt")
        let gecosReasons = try #require(try json(gecos)["reasons"] as? [[String: Any]])
        #expect(gecosReasons.contains { $0["code"] as? String == "cracklib.based-on-user-info" })
        #expect(gecosReasons.contains { $0["code"] as? String == "policy.gecos" })
    }
}

/// Languages as the CLI spells them.
enum Language: String, Sendable, CustomTestStringConvertible {
    case de, en
    var testDescription: String { rawValue }
}
