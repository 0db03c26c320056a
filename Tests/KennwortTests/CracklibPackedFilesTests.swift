import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// The safe Swift reading of packed dictionaries, against libcrack's own, and on damaged files.
@Suite("Cracklib packed files")
struct CracklibPackedFilesTests {
    @Test("Decodes every word and mark exactly as libcrack's GetPW does", arguments: ["system", "own"])
    func decodeEqualsGetPW(name: String) throws {
        let dictionary = name == "system" ? TestDictionaries.system : TestDictionaries.own
        let ours = try CracklibPackedFiles.decode(dictionary)
        let libcrack = try CracklibEngine.shared.contents(of: dictionary)
        #expect(ours.words.count == libcrack.words.count && ours.words.count > 10_000)
        #expect(ours.words == libcrack.words)
        #expect(ours.highWaterMarks != nil && ours.highWaterMarks == libcrack.highWaterMarks)
    }

    /// Ways to damage a small dictionary that libcrack would read out of bounds, or write past its buffers.
    enum Damage: String, CaseIterable, Sendable {
        case longFirstWord, sharedTooLong, noTerminator, offsetPastEnd, markPastEnd, wrongBlockLength, truncatedIndex
    }

    /// Writes a dictionary of 100 words (7 blocks) with libcrack's packer, in a new folder.
    static func smallDictionary() throws -> String {
        let prefix = TestPaths.temporaryDirectory() + "/d"
        let words = (0..<100).map { Array(String(format: "word%03d", $0).utf8) }
        let written = CracklibEngine.shared.withNoDictionaryOpen { CracklibBinding.write(prefix: prefix, words: words) }
        try #require(written)
        return prefix
    }

    /// Overwrites bytes of a file.
    static func patch(_ path: String, at offset: Int, _ bytes: [UInt8]) throws {
        var contents = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if offset + bytes.count > contents.count { contents += [UInt8](repeating: 0, count: offset + bytes.count - contents.count) }
        contents.replaceSubrange(offset..<offset + bytes.count, with: bytes)
        try Data(contents).write(to: URL(fileURLWithPath: path))
    }

    static func apply(_ damage: Damage, to prefix: String) throws {
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".pwd")))
        switch damage {
        case .longFirstWord:  // 40 bytes before the first NUL: more than GetPW's 32-byte word
            try patch(prefix + ".pwd", at: 0, [UInt8](repeating: 0x61, count: 40))
        case .sharedTooLong:  // the second word shares 200 bytes with a 7-byte one
            let end = try #require(data.firstIndex(of: 0))
            try patch(prefix + ".pwd", at: end + 1, [200])
        case .noTerminator:  // a whole block without NUL
            try patch(prefix + ".pwd", at: 0, [UInt8](repeating: 0x61, count: 600))
        case .offsetPastEnd:  // block 1 starts beyond the words file
            try patch(prefix + ".pwi", at: 12 + 4, [0xFF, 0xFF, 0xFF, 0x00])
        case .markPastEnd:  // the mark of "w" points past the last word
            try patch(prefix + ".hwm", at: Int(UInt8(ascii: "w")) * 4, [0xFF, 0x00, 0x00, 0x00])
        case .wrongBlockLength:
            try patch(prefix + ".pwi", at: 8, [8, 0])
        case .truncatedIndex:  // the header promises more blocks than the index has
            try patch(prefix + ".pwi", at: 4, [0x00, 0x10, 0x00, 0x00])
        }
    }

    @Test("An intact small dictionary decodes, with its words in order")
    func intact() throws {
        let prefix = try Self.smallDictionary()
        defer { try? FileManager.default.removeItem(atPath: (prefix as NSString).deletingLastPathComponent) }
        let decoded = try CracklibPackedFiles.decode(CracklibDictionary(path: prefix))
        #expect(decoded.words == (0..<100).map { Array(String(format: "word%03d", $0).utf8) })
    }

    @Test("A damaged dictionary is refused before libcrack reads it, with either engine", arguments: Damage.allCases)
    func damagedIsRefused(damage: Damage) throws {
        let prefix = try Self.smallDictionary()
        defer { try? FileManager.default.removeItem(atPath: (prefix as NSString).deletingLastPathComponent) }
        try Self.apply(damage, to: prefix)
        let dictionary = CracklibDictionary(path: prefix, canaries: ["word050"])
        let decoded = Result { () throws(KennwortError) in try CracklibPackedFiles.decode(dictionary) }
        #expect(Self.code(decoded) == .dataCorrupt, "\(damage)")
        for engine in [Cracklib.Engine.native, .libcrack] {
            let opened = Result { () throws(KennwortError) in try Cracklib(dictionary: dictionary, engine: engine) }
            #expect(Self.code(opened) == .dataCorrupt, "\(damage), \(engine)")
        }
        // And the lock-guarded libcrack engine checks on its own before `PWOpen`.
        let raw = Result { () throws(KennwortError) in try CracklibEngine.shared.withDictionary(dictionary) { _ in } }
        #expect(Self.code(raw) == .dataCorrupt, "\(damage), libcrack opened it")
    }

    @Test("Block decoding stops at the block's end and at a word's 31 bytes")
    func blockBounds() {
        // 16 words of 31 bytes fit: the first whole, then each sharing 30 bytes and adding one.
        var block = [UInt8](repeating: 0x61, count: 31) + [0]
        for _ in 1..<16 { block += [30, 0x62, 0] }
        #expect(CracklibPackedFiles.decodeBlock(block[...])?.last == [UInt8](repeating: 0x61, count: 30) + [0x62])
        // One more byte in a word is one too many.
        var long = [UInt8](repeating: 0x61, count: 31) + [0]
        long += [31, 0x62, 0]
        #expect(CracklibPackedFiles.decodeBlock(long[...]) == nil)
        // Missing words read as empty ones, as GetPW's zeroed buffer gives them.
        #expect(CracklibPackedFiles.decodeBlock([0x61, 0][...]) == [[0x61]] + Array(repeating: [], count: 15))
    }

    private static func code<T>(_ result: Result<T, KennwortError>) -> KennwortError.Code? {
        if case .failure(let error) = result { return error.code }
        return nil
    }
}
