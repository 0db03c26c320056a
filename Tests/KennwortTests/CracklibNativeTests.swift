import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// Kennwort's reimplementation of libcrack's checks, compared with libcrack itself.
@Suite("Cracklib native engine")
struct CracklibNativeTests {
    /// Words with digits, symbols, case and spaces, for the rule interpreter.
    static let words: [[UInt8]] = {
        var words = PasswordFactory.lines(of: TestPaths.johnList).filter { $0.count < 60 && !$0.contains(13) }.prefix(800).map { $0 }
        words += ["p4$$w0rd", "H3ll0 W0rld!", "  spaced out  ", "Benches", "alloy", "gully", "bias", "zz", "s3cr3t#1",
                  "1qaz2wsx", "QWERTZ", "a", "Ab", "x.y,z;!?\"'`", "$%^&*()-_+=|\\[]{}#@/~"].map { Array($0.utf8) }
        words += (0..<400).map { _ in Array(PasswordFactory.random(length: Int.random(in: 4...24)).utf8) }
        // Bytes above 127, as libcrack sees UTF-8 in the C locale.
        words += [Array("Grüße2024".utf8), Array("Mädchen!".utf8), [0xFF, 0x80, 0x41, 0x7F]]
        return words
    }()

    /// Rules beyond libcrack's lists, one or more per command, including malformed ones.
    static let extraRules = [
        "u", "l", "c", "p", "r", "d", "f", "^x", "$y", "<8", ">5", "x13", "x2z", "o1z", "i2q", "i9q", "@a", "@?v",
        "!?d", "!z", "/?w", "/?u", "=0?l", "=1a", "(a", ")b", "s?vx", "s?Dy", "sa4", "?", "Z", "s", "sx", "x1", "@", "/",
        "=", "=1", "<", ">", "^", "$", "o", "i", "/?", "@??", "s??x", "[[[[", "]]]]]", "dr", "rf", ":", "/a@a", "/?S@?S",
        "/?C@?C", "/?V@?V", "/?W@?W", "/?L@?L", "/?U@?U", "/?A@?A", "/?D@?D", "/?P@?P", "/?q@?q",
    ]

    @Test("The rule interpreter returns what libcrack's Mangle returns, rule by rule")
    func rulesEqualMangle() {
        let rules = CracklibRuleLists.destructorTexts + CracklibRuleLists.constructorTexts + Self.extraRules
        #expect(CracklibRuleLists.destructorTexts.count == 361)
        var mismatches: [String] = []
        CracklibEngine.shared.withNoDictionaryOpen {
            for text in rules {
                let rule = CracklibRule(text)
                for word in Self.words where word.count < 120 {
                    let expected = CracklibBinding.mangle(word, rule: text)
                    if rule.apply(word) != expected, mismatches.count < 10 {
                        mismatches.append("\(text) on \(String(decoding: word, as: UTF8.self))")
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "differs from Mangle: \(mismatches)")
    }

    @Test("Compiled destructors give exactly the rule-by-rule results")
    func candidatesEqualRules() {
        let compiled = CracklibCandidates.destructors
        #expect(compiled.general.count == 10, "the ten trimming and purging rules stay interpreted")
        for word in Self.words {
            let expected = Set(CracklibRuleLists.destructors.compactMap { $0.apply(word) })
            #expect(Set(compiled.candidates(word)) == expected, "for \(String(decoding: word, as: UTF8.self))")
        }
    }

    @Test("The word table finds exactly what libcrack's FindPW finds", arguments: ["system", "own"])
    func tableEqualsFindPW(name: String) throws {
        let dictionary = name == "system" ? TestDictionaries.system : TestDictionaries.own
        let contents = try CracklibEngine.shared.contents(of: dictionary)
        let table = try CracklibWordTableBuilder.table(for: dictionary)
        var probes: [[UInt8]] = stride(from: 0, to: contents.words.count, by: 97).map { contents.words[$0] }
        // The ends of every first-byte range, where the binary search has its quirks.
        if let marks = contents.highWaterMarks {
            for mark in Set(marks) where Int(mark) < contents.words.count {
                probes += [contents.words[Int(mark)]] + (Int(mark) + 1 < contents.words.count ? [contents.words[Int(mark) + 1]] : [])
            }
        }
        probes += [contents.words[0], contents.words[contents.words.count - 1]]
        // Every word the reimplemented search misses, so each quirk is checked, not sampled.
        let missed = contents.words.filter { !CracklibWordTableBuilder.findPW($0, in: contents.words, highWaterMarks: contents.highWaterMarks) }
        #expect(table.wordCount == contents.words.count - missed.count)
        probes += missed
        probes += probes.prefix(300).map { $0 + [UInt8(ascii: "x")] } + probes.prefix(300).map { Array($0.dropLast()) }
        var differences: [String] = []
        try CracklibEngine.shared.withDictionary(dictionary) { handle in
            for probe in probes where !probe.isEmpty && table.contains(probe) != CracklibBinding.find(handle, probe) {
                differences.append(String(decoding: probe, as: UTF8.self))
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(10))")
        #expect(probes.count > 1_000)
    }

    /// Passwords built to reach every check: dictionary words in disguise, user data, short and simple ones.
    static func corpus(_ dictionary: CracklibDictionary) throws -> [[UInt8]] {
        var passwords = PasswordFactory.lines(of: TestPaths.johnList).filter { !$0.contains(13) }
        passwords += PasswordFactory.lines(of: PasswordFactory.fixture("german-weak.txt"))
        passwords += (0..<1_500).map { _ in Array(PasswordFactory.random(length: Int.random(in: 6...18)).utf8) }
        let words = try CracklibEngine.shared.contents(of: dictionary).words
        let leet: [UInt8: [UInt8]] = [0x61: [0x34, 0x40], 0x65: [0x33], 0x6F: [0x30], 0x73: [0x24, 0x35], 0x69: [0x31, 0x21], 0x6C: [0x31]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var word = words.randomElement(using: &generator)!
            word = word.map { byte in Bool.random() ? leet[byte]?.randomElement() ?? byte : byte }
            if Bool.random() { word.reverse() }
            if Bool.random() { word = [UInt8(ascii: "!")] + word + Array("\(Int.random(in: 0...99))".utf8) }
            if Bool.random() { word = word.map { Bool.random() ? CBytes.uppercase($0) : $0 } }
            passwords.append(word)
        }
        passwords += ["anna.mueller", "Annamueller1", "rellEumanna", "amueller#77", "Mueller2024!", "  Passwort  ", "ab123456c"].map { Array($0.utf8) }
        return passwords.filter { !$0.contains(0) }
    }

    @Test("Verdicts equal libcrack's, message for message, with and without user data", arguments: ["system", "own"])
    func verdictsEqualLibcrack(name: String) throws {
        let dictionary = name == "system" ? TestDictionaries.system : TestDictionaries.own
        let table = try CracklibWordTableBuilder.table(for: dictionary)
        let passwords = try Self.corpus(dictionary)
        let people: [(user: String, gecos: String)] = [
            ("kennwort", ""), ("anna", "Anna Mueller,Raum 4,+49 30 1234"), ("amueller", "Dr. Anna-Lena Müller"), ("root", "root,,,"),
        ]
        var differences: [String] = []
        var rejected = 0
        try CracklibEngine.shared.withDictionary(dictionary) { handle in
            for (index, password) in passwords.enumerated() {
                let person = people[index % people.count]
                let user = Cracklib.cap(person.user, bytes: Cracklib.userByteLimit)
                let gecos = Cracklib.capGecos(person.gecos)
                let expected = CracklibBinding.look(handle, password: SecretBytes(copying: password), user: user, gecos: gecos)
                let actual = CracklibLook.look(password, user: Array(user.utf8), gecos: Array(gecos.utf8), isWord: table.contains)
                if expected != nil { rejected += 1 }
                if actual != expected, differences.count < 10 {
                    differences.append("\(String(decoding: password, as: UTF8.self)): \(actual ?? "OK") vs \(expected ?? "OK")")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences)")
        #expect(rejected > passwords.count / 3 && rejected < passwords.count, "the corpus reaches both verdicts")
    }

    @Test("A damaged or stale word table is rebuilt, never trusted")
    func damagedTableRebuilt() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let prefix = folder + "/dict"
        try DictionaryBuilder.write(words: ["computer", "dragon", "password", "zebra"].map { Array($0.utf8) }, prefix: prefix)
        let dictionary = CracklibDictionary(path: prefix, wordTable: folder + "/dict.kwc")
        _ = try Cracklib(dictionary: dictionary)
        let size = try FileManager.default.attributesOfItem(atPath: folder + "/dict.kwc")[.size] as? Int
        // Truncate the table: the next checker must rebuild it, not read past its end.
        try Data(repeating: 0x41, count: 100).write(to: URL(fileURLWithPath: folder + "/dict.kwc"))
        let checker = try Cracklib(dictionary: dictionary)
        #expect(try checker.check(SecretBytes("Password1"))?.code == .cracklibDictionaryWord)
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/dict.kwc")[.size] as? Int == size)
        // A new dictionary in the same place makes the old table stale.
        try DictionaryBuilder.write(words: ["computer", "dragon", "kxqzvbw", "password"].map { Array($0.utf8) }, prefix: prefix)
        #expect(try Cracklib(dictionary: dictionary).check(SecretBytes("kxqzvbw!"))?.code == .cracklibDictionaryWord)
    }

    @Test("Both engines agree through the public API, and the native one needs no lock")
    func enginesAgree() async throws {
        let native = try Cracklib(dictionary: TestDictionaries.own, engine: .native)
        let reference = try Cracklib(dictionary: TestDictionaries.own, engine: .libcrack)
        let passwords = PasswordFactory.textLines(of: PasswordFactory.fixture("german-weak.txt")).prefix(500)
        let expected = try passwords.map { try reference.check(SecretBytes($0), user: "anna", gecos: "Anna Schmidt")?.code }
        let actual = try await withThrowingTaskGroup(of: (Int, FindingCode?).self) { group in
            for (index, password) in passwords.enumerated() {
                group.addTask { (index, try native.check(SecretBytes(password), user: "anna", gecos: "Anna Schmidt")?.code) }
            }
            var results = [FindingCode?](repeating: nil, count: passwords.count)
            for try await (index, code) in group { results[index] = code }
            return results
        }
        #expect(actual == expected)
    }
}
