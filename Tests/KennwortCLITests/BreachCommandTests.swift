import Foundation
import Testing
import KennwortTestSupport

/// `kennwort breach` and the breach rule of `check`, run as built.
@Suite("kennwort breach")
struct BreachCommandTests {
    func kennwort(_ arguments: [String], input: String = "") throws -> ProcessResult {
        try ProcessRunner.run(TestPaths.kennwort, arguments, input: Data(input.utf8))
    }

    @Test("import, stats and check: exit 0 not found, 1 found, 65 damaged, 66 missing")
    func importAndCheck() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Kennwort-Geheim-7\nnot hex:5\n".write(toFile: folder + "/plain.txt", atomically: true, encoding: .utf8)
        let imported = try kennwort(["breach", "import", folder + "/plain.txt", "-o", folder + "/l.kwb", "--format", "plain"])
        #expect(imported.status == 0)
        #expect(imported.output.contains("2 entries"))
        #expect(!imported.output.contains("Kennwort-Geheim-7") && !imported.errors.contains("Kennwort-Geheim-7"))
        let found = try kennwort(["breach", "check", "--list", folder + "/l.kwb"], input: "Kennwort-Geheim-7")
        #expect(found.status == 1)
        #expect(!found.output.contains("Kennwort-Geheim-7"))
        #expect(try kennwort(["breach", "check", "--list", folder + "/l.kwb"], input: "Xk9#mQ2!vL7pRt4z").status == 0)
        let stats = try kennwort(["breach", "stats", folder + "/l.kwb", "--verify"])
        #expect(stats.output.contains("entries: 2") && stats.output.contains("checksum: ok"))
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: folder + "/bad.kwb"))
        #expect(try kennwort(["breach", "check", "--list", folder + "/bad.kwb"], input: "x").status == 65)
        #expect(try kennwort(["breach", "stats", folder + "/bad.kwb"]).status == 65)
        #expect(try kennwort(["breach", "check", "--list", folder + "/none.kwb"], input: "x").status == 66)
    }

    @Test("HIBP import reports malformed lines with line numbers")
    func hibpMalformed() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = String(repeating: "A1", count: 20)
        try "\(good):10\r\nnot-a-hash\n\(String(repeating: "B2", count: 20)):3\n".write(toFile: folder + "/h.txt", atomically: true, encoding: .utf8)
        let result = try kennwort(["breach", "import", folder + "/h.txt", "-o", folder + "/h.kwb"])
        #expect(result.status == 0)
        #expect(result.output.contains("2 entries") && result.output.contains("1 malformed"))
        #expect(result.errors.contains("h.txt:2"))
    }

    @Test("check reports breach.found for a password in the default list, and --breach-list uses another")
    func checkRule() throws {
        let result = try kennwort(["check", "--format", "json"], input: "iloveyou")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let codes = (object["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("breach.found"))
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Qm4!zLp9#Rt7vK2x\n".write(toFile: folder + "/p.txt", atomically: true, encoding: .utf8)
        _ = try kennwort(["breach", "import", folder + "/p.txt", "-o", folder + "/p.kwb"])
        let custom = try kennwort(["check", "--format", "json", "--breach-list", folder + "/p.kwb"], input: "Qm4!zLp9#Rt7vK2x")
        #expect(custom.status == 1)
        #expect(custom.output.contains("breach.found"))
        #expect(try kennwort(["check"], input: "Qm4!zLp9#Rt7vK2x").status == 0)
    }
}
