import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("BreachList")
struct BreachListTests {
    /// A generated HIBP-format file: N random SHA-1s with counts; returns the file and their fingerprints.
    static func hibpFile(_ count: Int, in folder: String) throws -> (path: String, fingerprints: [UInt64]) {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        text.reserveCapacity(count * 50)
        var fingerprints: [UInt64] = []
        fingerprints.reserveCapacity(count)
        let hex = Array("0123456789ABCDEF")
        for index in 0..<count {
            let high = generator.next() as UInt64
            fingerprints.append(high)
            var line = String(high, radix: 16, uppercase: index % 2 == 0)
            line = String(repeating: "0", count: 16 - line.count) + line
            for _ in 0..<24 { line.append(hex[Int(generator.next() as UInt8) % 16]) }
            text += line + ":" + String(1 + index % 5000) + (index % 3 == 0 ? "\r\n" : "\n")
        }
        let path = folder + "/hibp.txt"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return (path, fingerprints)
    }

    @Test("1,000,000 HIBP entries: every one found, no false positives among 1,000,000 others")
    func roundTrip() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (source, fingerprints) = try Self.hibpFile(1_000_000, in: folder)
        let report = try BreachListBuilder().build(from: [source], to: folder + "/list.kwb")
        #expect(report.entries == 1_000_000 && report.malformed == 0)
        let list = try BreachList(path: folder + "/list.kwb")
        #expect(list.count == 1_000_000)
        #expect(list.falsePositiveRate <= 1e-9)
        #expect(list.bytesPerEntry <= 6)
        #expect(fingerprints.allSatisfy { list.lookup(fingerprint: $0) != nil })
        var generator = SystemRandomNumberGenerator()
        let members = Set(fingerprints)
        var falsePositives = 0
        for _ in 0..<1_000_000 {
            let other = generator.next() as UInt64
            if !members.contains(other) && list.lookup(fingerprint: other) != nil { falsePositives += 1 }
        }
        // The stated rate is below 1e-9 per lookup, so 1e6 lookups expect 0.001 hits.
        #expect(falsePositives == 0)
        #expect(list.verify())
    }

    @Test("The external merge gives the same list as the in-memory sort")
    func externalSort() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (source, fingerprints) = try Self.hibpFile(50_000, in: folder)
        // The same file twice, so duplicates meet across runs.
        _ = try BreachListBuilder().build(from: [source, source], to: folder + "/memory.kwb")
        _ = try BreachListBuilder(runLimit: 7_000).build(from: [source, source], to: folder + "/runs.kwb")
        let memory = try BreachList(path: folder + "/memory.kwb")
        let runs = try BreachList(path: folder + "/runs.kwb")
        #expect(memory.count == 50_000 && runs.count == 50_000, "duplicates across runs are merged")
        #expect(runs.verify() && runs.falsePositiveRate <= 1e-9)
        #expect(fingerprints.allSatisfy { memory.lookup(fingerprint: $0) != nil && runs.lookup(fingerprint: $0) != nil })
        var generator = SystemRandomNumberGenerator()
        let others = (0..<50_000).map { _ in generator.next() as UInt64 }
        #expect(others.filter { runs.lookup(fingerprint: $0) != nil }.count == others.filter { memory.lookup(fingerprint: $0) != nil }.count)
    }

    @Test("Plain lists are hashed as given; the check also tries the password in lowercase")
    func plainLists() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "sommer2024\nPasswort\ngrüße123\n".write(toFile: folder + "/plain.txt", atomically: true, encoding: .utf8)
        _ = try BreachListBuilder().build(from: [folder + "/plain.txt"], to: folder + "/plain.kwb")
        let list = try BreachList(path: folder + "/plain.kwb")
        #expect(list.lookup(SecretBytes("sommer2024")) != nil)
        #expect(list.lookup(SecretBytes("Sommer2024")) != nil, "lowercase variant")
        #expect(list.lookup(SecretBytes("SOMMER2024")) != nil, "lowercase variant")
        #expect(list.lookup(SecretBytes("Passwort")) != nil)
        #expect(list.lookup(SecretBytes("passwort")) == nil, "only lowercase is tried, not other case variants")
        #expect(list.lookup(SecretBytes("GRÜßE123")) != nil, "non-ASCII letters are lowercased too")
        #expect(list.lookup(SecretBytes("grüsse123")) == nil, "no umlaut folding: the hash is of the exact bytes")
        #expect(list.lookup(SecretBytes("Xk9#mQ2!vL7pRt4z")) == nil)
    }

    @Test("Malformed lines are counted and the first ten named; the rest imports")
    func malformedLines() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var lines: [String] = []
        for index in 1...30 {
            switch index % 3 {
            case 0: lines.append("ZZ" + String(repeating: "A", count: 38) + ":5")         // not hex
            case 1: lines.append(String(repeating: "AB", count: 20) + ":\(index)")         // good (repeated fingerprint)
            default: lines.append(String(format: "%02X", index) + String(repeating: "C", count: 38) + ":\(index)") // good
            }
        }
        lines.insert("0123456789ABCDEF0123456789ABCDEF01234567:x", at: 0)                   // bad count
        lines.insert("0123456789ABCDEF0123456789ABCDEF01234567", at: 0)                     // good, no count
        try lines.joined(separator: "\n").write(toFile: folder + "/mixed.txt", atomically: true, encoding: .utf8)
        let report = try BreachListBuilder(format: .hibp).build(from: [folder + "/mixed.txt"], to: folder + "/mixed.kwb")
        #expect(report.malformed == 11)
        #expect(report.malformedLines.map(\.line) == [2, 5, 8, 11, 14, 17, 20, 23, 26, 29])
        #expect(report.entries == 1 + 1 + 10, "the no-count line, the repeated one once, ten distinct")
    }

    @Test("--min-count drops rare entries")
    func minimumCount() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "\(String(repeating: "A", count: 40)):3\n\(String(repeating: "B", count: 40)):30\n".write(toFile: folder + "/h.txt", atomically: true, encoding: .utf8)
        let report = try BreachListBuilder(minimumCount: 10).build(from: [folder + "/h.txt"], to: folder + "/h.kwb")
        #expect(report.entries == 1 && report.dropped == 1)
    }

    /// Builds a small list and returns its bytes.
    static func smallList(in folder: String) throws -> Data {
        try (1...500).map { "word\($0)" }.joined(separator: "\n").write(toFile: folder + "/w.txt", atomically: true, encoding: .utf8)
        _ = try BreachListBuilder().build(from: [folder + "/w.txt"], to: folder + "/w.kwb")
        return try Data(contentsOf: URL(fileURLWithPath: folder + "/w.kwb"))
    }

    @Test("Damaged files are refused at open, never read", arguments: [
        "truncate:0", "truncate:8", "truncate:40", "truncate:63", "truncate:64", "truncate:100", "truncate:1000",
        "truncate:-50", "truncate:-1", "truncate:-5", "flip:13", "flip:30", "magic", "version",
    ])
    func damaged(kind: String) throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var data = try Self.smallList(in: folder)
        let parts = kind.split(separator: ":")
        switch parts[0] {
        case "truncate":
            let cut = Int(parts[1])!
            data = data.prefix(cut >= 0 ? cut : data.count + cut)
        case "flip":
            data[Int(parts[1])!] ^= 0x40
        case "magic":
            data.replaceSubrange(0..<8, with: Data("KWBRCH99".utf8))
        default:
            // Version 2 with a correct header checksum: refused for its version alone.
            data.replaceSubrange(8..<12, with: Data([2, 0, 0, 0]))
            let checksum = data.prefix(56).withUnsafeBytes { BreachListFormat.fnv1a($0) }
            withUnsafeBytes(of: checksum.littleEndian) { data.replaceSubrange(56..<64, with: Data($0)) }
        }
        try data.write(to: URL(fileURLWithPath: folder + "/bad.kwb"))
        let error = #expect(throws: KennwortError.self) { try BreachList(path: folder + "/bad.kwb") }
        #expect(error?.code == .dataInvalid)
        if parts[0] == "version" { #expect(error?.message.contains("version") == true) }
        if parts[0] == "magic" { #expect(error?.message.contains("magic") == true) }
    }
}
