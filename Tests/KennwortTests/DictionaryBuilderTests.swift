import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("DictionaryBuilder")
struct DictionaryBuilderTests {
    @Test("Folding lowercases, spells umlauts out and keeps only [a-z0-9]", arguments: [
        ("Passwörter", "passwoerter"),
        ("ÄÖÜäöüß", "aeoeueaeoeuess"),
        ("Hallo Welt!", "hallowelt"),
        ("schalke04", "schalke04"),
        ("café", "caf"),
        ("", ""),
        (String(repeating: "x", count: 40), String(repeating: "x", count: 30)),
    ])
    func fold(input: String, expected: String) {
        #expect(String(decoding: DictionaryBuilder.fold(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test("Collected words are byte-sorted, unique, folded and truncated")
    func collect() throws {
        let list = try #require(Bundle.module.path(forResource: "small-list", ofType: "txt", inDirectory: "Fixtures"))
        let words = try DictionaryBuilder.collectWords(from: [list]).map { String(decoding: $0, as: UTF8.self) }
        #expect(words == [
            "abcdefghijklmnopqrstuvwxyz0123", "baerchen", "kuckuck", "oktoberfest", "strasse",
            "zwoelfmal", "zzzyyyxxx2026",
        ])
    }

    @Test("Unsorted or duplicate input is refused, because cracklib would silently miss words")
    func unsortedRefused() {
        let folder = TestPaths.temporaryDirectory()
        for words in [["b", "a"], ["a", "a"], ["a", ""]] {
            #expect(throws: KennwortError.self) {
                try DictionaryBuilder.write(words: words.map { Array($0.utf8) }, prefix: folder + "/x")
            }
        }
    }

    @Test("A built dictionary finds its words and nothing else")
    func buildAndLook() throws {
        let list = try #require(Bundle.module.path(forResource: "small-list", ofType: "txt", inDirectory: "Fixtures"))
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let words = try DictionaryBuilder.collectWords(from: [list])
        try DictionaryBuilder.write(words: words, prefix: folder + "/tiny")
        let cracklib = try Cracklib(dictionary: CracklibDictionary(path: folder + "/tiny", canaries: ["oktoberfest"]))
        #expect(try cracklib.check(SecretBytes("Oktoberfest7"))?.code == .cracklibDictionaryWord)
        #expect(try cracklib.check(SecretBytes("zzzyyyxxx2026"))?.code == .cracklibDictionaryWord)
        #expect(try cracklib.check(SecretBytes("Zq8#kP2!wX")) == nil)
        // "password" is not in this tiny list, so the base canaries would call it damaged.
        #expect(throws: KennwortError.self) { try Cracklib(dictionary: CracklibDictionary(path: folder + "/tiny")) }
    }

    @Test("A word only in Kennwort's lists is rejected with its dictionary and accepted with Debian's")
    func ownListsMatter() throws {
        let system = try Cracklib(dictionary: TestDictionaries.system)
        let own = try Cracklib(dictionary: TestDictionaries.own)
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.wordlists)
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("passphrase-") }
        var onlyOurs: [String] = []
        for file in files {
            for entry in PasswordFactory.lines(of: TestPaths.wordlists + "/" + file).prefix(300) {
                let word = String(decoding: entry, as: UTF8.self)
                guard word.count >= 7, !word.contains(where: { !$0.isASCII }) else { continue }
                if try system.check(SecretBytes(word), user: "kennwort") == nil { onlyOurs.append(word) }
            }
        }
        #expect(onlyOurs.count >= 20, "the lists should add words Debian's dictionary lacks")
        for word in onlyOurs {
            let finding = try own.check(SecretBytes(word), user: "kennwort")
            #expect(finding?.code == .cracklibDictionaryWord, "\(word) is in wordlists/")
        }
    }
}
