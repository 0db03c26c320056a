import Foundation
import Testing
import KennwortTestSupport

/// Faults: damaged data files, writers killed mid-way, a full disk, other locales.
///
/// The password judged is strong, so intact data accepts it (checked first): a damaged
/// file must turn that into a non-zero exit with a message naming the file, never a 0.
@Suite("Faults", .serialized)
struct FaultTests {
    static let strong = "Xk9#mQ2!vL7pRt4z"
    static var helper: String { TestPaths.productsDirectory + "/kennwort-helper" }

    /// Runs `kennwort check` or `kennwort-helper enforce` with `options` on the strong password.
    static func judge(helper: Bool, _ options: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        if helper {
            return try ProcessRunner.run(Self.helper, ["enforce", "--lang", "en", "--config", "/nonexistent/c"] + options,
                                         input: Data(strong.utf8), environment: environment)
        }
        return try ProcessRunner.run(TestPaths.kennwort, ["check", "--lang", "en"] + options, input: Data(strong.utf8), environment: environment)
    }

    /// How a file is damaged.
    enum Damage: String, CaseIterable, Sendable {
        case missing, truncated, flipped, random

        /// Damages the file at `path` (for `.missing`, removes it).
        func apply(to path: String, flipAt fraction: Double = 0.5) throws {
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            switch self {
            case .missing: try FileManager.default.removeItem(atPath: path); return
            case .truncated: bytes = Array(bytes.prefix(bytes.count / 2))
            case .flipped:
                let start = Int(Double(bytes.count) * fraction)
                for index in start..<min(start + 64, bytes.count) { bytes[index] ^= 0xFF }
            case .random:
                var generator = SystemRandomNumberGenerator()
                bytes = bytes.map { _ in UInt8.random(in: 0...255, using: &generator) }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }

        /// The documented exit status for this damage to a file of `kind`.
        func status(for kind: String) -> Int32 {
            switch (kind, self) {
            case (_, .missing): 66  // EX_NOINPUT
            case ("dictionary", _), ("dictionary index", _): 66  // a damaged dictionary is "missing or damaged" (README)
            case ("breach list", _): 65  // EX_DATAERR
            default: 78  // EX_CONFIG: a policy file
            }
        }
    }

    /// A cache folder of its own that shares the suite's built word data (by symbolic links), so
    /// word tables land there without rebuilding Kennwort's own data each time.
    static func privateCache(in folder: String) throws -> [String: String] {
        _ = try judge(helper: false, [])  // builds the shared data when missing
        let shared = TestPaths.cache + "-cli/kennwort"
        try FileManager.default.createDirectory(atPath: folder + "/cache/kennwort", withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: shared) where name.hasPrefix("dict-") {
            try FileManager.default.createSymbolicLink(atPath: folder + "/cache/kennwort/" + name, withDestinationPath: shared + "/" + name)
        }
        return ["XDG_CACHE_HOME": folder + "/cache"]
    }

    /// A small packed dictionary (wamerican's words, with the canaries) made once with
    /// cracklib-format and cracklib-packer: its word table builds in a fraction of the time of
    /// Debian's 1.6 million words, which keeps this suite short.
    static let smallDictionary: String = {
        let prefix = TestPaths.cache + "-faults/small"
        if !FileManager.default.fileExists(atPath: prefix + ".pwi") {
            try? FileManager.default.createDirectory(atPath: TestPaths.cache + "-faults", withIntermediateDirectories: true)
            let script = "/usr/sbin/cracklib-format /usr/share/dict/american-english | /usr/sbin/cracklib-packer '\(prefix)'"
            _ = try? ProcessRunner.run("/bin/sh", ["-c", script])
        }
        return prefix
    }()

    /// A fresh copy of the small dictionary in `folder`, as `folder/d`.
    static func copyDictionary(to folder: String) throws -> String {
        try #require(FileManager.default.fileExists(atPath: smallDictionary + ".pwi"),
                     "cracklib-format and cracklib-packer (cracklib-runtime) could not make \(smallDictionary)")
        for suffix in [".pwd", ".pwi", ".hwm"] {
            try FileManager.default.copyItem(atPath: smallDictionary + suffix, toPath: folder + "/d" + suffix)
        }
        return folder + "/d"
    }

    /// Makes the file of `kind` in `folder`; returns the option and the file to damage.
    static func makeFile(_ kind: String, in folder: String) throws -> (option: [String], file: String) {
        switch kind {
        case "dictionary":
            let prefix = try copyDictionary(to: folder)
            return (["--dict", prefix], prefix + ".pwd")
        case "dictionary index":
            let prefix = try copyDictionary(to: folder)
            return (["--dict", prefix], prefix + ".pwi")
        case "breach list":
            try Data("Kennwort-Geheim-7\nsommer2024\n".utf8).write(to: URL(fileURLWithPath: folder + "/plain.txt"))
            let made = try ProcessRunner.run(TestPaths.kennwort, ["breach", "import", folder + "/plain.txt", "--format", "plain", "-o", folder + "/l.kwb"])
            #expect(made.status == 0)
            return (["--breach-list", folder + "/l.kwb"], folder + "/l.kwb")
        default:
            let policy = try ProcessRunner.run(TestPaths.kennwort, ["policy", "show", "bsi"]).stdout
            try policy.write(to: URL(fileURLWithPath: folder + "/policy.conf"))
            return (["--policy", folder + "/policy.conf"], folder + "/policy.conf")
        }
    }

    @Test("A missing, truncated, flipped or random dictionary, breach list or policy: no password accepted",
          arguments: ["dictionary", "dictionary index", "breach list", "policy"], [false, true])
    func damagedData(kind: String, helper: Bool) throws {
        for damage in Damage.allCases {
            let folder = TestPaths.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            // Word tables of the copies go to a private cache, removed with the folder.
            let environment = try Self.privateCache(in: folder)
            let (option, file) = try Self.makeFile(kind, in: folder)
            let intact = try Self.judge(helper: helper, option, environment: environment)
            #expect(intact.status == 0, "intact \(kind) must accept the strong password: \(intact.errors)")
            if kind == "breach list" && damage == .flipped {
                // Opening a list is one mmap and a header check, whatever its size (a HIBP list is
                // 4 GB): a flip among the entries is found by `breach stats --verify`, not at open.
                try damage.apply(to: file, flipAt: 0.9)
                let verified = try ProcessRunner.run(TestPaths.kennwort, ["breach", "stats", "--verify", file])
                #expect(verified.status == 65 && verified.errors.contains(file), "\(verified.errors)")
                try damage.apply(to: file, flipAt: 0.0)  // and a flipped header is refused at open
            } else {
                try damage.apply(to: file)
            }
            let result = try Self.judge(helper: helper, option, environment: environment)
            let label = "\(kind), \(damage), \(helper ? "helper" : "check")"
            #expect(result.status == damage.status(for: kind), "\(label): \(result.status) \(result.errors)")
            #expect(!result.output.contains("Accepted") && !result.output.contains("accepted"), "\(label)")
            let named = file.hasSuffix(".pwd") || file.hasSuffix(".pwi") ? String(file.dropLast(4)) : file
            #expect(result.errors.contains(named), "\(label): the message must name the file: \(result.errors)")
        }
    }

    @Test("A dictionary damaged in place after its word table was cached is refused: the table cannot mask it")
    func tableCannotMaskDamage() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let prefix = try Self.copyDictionary(to: folder)
        let environment = try Self.privateCache(in: folder)
        #expect(try Self.judge(helper: false, ["--dict", prefix], environment: environment).status == 0)
        let tables = try FileManager.default.contentsOfDirectory(atPath: folder + "/cache/kennwort").filter { $0.hasPrefix("cracklib-") && $0.hasSuffix(".kwc") }
        #expect(tables.count == 1, "the word table was cached: \(tables)")
        // In place, same size: only the modification time (and the contents) change.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: prefix + ".pwd"))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data(repeating: 0x5A, count: 64))
        try handle.close()
        for helper in [false, true] {
            let result = try Self.judge(helper: helper, ["--dict", prefix], environment: environment)
            #expect(result.status == 66, "\(result.errors)")
            #expect(result.errors.contains(prefix))
        }
    }

    @Test("A damaged cached word table is rebuilt from the dictionary, never trusted", arguments: Damage.allCases)
    func damagedTableIsRebuilt(damage: Damage) throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let prefix = try Self.copyDictionary(to: folder)
        let environment = try Self.privateCache(in: folder)
        #expect(try Self.judge(helper: false, ["--dict", prefix], environment: environment).status == 0)
        let cache = folder + "/cache/kennwort/"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasPrefix("cracklib-") && $0.hasSuffix(".kwc") })
        let original = try Data(contentsOf: URL(fileURLWithPath: cache + name))
        try damage.apply(to: cache + name)
        for helper in [true, false] {
            let result = try Self.judge(helper: helper, ["--dict", prefix], environment: environment)
            #expect(result.status == 0, "\(damage), \(helper): \(result.errors)")
            // Rebuilt, not patched around: the file is the original again.
            #expect(try Data(contentsOf: URL(fileURLWithPath: cache + name)) == original, "\(damage), helper \(helper)")
            try damage.apply(to: cache + name)
        }
        // And "password" is still a dictionary word with the rebuilt table.
        let word = try ProcessRunner.run(TestPaths.kennwort, ["check", "--format", "json", "--dict", prefix], input: Data("password".utf8), environment: environment)
        #expect(word.status == 1 && word.output.contains("cracklib.dictionary-word"))
    }
}
