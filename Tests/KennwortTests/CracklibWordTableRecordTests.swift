import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// The record that lets a word table skip its checksum pass and canary lookups after it passed once.
@Suite("CracklibWordTable record")
struct CracklibWordTableRecordTests {
    /// A small dictionary with its table in a fresh folder; `body` gets it and the table's path.
    func withDictionary(canaries: [String] = ["word050"], _ body: (CracklibDictionary, String) throws -> Void) throws {
        let prefix = try CracklibPackedFilesTests.smallDictionary()
        let folder = (prefix as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let table = folder + "/d.kwc"
        try body(CracklibDictionary(path: prefix, canaries: canaries, wordTable: table), table)
    }

    func recordText(_ table: String) -> String? {
        try? String(contentsOfFile: table + ".verified", encoding: .utf8)
    }

    @Test("A table is checked once, then trusted while unchanged; a write in place makes it checked again and refused")
    func checkedOnceThenOnChange() throws {
        try withDictionary { dictionary, table in
            _ = try Cracklib(dictionary: dictionary)
            let record = try #require(recordText(table))
            #expect(record.hasPrefix(CracklibWordTable.recordVersion) && record.hasSuffix(" word050\n"))
            // Unchanged: opens as verified, and the record stays as it was.
            #expect(try CracklibWordTable(path: table, canaries: ["word050"]).verifiedBefore)
            _ = try Cracklib(dictionary: dictionary)
            #expect(recordText(table) == record)
            // Other canaries are not vouched for: the table is checked again.
            #expect(try !CracklibWordTable(path: table, canaries: ["word051"]).verifiedBefore)
            // Same size, same modification time set back: the change time still moves, so the
            // checksum runs again and finds the damage.
            let attributes = try FileManager.default.attributesOfItem(atPath: table)
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: table))
            try handle.seek(toOffset: UInt64(CracklibWordTable.headerSize + 8))
            try handle.write(contentsOf: Data([0xFF, 0xFF, 0xFF, 0xFF]))
            try handle.close()
            try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: table)
            let reopened = Result { () throws(KennwortError) in try CracklibWordTable(path: table, canaries: ["word050"]) }
            guard case .failure(let error) = reopened else {
                Issue.record("a damaged table was trusted")
                return
            }
            #expect(error.code == .dataCorrupt)
        }
    }

    @Test("A record of another file's identity is not trusted")
    func foreignRecord() throws {
        try withDictionary { dictionary, table in
            _ = try Cracklib(dictionary: dictionary)
            let forged = CracklibWordTable.recordVersion + "1:2:3:4.5:6.7 word050\n"
            try Data(forged.utf8).write(to: URL(fileURLWithPath: table + ".verified"))
            #expect(try !CracklibWordTable(path: table, canaries: ["word050"]).verifiedBefore)
            // Checked again (it passes) and recorded anew.
            _ = try Cracklib(dictionary: dictionary)
            #expect(recordText(table) != forged)
            #expect(try CracklibWordTable(path: table, canaries: ["word050"]).verifiedBefore)
        }
    }

    @Test("A missing canary is refused at every open and never recorded")
    func missingCanary() throws {
        try withDictionary(canaries: ["word050", "notaword"]) { dictionary, table in
            for _ in 0..<2 {
                let opened = Result { () throws(KennwortError) in try Cracklib(dictionary: dictionary) }
                guard case .failure(let error) = opened else {
                    Issue.record("a dictionary without its canary was accepted")
                    return
                }
                #expect(error.code == .dataCorrupt && error.message.contains("notaword"))
                #expect(recordText(table) == nil)
            }
        }
    }
}
