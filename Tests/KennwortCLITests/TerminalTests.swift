import Foundation
import Testing
import KennwortTestSupport

/// Runs `kennwort check` on a pseudo-terminal through Tests/Scripts/pty_drive.py.
@Suite("kennwort check on a terminal")
struct TerminalTests {
    func drive(keys: Data, command: [String], environment: [String: String] = [:]) throws -> String {
        let driver = TestPaths.repositoryRoot + "/Tests/Scripts/pty_drive.py"
        let result = try ProcessRunner.run(
            "/usr/bin/env", ["python3", driver, "Password:|Another password", "-", "--"] + command,
            input: keys, environment: environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a })
        #expect(result.status == 0, "driver failed: \(result.errors)")
        return result.output
    }

    @Test("The prompt goes to the terminal with echo off, and the password is never shown")
    func echoOff() throws {
        let password = "Xk9#mQ2!vL7pRt4z"
        let shown = try drive(keys: Data((password + "\r\u{1E}\r").utf8), command: [TestPaths.kennwort, "check", "--lang", "en"])
        #expect(shown.contains("Password:"))
        #expect(shown.contains("echo-at-prompt=off"))
        #expect(shown.contains("Accepted"))
        #expect(shown.contains("\u{1B}[32m"), "colour on a terminal")
        #expect(shown.contains("exit=0"))
        #expect(!shown.contains(password))
    }

    @Test("On a terminal, check offers another try; Enter on an empty prompt ends it")
    func loop() throws {
        let keys = Data("Passwort1\r\u{1E}Xk9#mQ2!vL7pRt4z\r\u{1E}\r".utf8)
        let shown = try drive(keys: keys, command: [TestPaths.kennwort, "check", "--lang", "en"])
        #expect(shown.components(separatedBy: "Another password (Enter to finish)").count == 3, "asked twice more")
        #expect(shown.contains("Rejected") && shown.contains("Accepted"))
        #expect(shown.contains("Strength") && shown.contains("0/4") && shown.contains("4/4"))
        #expect(shown.contains("offline, fast hash"))
        #expect(shown.contains("exit=0"), "the status of the last password checked")
        #expect(!shown.contains("Passwort1") && !shown.contains("Xk9#mQ2!vL7pRt4z"))
    }

    @Test("NO_COLOR turns colour off even on a terminal")
    func noColour() throws {
        let shown = try drive(
            keys: Data("Passwort1\r\u{1E}\r".utf8), command: [TestPaths.kennwort, "check", "--lang", "en"],
            environment: ["NO_COLOR": "1"])
        #expect(shown.contains("Rejected"))
        #expect(!shown.contains("\u{1B}["))
        #expect(shown.contains("exit=1"))
        #expect(!shown.contains("Passwort1"))
    }

    @Test("Ctrl-C at the prompt ends the check and turns echo back on")
    func interruptRestoresEcho() throws {
        // The shell ignores SIGINT itself, then reports kennwort's status and the terminal's echo flag.
        let script = #"trap "" INT; "$0" check --lang en; echo "status=$?"; stty -a | tr " " "\n" | grep -x -- "-\{0,1\}echo""#
        let shown = try drive(keys: Data([0x03]), command: ["/bin/sh", "-c", script, TestPaths.kennwort])
        #expect(shown.contains("status=130"), "killed by SIGINT, as the signal's default action")
        #expect(shown.contains("\necho\r\n") || shown.contains("\necho\n"), "echo is on again: \(shown)")
        #expect(!shown.contains("-echo"))
    }
}

/// `kennwort hash` on a pseudo-terminal: the password is asked twice and must match.
@Suite("kennwort hash on a terminal")
struct HashTerminalTests {
    func drive(_ keys: String) throws -> String {
        let driver = TestPaths.repositoryRoot + "/Tests/Scripts/pty_drive.py"
        let result = try ProcessRunner.run(
            "/usr/bin/env", ["python3", driver, "Password:|Repeat password:", "-", "--", TestPaths.kennwort, "hash", "--preset", "testing", "--lang", "en"],
            input: Data(keys.utf8), environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        #expect(result.status == 0, "driver failed: \(result.errors)")
        return result.output
    }

    @Test("Two matching entries print only the PHC string")
    func matching() throws {
        let shown = try drive("Wolke-Tinte-7\r\u{1E}Wolke-Tinte-7\r")
        #expect(shown.contains("Repeat password:"))
        #expect(shown.contains("$argon2id$v=19$m=8,t=1,p=1$"))
        #expect(shown.contains("exit=0"))
        #expect(!shown.contains("Wolke-Tinte-7"))
    }

    @Test("Entries that differ hash nothing and exit 65")
    func differing() throws {
        let shown = try drive("Wolke-Tinte-7\r\u{1E}Wolke-Tinte-8\r")
        #expect(!shown.contains("$argon2id$"))
        #expect(shown.contains("exit=65"))
        #expect(!shown.contains("Wolke-Tinte"))
    }
}
