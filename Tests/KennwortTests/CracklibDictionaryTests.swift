import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("CracklibDictionary")
struct CracklibDictionaryTests {
    @Test("Any of the three file names gives the same prefix", arguments: ["/d/x", "/d/x.pwd", "/d/x.pwi", "/d/x.hwm"])
    func prefix(path: String) {
        #expect(CracklibDictionary(path: path).prefix == "/d/x")
    }

    @Test("A missing dictionary is an error naming the path")
    func missing() {
        let error = #expect(throws: KennwortError.self) {
            try Cracklib(dictionary: CracklibDictionary(path: "/nonexistent/kennwort-dict"))
        }
        #expect(error?.code == .dataMissing)
        #expect(error?.path?.hasPrefix("/nonexistent/kennwort-dict") == true)
    }

    /// Copies Debian's dictionary, lets `damage` change the copy, and returns the copy.
    func damagedCopy(_ damage: (String) throws -> Void) throws -> CracklibDictionary {
        let folder = TestPaths.temporaryDirectory()
        let source = TestDictionaries.system.prefix
        for suffix in [".pwd", ".pwi", ".hwm"] {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: folder + "/copy" + suffix)
        }
        try damage(folder + "/copy")
        return CracklibDictionary(path: folder + "/copy")
    }

    @Test("Damaged dictionaries are refused instead of accepting \"password\"", arguments: [
        "truncated data", "zeroed data", "garbage index header", "empty index",
    ])
    func damaged(kind: String) throws {
        let dictionary = try damagedCopy { prefix in
            switch kind {
            case "truncated data":
                truncate(prefix + ".pwd", 1_000)
            case "zeroed data":
                let size = try FileManager.default.attributesOfItem(atPath: prefix + ".pwd")[.size] as! Int
                try Data(count: size).write(to: URL(fileURLWithPath: prefix + ".pwd"))
            case "garbage index header":
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: prefix + ".pwi"))
                try handle.write(contentsOf: Data(repeating: 0x5A, count: 16))
                try handle.close()
            default:
                truncate(prefix + ".pwi", 0)
            }
        }
        defer { try? FileManager.default.removeItem(atPath: DataLocatorPath.parent(dictionary.prefix)) }
        let error = #expect(throws: KennwortError.self) { try Cracklib(dictionary: dictionary) }
        #expect(error?.code == .dataCorrupt || error?.code == .dataMissing)
        #expect(error?.path == dictionary.prefix || error?.path?.hasPrefix(dictionary.prefix) == true)
    }

    @Test("Kennwort's own dictionary is rebuilt when a list changes")
    func rebuildOnChange() throws {
        let lists = TestPaths.temporaryDirectory()
        let cache = TestPaths.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: lists)
            try? FileManager.default.removeItem(atPath: cache)
        }
        try "hallo\nhallo123\npasswort\nqwrtzkla\n".write(toFile: lists + "/a.txt", atomically: true, encoding: .utf8)
        let first = try DictionaryCache(directory: cache, wordlists: lists).dictionary()
        let checker = try Cracklib(dictionary: first)
        #expect(try checker.check(SecretBytes("Qwrtzkla1"))?.code == .cracklibDictionaryWord)
        #expect(try checker.check(SecretBytes("Plmokn77x")) == nil)

        try "hallo\nhallo123\npasswort\nplmokn\n".write(toFile: lists + "/a.txt", atomically: true, encoding: .utf8)
        let second = try DictionaryCache(directory: cache, wordlists: lists).dictionary()
        #expect(second.prefix != first.prefix)
        #expect(try Cracklib(dictionary: second).check(SecretBytes("Plmokn77x"))?.code == .cracklibDictionaryWord)
        #expect(!FileManager.default.fileExists(atPath: first.prefix + ".pwd"), "the stale dictionary is removed")
    }
}

enum DataLocatorPath {
    static func parent(_ path: String) -> String { (path as NSString).deletingLastPathComponent }
}
