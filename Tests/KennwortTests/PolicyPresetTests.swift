import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// The `bsi` and `nist` presets on the corpora and on cases from NIST SP 800-63B-4.
@Suite("Policy presets")
struct PolicyPresetTests {
    static func checker(_ settings: PolicySettings) -> PasswordChecker {
        let index = try! EstimatorIndex(path: TestDictionaries.ownData.estimatorIndex)
        return try! PasswordChecker(
            policy: Policy(name: settings.preset, settings: settings), dictionary: TestDictionaries.own,
            estimator: PasswordEstimator(index: index), blocklist: index)
    }

    static let bsi = checker(.bsi)
    static let nist = checker(.nist)

    func acceptedShare(_ checker: PasswordChecker, _ passwords: [String]) throws -> Double {
        Double(try passwords.filter { try checker.assess(SecretBytes($0)).accepted }.count) / Double(passwords.count)
    }

    @Test("bsi rejects at least 99 % of John's list and of the German weak set")
    func bsiRejectsWeak() throws {
        let john = PasswordFactory.textLines(of: TestPaths.johnList).filter { !$0.hasPrefix("#!comment") }
        #expect(1 - (try acceptedShare(Self.bsi, john)) >= 0.99)
        let german = PasswordFactory.textLines(of: PasswordFactory.fixture("german-weak.txt"))
        #expect(1 - (try acceptedShare(Self.bsi, german)) >= 0.99)
    }

    @Test("bsi accepts at least 99.5 % of random 12–20-character passwords with 3+ classes")
    func bsiAcceptsRandom() throws {
        var passwords: [String] = []
        while passwords.count < 2_000 {
            let candidate = PasswordFactory.random(length: Int.random(in: 12...20))
            if CharacterClasses.count(candidate) >= 3 { passwords.append(candidate) }
        }
        #expect(try acceptedShare(Self.bsi, passwords) >= 0.995)
    }

    @Test("bsi accepts at least 99 % of passphrases of 4–5 random German words")
    func bsiAcceptsPassphrases() throws {
        let words = PasswordFactory.textLines(of: "/usr/share/dict/ngerman").filter { !$0.contains("'") }
        let separators = ["-", " ", ".", "_", "+", "#"]
        let passwords = (0..<1_000).map { _ in
            (0..<Int.random(in: 4...5)).map { _ in words.randomElement()! }.joined(separator: separators.randomElement()!)
        }
        #expect(try acceptedShare(Self.bsi, passwords) >= 0.99)
    }

    @Test("bsi: the class table decides the length", arguments: [
        ("kopfsteinpflasterweg", false, "length"),      // 20, 1 class: 25 needed
        ("kopfsteinpflaster-weg-xy", true, nil),         // 25, 2 classes
        ("Qx7#mK2!", false, "estimator"),                // 8, 4 classes: the table allows it, but 10^8 guesses score 2
        ("Qx7#mK2!p", true, nil),                        // 9, 4 classes
        ("Qx7mK2pLw", false, "length"),                  // 9, 3 classes: 12 needed
        ("Qx7mK2pLwZ4t", true, nil),                     // 12, 3 classes
    ])
    func bsiTable(password: String, accepted: Bool, decidedBy: String?) throws {
        let assessment = try Self.bsi.assess(SecretBytes(password))
        #expect(assessment.accepted == accepted)
        #expect(assessment.decidedBy == decidedBy)
    }

    @Test("bsi: systematic passphrases are not false rejects, dictionary words always count")
    func cracklibJudged() throws {
        let phrase = try Self.bsi.assess(SecretBytes("vorstehst-prahlende-mausre-verschlieft"))
        #expect(phrase.accepted)
        let word = try Self.bsi.assess(SecretBytes("Passwort123!"))
        #expect(!word.accepted)
        #expect(word.findings.contains { $0.code == .cracklibDictionaryWord && $0.severity == .reject })
    }

    /// Cases from SP 800-63B-4 §3.1.1.2.
    @Test("nist: at least 15 characters single-factor, 8 with MFA, 64 and more allowed, no composition rules", arguments: [
        ("correcthorsebatterystaple", false, true),         // 25 lower-case letters: no composition rule
        ("zqvmlkwrtxnbpsd", false, true),                   // exactly 15
        ("zqvmlkwrtxnbps", false, false),                   // 14: too short for single-factor
        ("zqvmlkwrt", true, true),                          // 9 within MFA
        ("Kx9 mQ2 vL7 pRt4z Hw8 nB3 cY6 jT1 gF5 sD0 aZ4 uE9 iO2 qW7 rN8 kP3 mV", false, true), // 72 characters with spaces
        ("Übergrößenträger-Äpfel-Öl", false, true),         // Unicode, counted in characters
    ])
    func nistLength(password: String, mfa: Bool, accepted: Bool) throws {
        var settings = PolicySettings.nist
        settings.mfa = mfa
        let assessment = try Self.checker(settings).assess(SecretBytes(password))
        #expect(assessment.accepted == accepted, "\(password): \(assessment.findings.map(\.code))")
    }

    @Test("nist: blocklist of dictionary and common passwords, repetitive and sequential strings, context words", arguments: [
        ("passwordpassword", "blocklist"), ("aaaaaaaaaaaaaaaa", "blocklist"), ("12345678901234567890", "blocklist"),
        ("zyxwvutsrqponmlkjihg", "blocklist"), ("mönchengladbach", "blocklist"),
    ])
    func nistBlocklist(password: String, rule: String) throws {
        let assessment = try Self.nist.assess(SecretBytes(password))
        #expect(!assessment.accepted, "\(password)")
        #expect(assessment.findings.contains { $0.rule == rule }, "\(password): \(assessment.findings)")
    }

    @Test("nist: the user name and its derivatives are rejected, with a reason")
    func nistContext() throws {
        let context = CheckContext(personal: PersonalData(user: "mschneider"))
        let assessment = try Self.nist.assess(SecretBytes("mschneider-firma-2026"), context: context)
        #expect(!assessment.accepted)
        #expect(assessment.decidedBy != nil)
        #expect(assessment.reasons.allSatisfy { AdviceCatalog.entry(for: $0.code, in: .en) != nil })
    }

    @Test("decidedBy names the first rule that rejected")
    func decidedBy() throws {
        #expect(try Self.bsi.assess(SecretBytes("abc")).decidedBy == "length")
        #expect(try Self.bsi.assess(SecretBytes("")).decidedBy == "input")
        #expect(try Self.bsi.assess(SecretBytes("Xk9#mQ2!vL7pRt4z")).decidedBy == nil)
    }

    @Test("Quick mode (batch, helper enforce) gives the full verdict, also for an advisory policy", arguments: [
        "abc", "Passwort1", "hallo123", "Sonnenblume2024!", "mschneider-2026", "Xk9#mQ2!vL7pRt4z", "Hauptstrasse12!Zz", "qwertzuiop123456",
    ])
    func quick(password: String) throws {
        var advisory = PolicySettings.bsi
        advisory.enforcing = false
        let context = CheckContext(personal: PersonalData(user: "mschneider"))
        for var checker in [Self.bsi, Self.checker(advisory)] {
            let full = try checker.assess(SecretBytes(password), context: context)
            checker.quick = true
            let quick = try checker.assess(SecretBytes(password), context: context)
            #expect(quick.accepted == full.accepted, "\(password), enforcing \(checker.policy.settings.enforcing)")
            #expect((quick.decidedBy == nil) == (full.decidedBy == nil))
            #expect(Set(quick.findings.map(\.code)).isSubset(of: Set(full.findings.map(\.code))))
        }
        #expect(try Self.checker(advisory).assess(SecretBytes(password), context: context).accepted, "advisory policies never reject")
    }
}

@Suite("PassphraseGenerator")
struct PassphraseGeneratorTests {
    @Test("1,000 passphrases all pass their policy, with no duplicates", arguments: [Language.de, .en])
    func thousand(language: Language) throws {
        let generator = try PassphraseGenerator.load(language, wordlists: TestPaths.wordlists)
        #expect(generator.words.count >= PassphraseGenerator.minimumListSize)
        #expect(generator.entropyBits(words: 5) >= 60)
        var seen = Set<String>()
        for _ in 0..<1_000 {
            let phrase = generator.generate(words: 5, separator: "-")
            let assessment = try PolicyPresetTests.bsi.assess(phrase)
            let text = phrase.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
            #expect(assessment.accepted, "\(text): \(assessment.reasons.map(\.code))")
            #expect(seen.insert(text).inserted)
            #expect(text.split(separator: "-").count == 5)
        }
    }

    @Test("Lists below 4,096 words are refused")
    func tooShort() {
        #expect(throws: KennwortError.self) { try PassphraseGenerator(words: (0..<4_095).map { "w\($0)" }) }
    }

    @Test("Every word can be drawn: the choice covers the whole list")
    func uniform() throws {
        let words = (0..<4_096).map { "w\($0)" }
        let generator = try PassphraseGenerator(words: words)
        var counts = [String: Int]()
        for _ in 0..<20_000 {
            let phrase = generator.generate(words: 4, separator: " ")
            for word in phrase.withUnsafeBytes({ String(decoding: $0, as: UTF8.self) }).split(separator: " ") {
                counts[String(word), default: 0] += 1
            }
        }
        // 80,000 draws over 4,096 words: about 19.5 each; all should appear, none wildly often.
        #expect(counts.count == 4_096)
        #expect(counts.values.max()! < 60)
    }
}
