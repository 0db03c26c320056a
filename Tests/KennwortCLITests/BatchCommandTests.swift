import Foundation
import Testing
import KennwortTestSupport

/// `kennwort batch` and `kennwort audit`, run as built.
@Suite("kennwort batch and audit")
struct BatchCommandTests {
    func kennwort(_ arguments: [String], input: Data = Data()) throws -> ProcessResult {
        try ProcessRunner.run(TestPaths.kennwort, arguments, input: input)
    }

    func records(_ result: ProcessResult) throws -> [[String: Any]] {
        try result.stdout.split(separator: UInt8(ascii: "\n")).map {
            try #require(JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
    }

    @Test("Nothing lost: one record per input line, in order, whatever the line holds")
    func nothingLost() throws {
        var input = Data()
        let passwords = ["Passwort1", "Xk9#mQ2!vL7pRt4z", "Sommer2024!", "Tinte-Wolke-sieben-Garten"]
        input.append(Data((passwords[0] + "\r\n").utf8))            // 1 CRLF
        input.append(Data("\n".utf8))                                 // 2 empty
        input.append(Data([0x61, 0xFF, 0xFE, 0x62, 0x0A]))            // 3 invalid UTF-8
        input.append(Data("abc\u{0}def\n".utf8))                      // 4 NUL
        input.append(Data(repeating: 0x78, count: 2_000_000))         // 5 a 2 MB line
        input.append(Data("\n".utf8))
        input.append(Data((passwords[1] + "\n").utf8))                // 6
        input.append(Data("\r\n".utf8))                               // 7 empty with CRLF
        input.append(Data((passwords[2] + "\n").utf8))                // 8
        input.append(Data(passwords[3].utf8))                         // 9 no final newline
        let result = try kennwort(["batch", "--summary", "text"], input: input)
        let lines = try records(result)
        #expect(lines.map { $0["line"] as? Int } == Array(1...9))
        let codes = lines.map { ($0["codes"] as? [String])?.first }
        #expect(codes[1] == "input.empty" && codes[6] == "input.empty")
        #expect(codes[2] == "input.invalid-utf8")
        #expect(codes[3] == "input.contains-nul")
        #expect(codes[4] == "input.too-long")
        #expect(lines[5]["accepted"] as? Bool == true && lines[8]["accepted"] as? Bool == true)
        #expect(result.status == 1)
        for password in passwords + ["abc", "xxxxxxxxxx"] {
            #expect(!result.output.contains(password) && !result.errors.contains(password), "\(password)")
        }
        #expect(result.errors.contains("9 records"))
    }

    @Test("--jobs 1 and --jobs 4 give the same output on 20,000 lines")
    func parallelEqualsSerial() throws {
        let john = PasswordFactory.textLines(of: TestPaths.johnList)
        var lines: [String] = []
        for index in 0..<20_000 {
            lines.append(index % 10 == 0 ? PasswordFactory.random(length: 12 + index % 9) : john[index % john.count])
        }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let serial = try kennwort(["batch", "--jobs", "1", "--summary", "none"], input: input)
        let parallel = try kennwort(["batch", "--jobs", "4", "--summary", "none"], input: input)
        #expect(serial.output.split(separator: "\n").count == 20_000)
        #expect(serial.stdout == parallel.stdout)
    }

    @Test("user-password and csv input, with csv, table and jsonl output")
    func formats() throws {
        let pairs = Data("anna:Passwort1\nbernd:Xk9#mQ2!vL7pRt4z\nchris:with:colon:Qm4!zLp9#Rt7vK2x\n".utf8)
        let jsonl = try records(try kennwort(["batch", "--input", "user-password", "--summary", "none"], input: pairs))
        #expect(jsonl.map { $0["user"] as? String } == ["anna", "bernd", "chris"])
        #expect(jsonl.map { $0["accepted"] as? Bool } == [false, true, true], "split at the first colon only")

        let csv = Data(#"""
            user,password,name,birthdate,old_password
            "Müller, Sabine",Sabine1985!Qx#mK2,"Sabine Müller",1985-03-14,
            bernd,Tinte-Wolke-2024-Garten,,,Tinte-Wolke-2019-Garten
            "say ""hi""",Xk9#mQ2!vL7pRt4z,,,
            broken,"open quote
            """#.utf8)
        let table = try kennwort(["batch", "--input", "csv", "--format", "table", "--all-reasons", "--summary", "none"], input: csv)
        #expect(table.output.contains("personal.birthdate") && table.output.contains("policy.only-digits-changed"))
        #expect(table.output.contains("batch.bad-csv"))
        let csvOut = try kennwort(["batch", "--input", "csv", "--format", "csv", "--all-reasons", "--summary", "none"], input: csv)
        // Round trip through Python's csv module, an independent parser.
        let parse = "import csv,sys,json; print(json.dumps(list(csv.reader(sys.stdin))))"
        let parsed = try ProcessRunner.run("/usr/bin/python3", ["-c", parse], input: csvOut.stdout)
        let rows = try #require(try JSONSerialization.jsonObject(with: parsed.stdout) as? [[String]])
        #expect(rows.first == ["line", "user", "accepted", "score", "decided_by", "codes"])
        #expect(rows.dropFirst().map { $0[1] } == ["Müller, Sabine", "bernd", "say \"hi\"", ""])
        #expect(rows.dropFirst().map { $0[0] } == ["2", "3", "4", "5"])
        #expect(!csvOut.output.contains("Sabine1985") && !csvOut.output.contains("Tinte-Wolke"))
    }

    @Test("jsonl escapes what JSON needs and copies the rest: user names round-trip")
    func jsonEscaping() throws {
        let users = ["a\"b", "c\\d", "e\tf", "grün", "x\u{1}y", "plain"]
        let input = Data((users.map { $0 + ":Korb-Lampe-Wolke-Tinte-93" }.joined(separator: "\n") + "\n").utf8)
        let parsed = try records(try kennwort(["batch", "--input", "user-password", "--summary", "none"], input: input))
        #expect(parsed.map { $0["user"] as? String } == users)
    }

    @Test("Exit codes: 0 all accepted, 1 any rejected, --fail-under, 66 missing file, 65 bad header")
    func exitCodes() throws {
        let good = Data("Xk9#mQ2!vL7pRt4z\nQm4!zLp9#Rt7vK2x\n".utf8)
        #expect(try kennwort(["batch"], input: good).status == 0)
        let mixed = Data("Xk9#mQ2!vL7pRt4z\nQm4!zLp9#Rt7vK2x\nPasswort1\n".utf8)
        #expect(try kennwort(["batch"], input: mixed).status == 1)
        #expect(try kennwort(["batch", "--fail-under", "50"], input: mixed).status == 0)
        #expect(try kennwort(["batch", "--fail-under", "20"], input: mixed).status == 1)
        #expect(try kennwort(["batch", "/nonexistent/file"]).status == 66)
        #expect(try kennwort(["batch", "--input", "csv"], input: Data("user,secret\nx,y\n".utf8)).status == 65)
        #expect(try kennwort(["batch", "--jobs", "0"]).status == 64)
    }

    @Test("--summary json ends stdout with the counts, reasons, scores and time")
    func summaryJSON() throws {
        let result = try kennwort(["batch", "--summary", "json"], input: Data("Passwort1\nXk9#mQ2!vL7pRt4z\n".utf8))
        let last = try #require(try records(result).last?["summary"] as? [String: Any])
        #expect(last["records"] as? Int == 2 && last["accepted"] as? Int == 1 && last["rejected"] as? Int == 1)
        #expect((last["reasons"] as? [String: Int])?.isEmpty == false)
        #expect((last["scores"] as? [String: Int])?["4"] == 1)
        #expect(last["seconds"] is Double)
    }

    @Test("audit names every scheme, never cracks, and exits 1 when something needs work")
    func audit() throws {
        let result = try kennwort(["audit", PasswordFactory.fixture("shadow-audit.txt"), "--summary", "none"])
        #expect(result.status == 1)
        let entries = try records(result)
        let schemes = Dictionary(uniqueKeysWithValues: entries.map { ($0["user"] as! String, $0["scheme"] as! String) })
        #expect(schemes == [
            "anna": "argon2id", "bernd": "argon2id", "carla": "yescrypt", "dieter": "sha512crypt", "erika": "md5crypt",
            "frank": "des", "gisela": "bcrypt", "hans": "locked", "ingrid": "locked", "jan": "empty", "karin": "argon2",
        ])
        let codes = Dictionary(uniqueKeysWithValues: entries.map { ($0["user"] as! String, $0["code"] as! String) })
        #expect(codes["anna"] == "audit.ok" && codes["bernd"] == "audit.needs-rehash")
        #expect(codes["jan"] == "audit.empty-password" && codes["karin"] == "audit.malformed")
        #expect(codes["erika"] == "audit.weak-scheme" && codes["frank"] == "audit.weak-scheme")
        #expect(entries.first { $0["user"] as? String == "bernd" }?["memoryKiB"] as? Int == 19456)
        let owasp = try records(try kennwort(["audit", PasswordFactory.fixture("shadow-audit.txt"), "--preset", "owasp", "--summary", "none"]))
        #expect(owasp.first { $0["user"] as? String == "bernd" }?["code"] as? String == "audit.ok")
        #expect(try kennwort(["audit", "/nonexistent/shadow"]).status == 66)
    }
}
