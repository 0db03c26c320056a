import Foundation
import Testing
import Kennwort
import KennwortTestSupport

/// Bad input at scale: a million hostile batch lines, hostile PHC strings, huge passwords and GECOS.
///
/// Time bounds here are correctness properties, not speed goals: a refusal must come
/// before any expensive work (no Argon2 run, no quadratic GECOS scan), and the bounds are
/// orders of magnitude above the measured figures, so a shared machine cannot trip them.
@Suite("Bad input at scale", .serialized)
struct BadInputTests {
    static var helper: String { TestPaths.productsDirectory + "/kennwort-helper" }

    /// Line `number` of the generated batch: mostly short, with the hostile kinds mixed in.
    static func line(_ number: Int) -> [UInt8] {
        if number % 1_000 == 0 { return [0x61, 0xFF, 0xFE, 0x62] + Array(String(number).utf8) }  // invalid UTF-8
        if number % 997 == 0 { return Array("ab\u{0}cd\(number)".utf8) }                           // NUL
        if number % 10_007 == 0 { return [UInt8](repeating: 0x78, count: 10_240) }                  // 10 KB
        if number % 101 == 0 { return Array("Korb-Lampe-\(number)-Wolke".utf8) }                    // judged in full
        return Array("pw\(number)".utf8)
    }

    @Test("1,000,000 lines with invalid UTF-8, NULs, CRLF and 10 KB lines: 1,000,000 records in order, peak RSS ≤ 64 MB")
    func millionLines() throws {
        let count = 1_000_000
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var input: [UInt8] = []
        input.reserveCapacity(13_000_000)
        for number in 1...count {
            input += Self.line(number)
            input += number % 3 == 0 ? [0x0D, 0x0A] : [0x0A]  // every third line ends in CRLF
        }
        try Data(input).write(to: URL(fileURLWithPath: folder + "/in.txt"))
        // The bound is for streaming the input. The word data is built once, on first use
        // (about 150 MB for some seconds); build it here, so that the measured run finds it
        // whichever test ran first.
        let warm = try ProcessRunner.run(TestPaths.kennwort, ["dict", "build"])
        #expect(warm.status == 0, "dict build: \(warm.errors.prefix(300))")
        let started = Date()
        let run = try ProcessRunner.run("/usr/bin/time", [
            "-f", "%M", "-o", folder + "/rss", TestPaths.kennwort, "batch", "--format", "jsonl", "--summary", "none",
            "--jobs", "2", folder + "/in.txt",
        ])
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 1, "some lines are rejected: \(run.errors.prefix(300))")
        // Line numbers, in order, read straight from the bytes (a JSON parse per record would dominate).
        let key = Array("{\"line\":".utf8)
        var expected = 1
        var inOrder = true
        var records = 0
        var invalid = 0
        run.stdout.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                let record = bytes[start..<index]
                start = index + 1
                records += 1
                guard record.starts(with: key) else { inOrder = false; continue }
                var number = 0
                for byte in record.dropFirst(key.count) {
                    guard (0x30...0x39).contains(byte) else { break }
                    number = number * 10 + Int(byte - 0x30)
                }
                if number != expected { inOrder = false }
                expected += 1
                if record.count > 30 && String(decoding: record, as: UTF8.self).contains("input.invalid-utf8") { invalid += 1 }
            }
        }
        #expect(records == count)
        #expect(inOrder, "records 1…\(count) in input order")
        #expect(invalid == count / 1_000, "each invalid line got its own record and code")
        // GNU time writes "Command exited with non-zero status 1" first, then the figure.
        let timeReport = try String(contentsOfFile: folder + "/rss", encoding: .utf8)
        let peak = Int(timeReport.split(separator: "\n").last ?? "") ?? .max
        // Under a sanitizer shadow memory makes a memory bound meaningless.
        if !TestPaths.underSanitizer {
            #expect(peak <= 64 * 1024, "peak RSS \(peak) KB")
        }
        print("BadInputTests.millionLines: \(count) records in \(String(format: "%.1f", seconds)) s, peak RSS \(peak / 1024) MB")
    }

    /// PHC strings that ask for absurd work, or are absurdly long.
    static let hostileHashes: [String] = {
        let salt = "c29tZXNhbHQ", tag = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
        let long = String(repeating: "A", count: 100_000)
        var hashes = [
            "$argon2id$v=19$m=4294967295,t=4294967295,p=255$\(salt)$\(tag)",
            "$argon2id$v=19$m=4294967295,t=1,p=1$\(salt)$\(tag)",
            "$argon2id$v=19$m=65536,t=4294967295,p=1$\(salt)$\(tag)",
            "$argon2id$v=19$m=65536,t=1,p=255$\(salt)$\(tag)",
            "$argon2id$v=19$m=99999999999999999999,t=1,p=1$\(salt)$\(tag)",
            "$argon2id$v=19$m=-1,t=1,p=1$\(salt)$\(tag)",
            "$argon2id$v=19$m=2097152,t=65,p=17$\(salt)$\(tag)",
            "$argon2id$v=19$m=65536,t=1,p=1$\(long)$\(tag)",                 // a 75 KB salt
            "$argon2id$v=19$m=65536,t=1,p=1$\(salt)$\(long)",                 // a 75 KB tag
            "$argon2id$v=19$m=65536,t=1,p=1$\(String(repeating: "QUFB", count: 400))$\(tag)",  // 1.2 KB salt
            "$argon2d$v=19$m=4294967295,t=4294967295,p=255$\(salt)$\(tag)",
            "$argon2i$v=19$m=4294967295,t=4294967295,p=255$\(salt)$\(tag)",
            "$argon2id$v=19$m=65536,t=1,p=1,data=\(long)$\(salt)$\(tag)",
            "$argon2id$" + String(repeating: "$", count: 50_000),
        ]
        for count in [1, 2, 4, 8] {
            hashes.append("$argon2id$v=19$m=\(4_194_304 * count),t=\(64 * count + 1),p=\(16 * count + 1)$\(salt)$\(tag)")
        }
        return hashes
    }()

    @Test("Hostile PHC strings are refused by kennwort verify with exit 65, before any hashing")
    func hostileHashesCLI() throws {
        for hash in Self.hostileHashes {
            let started = Date()
            let result = try ProcessRunner.run(TestPaths.kennwort, ["verify", hash], input: Data("Passwort-Geheim-1".utf8))
            let seconds = Date().timeIntervalSince(started)
            #expect(result.status == 65, "\(hash.prefix(60)): \(result.errors.prefix(200))")
            #expect(result.output.isEmpty)
            // Process start included; one Argon2 pass at the smallest hostile cost alone would take longer.
            #expect(seconds < 2, "\(hash.prefix(60)) took \(seconds) s")
        }
    }

    @Test("The library refuses 100 rounds of hostile PHC strings in under 1 ms each (a refusal bound: no Argon2 runs)")
    func hostileHashesLibrary() throws {
        let hasher = Argon2Hasher()
        let password = SecretBytes(copying: Array("Passwort-Geheim-1".utf8))
        var slowest = Duration.zero
        for hash in Self.hostileHashes {
            var refused = 0
            let elapsed = ContinuousClock().measure {
                for _ in 0..<100 {
                    do { _ = try hasher.verify(password, against: hash) } catch { refused += 1 }
                }
            }
            #expect(refused == 100, "\(hash.prefix(60))")
            // Each refusal must come before any hashing: one Argon2 pass even at the smallest
            // over-limit cost here (m = 4 GiB) could not allocate its memory in 1 ms. Sanitizers
            // slow every step several-fold, so there the bound is 10 ms, still far below one pass.
            let bound: Duration = TestPaths.underSanitizer ? .milliseconds(10) : .milliseconds(1)
            #expect(elapsed / 100 < bound, "\(hash.prefix(60)): \(elapsed / 100) each")
            slowest = max(slowest, elapsed / 100)
        }
        print("BadInputTests.hostileHashesLibrary: \(Self.hostileHashes.count) strings × 100, slowest refusal \(slowest)")
    }

    @Test("A 1 MiB password on stdin is refused as too long within 2 s", arguments: [false, true])
    func megabytePassword(helper: Bool) throws {
        let password = Data(repeating: 0x61, count: 1 << 20)
        let started = Date()
        let result = helper
            ? try ProcessRunner.run(Self.helper, ["enforce", "--lang", "en", "--config", "/nonexistent/c"], input: password)
            : try ProcessRunner.run(TestPaths.kennwort, ["check", "--format", "json"], input: password)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 1, "\(result.errors.prefix(200))")
        #expect(result.output.contains(helper ? "longer than allowed" : "input.too-long"), "\(result.output.prefix(300))")
        #expect(result.stdout.range(of: Data(repeating: 0x61, count: 64)) == nil)
        #expect(seconds < 2, "\(seconds) s")
    }

    @Test("A 10 KB GECOS (and a 10 KB user) is handled within 2 s; cracklib sees only the capped text")
    func hugeGecos() throws {
        let words = (0..<1_700).map { "Wort\($0)" }.joined(separator: " ")  // about 10 KB, 1,700 words
        #expect(words.utf8.count >= 10_000)
        let started = Date()
        let strong = try ProcessRunner.run(TestPaths.kennwort, ["check", "--format", "json", "--gecos", words],
                                           input: Data("Xk9#mQ2!vL7pRt4z".utf8))
        let based = try ProcessRunner.run(TestPaths.kennwort, ["check", "--format", "json", "--user", "anna", "--gecos", "Gekbo Marnt " + words],
                                          input: Data("Gekbomarnt".utf8))
        let user = try ProcessRunner.run(TestPaths.kennwort, ["check", "--format", "json", "--user", String(repeating: "u", count: 10_000)],
                                         input: Data("Xk9#mQ2!vL7pRt4z".utf8))
        let seconds = Date().timeIntervalSince(started)
        #expect(strong.status == 0, "\(strong.errors)")
        #expect(based.status == 1 && based.output.contains("policy.gecos"), "\(based.output.prefix(300))")
        #expect([0, 1].contains(user.status), "\(user.errors)")
        #expect(seconds < 6, "three runs took \(seconds) s")
    }
}
