import Foundation
import Glibc
import Testing
import KennwortTestSupport
@testable import Kennwort

/// Inputs the fuzzers in Fuzz/ found, each kept as a test of the normal suite.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The lines a `LineReader` returns for `input`: the bytes, or `nil` for a line too long.
    static func readLines(_ input: [UInt8], limit: Int, bufferSize: Int = 65_536) throws -> [[UInt8]?] {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        _ = input.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        defer { close(ends[0]) }
        let reader = LineReader(descriptor: ends[0], limit: limit, bufferSize: bufferSize)
        var lines: [[UInt8]?] = []
        while let line = try reader.next() {
            switch line {
            case .bytes(let bytes): lines.append(bytes.withUnsafeBytes { Array($0) })
            case .tooLong: lines.append(nil)
            }
        }
        return lines
    }

    @Test("batch: a line of exactly the limit is kept when its \\r\\n straddles the read buffer (fuzz-batch)")
    func crlfAtBufferEnd() throws {
        // With limit 4 the buffer holds 8 bytes: the first read ends after "abcd\r", before "\n".
        let input = Array("ab\nabcd\r\nabcde\r\n".utf8)
        let expected: [[UInt8]?] = [Array("ab".utf8), Array("abcd".utf8), nil]
        #expect(try Self.readLines(input, limit: 4, bufferSize: 0) == expected)
        #expect(try Self.readLines(input, limit: 4) == expected)
    }

    @Test("breach: a damaged index is a miss, not a trap (fuzz-breach)")
    func damagedIndex() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Passwort1\nhallo123\n".write(toFile: folder + "/plain.txt", atomically: false, encoding: .utf8)
        _ = try BreachListBuilder(format: .plain).build(from: [folder + "/plain.txt"], to: folder + "/list.kwb")
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/list.kwb")))
        // Every index offset becomes 2^64 − 1 (a list this small has 2^8 + 1 of them);
        // the header and its checksum stay intact, so the list still opens.
        #expect(try BreachList(path: folder + "/list.kwb").prefixBits == 8)
        for offset in 64..<(64 + 257 * 8) { bytes[offset] = 0xFF }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/damaged.kwb"))
        let list = try BreachList(path: folder + "/damaged.kwb")
        #expect(list.lookup(SecretBytes("Passwort1")) == nil)
        #expect(!list.verify())
    }

    @Test("policy: CRLF line endings read like LF (fuzz-policy)")
    func crlfPolicy() {
        let unix = PolicyFile.parse("minlen = 12\ndcredit = -1\nbadwords = firma\n")
        let windows = PolicyFile.parse("minlen = 12\r\ndcredit = -1\r\nbadwords = firma\r\n")
        #expect(windows.diagnostics.isEmpty)
        #expect(windows.settings == unix.settings)
        #expect(windows.settings.minlen == 12)
    }

    @Test("policy: the smallest Int is a lint error, not a trap (fuzz-policy)")
    func intMinPolicy() {
        let parsed = PolicyFile.parse("minlen = -9223372036854775808\ndifok = 2147483647\nucredit = -2147483646\n")
        #expect(parsed.diagnostics.map(\.line) == [1, 2])
        #expect(parsed.diagnostics.allSatisfy { $0.kind == .error })
        #expect(parsed.settings.ucredit == -2_147_483_646)
    }

    @Test("policy: a PAM-only flag given a value keeps it through render and parse (fuzz-policy)")
    func flagValueRoundTrip() {
        let parsed = PolicyFile.parse("enforce_for_root = try = 3\nlocal_users_only\n")
        let again = PolicyFile.parse(PolicyFile.render(parsed.settings))
        #expect(again.settings == parsed.settings)
        #expect(again.settings.pamOnly["enforce_for_root"] == "try = 3")
        #expect(again.settings.pamOnly["local_users_only"] == "1")
    }

    @Test("batch: a CSV header naming a column twice is refused, rows are not misread (fuzz-batch)")
    func repeatedCSVColumn() {
        var parser = BatchParser(format: .csv)
        #expect(throws: KennwortError.self) { try parser.readHeader(SecretBytes("user,password,password,old_password")) }
        var good = BatchParser(format: .csv)
        #expect(throws: Never.self) { try good.readHeader(SecretBytes("user,password,old_password")) }
        let item = good.item(.bytes(SecretBytes("anna,Geheim1,Alt2")), number: 2)
        #expect(item.user == "anna" && item.problem == nil)
    }
}
