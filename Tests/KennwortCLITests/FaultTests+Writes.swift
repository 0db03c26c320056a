import Foundation
import Testing
import KennwortTestSupport

/// Writers killed mid-way, a full disk, and other locales.
///
/// Kennwort writes three kinds of file: the word data (`kennwort dict build`, or on first use),
/// breach lists (`kennwort breach import -o`) and cracklib word tables. It has no command that
/// writes a `user:PHC` store: `kennwort hash` prints the PHC string and the admin keeps the file.
extension FaultTests {
    static func entries(of folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    /// `count` plain passwords, one a line.
    static func plainList(_ path: String, count: Int) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 20)
        for index in 0..<count { bytes += Array("kw-\(index)-geheim\n".utf8) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Starts `arguments`, kills it with SIGKILL as soon as `folder` holds an entry for which
    /// `inProgress` is true, and returns whether the kill landed while it ran.
    static func killDuringWrite(_ arguments: [String], environment: [String: String] = [:], folder: String,
                                inProgress: (String) -> Bool) throws -> Bool {
        let live = try LiveProcess(TestPaths.kennwort, arguments, environment: environment)
        let deadline = Date().addingTimeInterval(60)
        var killed = false
        while !killed && live.isRunning && Date() < deadline {
            if entries(of: folder).contains(where: inProgress) {
                kill(live.pid, SIGKILL)
                killed = true
            } else {
                usleep(300)
            }
        }
        _ = live.finish()
        return killed && live.exit?.signaled == true && live.exit?.code == SIGKILL
    }

    @Test("kill -9 during breach import: the old list stays whole; the next import removes the leftovers")
    func killedImport() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.plainList(folder + "/small.txt", count: 1_000)
        let importSmall = ["breach", "import", folder + "/small.txt", "--format", "plain", "-o", folder + "/l.kwb"]
        #expect(try ProcessRunner.run(TestPaths.kennwort, importSmall).status == 0)
        let old = try Data(contentsOf: URL(fileURLWithPath: folder + "/l.kwb"))
        try Self.plainList(folder + "/big.txt", count: 3_000_000)
        // The list's temporary exists only while the entries are written out.
        let killed = try Self.killDuringWrite(
            ["breach", "import", folder + "/big.txt", "--format", "plain", "-o", folder + "/l.kwb"], folder: folder
        ) { $0.hasPrefix("l.kwb.tmp-") }
        #expect(killed, "the import ended before its temporary file was seen")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/l.kwb")) == old, "the destination is the whole old list")
        #expect(try ProcessRunner.run(TestPaths.kennwort, ["breach", "stats", "--verify", folder + "/l.kwb"]).status == 0)
        let leftovers = Self.entries(of: folder).filter { $0.hasPrefix("l.kwb.tmp-") || $0.hasPrefix(".kennwort-import-") }
        #expect(!leftovers.isEmpty, "a killed import leaves its temporaries (under other names)")
        #expect(try ProcessRunner.run(TestPaths.kennwort, importSmall).status == 0)
        #expect(Self.entries(of: folder).filter { $0.contains(".tmp-") || $0.hasPrefix(".kennwort-import-") } == [])
    }

    @Test("kill -9 during dict build: no dictionary appears half-written; the next build finishes and tidies up")
    func killedDictionaryBuild() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_CACHE_HOME": folder]
        let cache = folder + "/kennwort"
        let killed = try Self.killDuringWrite(["dict", "build"], environment: environment, folder: cache) { name in
            name.hasPrefix(".build-") && Self.entries(of: cache + "/" + name).contains("kennwort.pwd")
        }
        #expect(killed, "the build ended before its temporary folder was seen")
        #expect(Self.entries(of: cache).filter { $0.hasPrefix("dict-") } == [], "absent, not partial")
        #expect(Self.entries(of: cache).contains { $0.hasPrefix(".build-") })
        let built = try ProcessRunner.run(TestPaths.kennwort, ["dict", "build"], environment: environment)
        #expect(built.status == 0)
        #expect(Self.entries(of: cache).filter { $0.hasPrefix(".build-") } == [], "the next build removes the leftovers")
        #expect(try ProcessRunner.run(TestPaths.kennwort, ["check"], input: Data(Self.strong.utf8), environment: environment).status == 0)
    }

    /// Runs `body` with a 2 MiB tmpfs mounted on a fresh folder (needs root), unmounting afterwards.
    static func withSmallDisk(_ body: (String) throws -> Void) throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mounted = try ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", folder])
        try #require(mounted.status == 0, "mounting a tmpfs needs root: \(mounted.errors)")
        defer { _ = try? ProcessRunner.run("/bin/umount", [folder]) }
        try body(folder)
    }

    @Test("A full disk during dict build: exit 73 naming the cause; older data stays; nothing half-written")
    func fullDiskDictionary() throws {
        try Self.withSmallDisk { disk in
            let previous = disk + "/kennwort/dict-0000000000000000"
            try FileManager.default.createDirectory(atPath: previous, withIntermediateDirectories: true)
            try Data("previous build".utf8).write(to: URL(fileURLWithPath: previous + "/kennwort.pwd"))
            let result = try ProcessRunner.run(TestPaths.kennwort, ["dict", "build"], environment: ["XDG_CACHE_HOME": disk])
            #expect(result.status == 73)
            #expect(result.errors.contains("No space left on device"), "\(result.errors)")
            #expect(result.errors.contains(disk + "/kennwort"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: previous + "/kennwort.pwd")) == Data("previous build".utf8))
            #expect(Self.entries(of: disk + "/kennwort") == ["dict-0000000000000000"])
        }
    }

    @Test("A full disk during breach import: exit 73 naming the cause; the previous list stays whole")
    func fullDiskImport() throws {
        let sources = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: sources) }
        try Self.plainList(sources + "/small.txt", count: 1_000)
        try Self.plainList(sources + "/big.txt", count: 600_000)  // about 3 MB of list, and more of sort runs
        try Self.withSmallDisk { disk in
            #expect(try ProcessRunner.run(TestPaths.kennwort, ["breach", "import", sources + "/small.txt", "-o", disk + "/l.kwb"]).status == 0)
            let old = try Data(contentsOf: URL(fileURLWithPath: disk + "/l.kwb"))
            let result = try ProcessRunner.run(TestPaths.kennwort, ["breach", "import", sources + "/big.txt", "-o", disk + "/l.kwb"])
            #expect(result.status == 73)
            #expect(result.errors.contains("No space left on device"), "\(result.errors)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: disk + "/l.kwb")) == old)
            #expect(Self.entries(of: disk) == ["l.kwb"], "no temporaries left behind")
        }
    }

    static let localePasswords = [
        "Passwort123!", "Xk9#mQ2!vL7pRt4z", "Mäuse-Brötchen-Süß-42", "Straße", "Grüße aus Köln 1990",
        "🔐🔑 Schlüssel-Bund-7-Ärger", "ÄÖÜäöüß12345678", "sommer2024", "Ünïcödé-Pässwörd-Ümlaut-Größe", "日本語のパスワード",
    ]

    @Test("Locales C, C.UTF-8 and de_DE.UTF-8 give identical verdicts, codes and exit codes")
    func locales() throws {
        let installed = try ProcessRunner.run("/usr/bin/locale", ["-a"]).output.lowercased()
        try #require(installed.contains("de_de.utf8"), "de_DE.UTF-8 is not generated; run scripts/setup.sh")
        func verdicts(_ locale: String) throws -> (check: [String], batch: Data, batchStatus: Int32) {
            let environment = ["LANG": locale, "LC_ALL": locale]
            let checks = try Self.localePasswords.map { password in
                let result = try ProcessRunner.run(TestPaths.kennwort, ["check", "--format", "json"], input: Data(password.utf8), environment: environment)
                let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
                let codes = (object["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                return "\(result.status) \(object["accepted"] as? Bool ?? true) \(object["score"] as? Int ?? -1) \(codes)"
            }
            let input = Data(Self.localePasswords.joined(separator: "\n").utf8)
            let batch = try ProcessRunner.run(TestPaths.kennwort, ["batch", "--summary", "none", "--all-reasons"], input: input, environment: environment)
            return (checks, batch.stdout, batch.status)
        }
        let reference = try verdicts("C")
        #expect(reference.check.contains { $0.hasPrefix("0 true") } && reference.check.contains { $0.hasPrefix("1 false") })
        #expect(reference.batch.split(separator: UInt8(ascii: "\n")).count == Self.localePasswords.count)
        for locale in ["C.UTF-8", "de_DE.UTF-8"] {
            let other = try verdicts(locale)
            #expect(other.check == reference.check, "\(locale)")
            #expect(other.batch == reference.batch, "\(locale)")
            #expect(other.batchStatus == reference.batchStatus, "\(locale)")
        }
    }
}
