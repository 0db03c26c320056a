import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// The record that lets a word table skip its checksum pass after it passed once.
@Suite("CracklibWordTable record")
struct CracklibWordTableRecordTests {
    @Test("A table is checked once, then trusted while unchanged; a write in place makes it checked again and refused")
    func checkedOnceThenOnChange() throws {
        let prefix = try CracklibPackedFilesTests.smallDictionary()
        let folder = (prefix as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let table = folder + "/d.kwc"
        let dictionary = CracklibDictionary(path: prefix, canaries: ["word050"], wordTable: table)
        _ = try CracklibWordTableBuilder.table(for: dictionary)
        let record = try String(contentsOfFile: table + ".verified", encoding: .utf8)
        #expect(record.hasPrefix(CracklibWordTable.recordVersion))
        // Unchanged: opens, and the record stays as it was.
        #expect(try CracklibWordTable(path: table).wordCount == 100)
        #expect(try String(contentsOfFile: table + ".verified", encoding: .utf8) == record)
        // Same size, same modification time set back: the change time still moves, so the
        // checksum runs again and finds the damage.
        let attributes = try FileManager.default.attributesOfItem(atPath: table)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: table))
        try handle.seek(toOffset: UInt64(CracklibWordTable.headerSize + 8))
        try handle.write(contentsOf: Data([0xFF, 0xFF, 0xFF, 0xFF]))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: table)
        let reopened = Result { () throws(KennwortError) in try CracklibWordTable(path: table) }
        guard case .failure(let error) = reopened else {
            Issue.record("a damaged table was trusted")
            return
        }
        #expect(error.code == .dataCorrupt)
    }

    @Test("A record of another file's identity is not trusted")
    func foreignRecord() throws {
        let prefix = try CracklibPackedFilesTests.smallDictionary()
        let folder = (prefix as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let table = folder + "/d.kwc"
        _ = try CracklibWordTableBuilder.table(for: CracklibDictionary(path: prefix, canaries: ["word050"], wordTable: table))
        try Data((CracklibWordTable.recordVersion + "1:2:3:4.5:6.7\n").utf8).write(to: URL(fileURLWithPath: table + ".verified"))
        // Checked again (it passes) and recorded anew.
        #expect(try CracklibWordTable(path: table).wordCount == 100)
        #expect(try String(contentsOfFile: table + ".verified", encoding: .utf8) != CracklibWordTable.recordVersion + "1:2:3:4.5:6.7\n")
    }
}
