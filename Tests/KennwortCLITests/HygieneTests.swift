import Foundation
import Testing
import KennwortTestSupport

/// Secret hygiene of the built programs: the password is never where others can see it.
///
/// - `/proc/PID/cmdline` and `environ` of running `check`, `batch`, `hash`, `verify` and the helper;
/// - every stdout and stderr, of every command, in both languages;
/// - a crash of the helper: silent, exit 70, no core file;
/// - no socket: `strace -f -e trace=network`.
@Suite("Secret hygiene")
struct HygieneTests {
    static var helper: String { TestPaths.productsDirectory + "/kennwort-helper" }

    /// A distinctive random password of characters that are no separator in any batch format.
    static func distinctive() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+-=?@^_~")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The weak password of the suite: words that advice could be tempted to quote.
    static let weak = "Passwort123!"

    func expectNoLeak(
        _ result: ProcessResult, of passwords: [String], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for password in passwords {
            #expect(result.stdout.range(of: Data(password.utf8)) == nil, "stdout of \(label)", sourceLocation: sourceLocation)
            #expect(result.stderr.range(of: Data(password.utf8)) == nil, "stderr of \(label)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - /proc/PID/cmdline and environ

    @Test("The scanner sees a planted password in cmdline and environ (so its 0 hits below mean something)")
    func scannerSeesPlant() throws {
        let password = Self.distinctive()
        let planted = try LiveProcess(
            "/bin/sh", ["-c", "read -r line", "kw-plant", password], environment: ["KW_PLANT": password])
        #expect(planted.waitUntilReadingStdin())
        #expect(ProcScanner.hits(pid: planted.pid, secret: Data(password.utf8)) == ["cmdline", "environ"])
        // An 8-byte piece is a hit too.
        let piece = try LiveProcess("/bin/sh", ["-c", "read -r line"], environment: ["KW_PLANT": String(password.prefix(8))])
        #expect(piece.waitUntilReadingStdin())
        #expect(ProcScanner.hits(pid: piece.pid, secret: Data(password.utf8)) == ["environ"])
        _ = planted.finish()
        _ = piece.finish()
    }

    /// A running command: what it is given before the test looks, and what finishes it.
    struct Running: Sendable, CustomTestStringConvertible {
        var name: String
        var helper = false
        var arguments: [String]
        /// The bytes written before the scan, given the password (the hash for verify is added later).
        var before: @Sendable (String) -> String
        var testDescription: String { name }
    }

    static let running: [Running] = [
        Running(name: "check", arguments: ["check"], before: { $0 }),
        Running(name: "check --format json --user root", arguments: ["check", "--format", "json", "--user", "root"], before: { $0 }),
        Running(name: "batch", arguments: ["batch", "--summary", "text"], before: { $0 + "\n" }),
        Running(name: "batch --input user-password", arguments: ["batch", "--input", "user-password"], before: { "anna:" + $0 + "\n" }),
        Running(name: "hash", arguments: ["hash", "--preset", "testing"], before: { $0 }),
        Running(name: "verify", arguments: ["verify"], before: { $0 }),
        Running(name: "kennwort-helper enforce", helper: true, arguments: ["enforce", "--user", "root"], before: { $0 }),
        Running(name: "kennwort-helper advise", helper: true, arguments: ["advise"], before: { $0 }),
    ]

    @Test("While it runs with the password, it is in neither /proc/PID/cmdline nor environ", arguments: running)
    func procScan(command: Running) throws {
        let password = Self.distinctive()
        var arguments = command.arguments
        if command.name == "verify" {
            let hashed = try ProcessRunner.run(TestPaths.kennwort, ["hash", "--preset", "testing"], input: Data(password.utf8))
            arguments.append(hashed.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if command.helper { arguments += ["--config", "/nonexistent/helper.conf"] }
        let live = try LiveProcess(command.helper ? Self.helper : TestPaths.kennwort, arguments, environment: ["PAM_USER": "root"])
        try live.write(Data(command.before(password).utf8))
        // It has the password and waits for more input: as exposed as it gets.
        #expect(live.waitUntilReadingStdin(), "\(command.name) never waited on stdin")
        #expect(ProcScanner.hits(pid: live.pid, secret: Data(password.utf8)) == [])
        let result = live.finish()
        #expect([0, 1].contains(result.status), "\(command.name): \(result.errors)")
        expectNoLeak(result, of: [password], command.name)
    }

    // MARK: - Every output, both languages

    /// One command of the output matrix.
    struct Output: Sendable, CustomTestStringConvertible {
        var name: String
        var run: @Sendable (_ password: String, _ language: String, _ folder: String) throws -> [ProcessResult]
        var testDescription: String { name }
    }

    static func kennwort(_ arguments: [String], _ input: String = "") throws -> ProcessResult {
        try ProcessRunner.run(TestPaths.kennwort, arguments, input: Data(input.utf8))
    }

    static func helper(_ arguments: [String], _ input: String) throws -> ProcessResult {
        try ProcessRunner.run(helper, arguments + ["--config", "/nonexistent/helper.conf"], input: Data(input.utf8))
    }

    /// A root-owned 0600 store holding `user:PHC` for the password.
    static func store(_ password: String, in folder: String) throws -> String {
        let hash = try kennwort(["hash", "--preset", "testing"], password).output.trimmingCharacters(in: .newlines)
        let path = folder + "/store"
        try Data("anna:\(hash)\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        return path
    }

    static let outputs: [Output] = [
        Output(name: "check text") { pw, lang, _ in [try kennwort(["check", "--lang", lang, "--user", "anna"], pw)] },
        Output(name: "check json") { pw, lang, _ in [try kennwort(["check", "--lang", lang, "--format", "json"], pw)] },
        Output(name: "check --with-old") { pw, lang, _ in
            [try kennwort(["check", "--lang", lang, "--with-old", "--format", "json"], pw + "\n" + pw.uppercased() + "\n")]
        },
        Output(name: "check errors") { pw, lang, _ in
            [try kennwort(["check", "--lang", lang, "--dict", "/nonexistent/d"], pw),
             try kennwort(["check", "--lang", lang], pw + "\n" + pw + "\n"),
             try kennwort(["check", "--lang", lang, "--policy", "/nonexistent/p.conf"], pw)]
        },
        Output(name: "batch jsonl, csv, table") { pw, lang, _ in
            try ["jsonl", "csv", "table"].map { format in
                try kennwort(["batch", "--lang", lang, "--format", format, "--summary", "text", "--all-reasons"], pw + "\nx" + pw + "\n")
            } + [try kennwort(["batch", "--lang", lang, "--summary", "json", "--input", "csv"], "user,password\nanna," + pw + "\n"),
                 try kennwort(["batch", "--lang", lang, "--input", "user-password", "--format", "table"], "anna:" + pw + "\n" + pw + "\n")]
        },
        Output(name: "hash, verify, hash-info, audit") { pw, lang, folder in
            let hash = try kennwort(["hash", "--lang", lang, "--preset", "testing"], pw)
            let phc = hash.output.trimmingCharacters(in: .newlines)
            try Data("anna:\(phc)\n".utf8).write(to: URL(fileURLWithPath: folder + "/shadow"))
            return [hash, try kennwort(["verify", "--lang", lang, phc], pw), try kennwort(["verify", "--lang", lang, phc], pw + "x"),
                    try kennwort(["hash-info", phc]), try kennwort(["audit", folder + "/shadow"])]
        },
        Output(name: "breach check and import") { pw, lang, folder in
            try Data((pw + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/plain.txt"))
            try Data((pw + ":12\n").utf8).write(to: URL(fileURLWithPath: folder + "/hibp.txt"))  // malformed HIBP line
            return [try kennwort(["breach", "check", "--lang", lang], pw),
                    try kennwort(["breach", "import", folder + "/plain.txt", "--format", "plain", "-o", folder + "/l.kwb"]),
                    try kennwort(["breach", "check", "--lang", lang, "--list", folder + "/l.kwb"], pw),
                    try kennwort(["breach", "import", folder + "/hibp.txt", "--format", "hibp", "-o", folder + "/h.kwb"])]
        },
        Output(name: "helper advise, enforce, verify") { pw, lang, folder in
            let store = try store(pw, in: folder)
            return [try helper(["advise", "--lang", lang], pw), try helper(["enforce", "--lang", lang, "--user", "anna"], pw),
                    try helper(["enforce", "--lang", lang, "--stdin-format", "pam"], pw + "\0" + pw + "\0"),
                    try helper(["verify", "--lang", lang, "--store", store, "--user", "anna"], pw),
                    try helper(["verify", "--lang", lang, "--store", store, "--user", "anna"], pw + "x"),
                    try helper(["enforce", "--lang", lang, "--dict", "/nonexistent/d"], pw)]
        },
    ]

    @Test("No password bytes in any stdout or stderr, in both languages, strong or weak",
          arguments: outputs, ["de", "en"])
    func noLeakInOutput(command: Output, language: String) throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for password in [Self.distinctive(), Self.weak] {
            let results = try command.run(password, language, folder)
            #expect(results.contains { !$0.stdout.isEmpty || !$0.stderr.isEmpty }, "\(command.name) said nothing at all")
            for (index, result) in results.enumerated() {
                expectNoLeak(result, of: [password, password.uppercased()], "\(command.name) #\(index) (\(language))")
                #expect(!ProcScanner.contains(result.stdout + result.stderr, Data(password.utf8)) || password == Self.weak,
                        "an 8-byte piece of the password in \(command.name) #\(index)")
            }
        }
    }

    // MARK: - A crash

    @Test("A crash inside the helper prints nothing, exits 70 and leaves no core file, even with ulimit -c unlimited")
    func crashLeavesNoCore() throws {
        let pattern = try String(contentsOfFile: "/proc/sys/kernel/core_pattern", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // With a plain pattern ("core", as here) a dump lands in the working folder, where we look.
        // A piped pattern ("|/usr/lib/systemd/systemd-coredump …") hands it to a program: then this test
        // cannot see a dump and says so, and `procHygiene` in HelperTests still checks RLIMIT_CORE is 0.
        try #require(!pattern.hasPrefix("|") && !pattern.contains("/"),
                     "core_pattern is '\(pattern)': dumps do not land in the working folder; this test cannot see them")
        let password = Self.distinctive()
        for (program, expected) in [("sh -c 'kill -SEGV $$'", 11), ("\(Self.helper) enforce --test-crash --config /nonexistent/c", 70)] {
            let folder = TestPaths.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let script = "cd '\(folder)' && ulimit -c unlimited && exec \(program)"
            let result = try ProcessRunner.run("/bin/sh", ["-c", script], input: Data(password.utf8))
            let cores = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("core") }
            #expect(result.status == Int32(expected), "\(program)")
            if expected == 11 {  // killed by SIGSEGV (Foundation reports the signal number)
                // The control: the same setup does dump a shell's core, so an empty folder below means something.
                #expect(!cores.isEmpty, "the control crash left no core; core dumps seem off on this machine")
            } else {
                #expect(cores.isEmpty, "kennwort-helper left \(cores)")
                #expect(result.stdout.isEmpty && result.stderr.isEmpty)
                expectNoLeak(result, of: [password], "helper crash")
            }
        }
    }

    // MARK: - No socket

    /// The network system calls `strace -f -e trace=network` saw, one per line.
    static func networkCalls(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> [String] {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = folder + "/trace"
        let result = try ProcessRunner.run("/usr/bin/strace", ["-f", "-qq", "-e", "trace=network", "-o", log] + arguments,
                                           input: Data(input.utf8), environment: environment)
        #expect([0, 1].contains(result.status), "\(arguments): \(result.errors)")
        let text = String(decoding: try TestPaths.contents(of: log), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }

    @Test("strace's network trace sees a socket when there is one (the control)")
    func straceSeesSockets() throws {
        let calls = try Self.networkCalls(["/usr/bin/python3", "-c", "import socket; socket.socket()"], input: "")
        #expect(calls.contains { $0.contains("socket(AF_INET") })
    }

    @Test("No socket: check, batch and the helper make no network system call at all", arguments: [
        (false, ["check"]), (false, ["check", "--format", "json", "--lang", "de"]),
        (false, ["batch", "--summary", "text"]), (true, ["enforce"]), (true, ["advise"]),
    ])
    func noSocket(helper: Bool, arguments: [String]) throws {
        let program = helper ? [Self.helper] + arguments + ["--config", "/nonexistent/helper.conf"] : [TestPaths.kennwort] + arguments
        let calls = try Self.networkCalls(program, input: Self.distinctive() + "\n")
        #expect(calls == [], "\(arguments)")
    }

    @Test("With a user, only glibc's passwd lookup touches a socket: AF_UNIX to nscd or systemd's userdb, never the network",
          arguments: [(false, ["check", "--user", "anna"]), (false, ["check", "--user", "root"]), (true, ["enforce", "--user", "root"])])
    func onlyLocalNSS(helper: Bool, arguments: [String]) throws {
        let program = helper ? [Self.helper] + arguments + ["--config", "/nonexistent/helper.conf"] : [TestPaths.kennwort] + arguments
        let calls = try Self.networkCalls(program, input: Self.distinctive())
        let allowedPaths = ["/var/run/nscd/socket", "/run/nscd/socket", "/run/systemd/userdb/"]
        for call in calls {
            let name = call.drop { $0.isNumber || $0 == " " }.prefix { $0 != "(" }
            switch name {
            case "socket": #expect(call.contains("(AF_UNIX,"), "\(call)")
            case "connect": #expect(call.contains("sa_family=AF_UNIX") && allowedPaths.contains { call.contains($0) }, "\(call)")
            // glibc's nscd client also polls the same descriptor; that is no new socket.
            case "sendmsg", "recvmsg", "sendto", "recvfrom", "getsockopt", "setsockopt", "shutdown": continue
            default: Issue.record("unexpected network call: \(call)")
            }
        }
    }
}
