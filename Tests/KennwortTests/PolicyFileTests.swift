import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("PolicyFile")
struct PolicyFileTests {
    @Test("pwquality.conf syntax: comments, spaces, '=' optional, last value wins")
    func syntax() {
        let (settings, diagnostics) = PolicyFile.parse("""
            # a comment
            minlen = 12   # trailing comment
              dcredit=-1
            ucredit -2
            badwords = Schalke Bayern
            enforce_for_root
            minlen = 14
            """)
        #expect(settings.minlen == 14 && settings.dcredit == -1 && settings.ucredit == -2)
        #expect(settings.badwords == ["schalke", "bayern"])
        #expect(settings.preset == "pwquality", "a file without a preset is a pwquality.conf")
        #expect(settings.pamOnly["enforce_for_root"] != nil)
        #expect(diagnostics.map(\.kind) == [.note, .note], "PAM-only key and repeated key are notes, not errors")
    }

    @Test("libpwquality's clamps: minlen at least 6, minclass at most 4")
    func clamps() {
        #expect(PolicyFile.parse("minlen = 3").settings.minlen == 6)
        #expect(PolicyFile.parse("minclass = 9").settings.minclass == 4)
    }

    @Test("A preset anywhere in the file is the starting point; other keys apply on top")
    func presetBase() {
        let settings = PolicyFile.parse("min_score = 4\npreset = bsi\nmfa = 1\n").settings
        #expect(settings.preset == "bsi" && settings.minimumScore == 4 && settings.mfa)
        #expect(settings.minimumLength(classes: 3) == 8, "BSI with a second factor: 8 characters with 3 classes")
        #expect(PolicySettings.bsi.minimumLength(classes: 3) == 12)
    }

    @Test("Rendering reproduces the settings", arguments: ["bsi", "nist", "pwquality"])
    func renderRoundTrip(name: String) throws {
        let settings = try #require(PolicySettings.presets[name])
        let parsed = PolicyFile.parse(PolicyFile.render(settings))
        #expect(parsed.settings == settings)
        #expect(!parsed.diagnostics.contains { $0.kind == .error })
    }

    /// Each bad file, and the lines lint must name.
    @Test("Lint names every error with its line number", arguments: [
        ("01-minlen-not-number.conf", [1]), ("02-unknown-key.conf", [3]), ("03-unknown-preset.conf", [1]),
        ("04-min-score-range.conf", [3]), ("05-mfa-not-switch.conf", [1]), ("06-personal-data.conf", [2]),
        ("07-classes-not-number.conf", [1]), ("08-classes-too-many.conf", [1]), ("09-max-length-negative.conf", [1]),
        ("10-difok-decimal.conf", [1]), ("11-dcredit-empty.conf", [3]), ("12-breach-check.conf", [1]),
        ("13-typo.conf", [3]), ("14-line-too-long.conf", [1]), ("15-blocklist-two-values.conf", [2]),
        ("16-two-errors.conf", [1, 3]), ("17-breach-list-empty.conf", [1]),
    ])
    func lint(file: String, lines: [Int]) throws {
        let text = try String(contentsOfFile: PasswordFactory.fixture("lint/" + file), encoding: .utf8)
        let errors = PolicyFile.parse(text).diagnostics.filter { $0.kind == .error }
        #expect(errors.map(\.line) == lines)
        #expect(throws: KennwortError.self) { try Policy.load(PasswordFactory.fixture("lint/" + file)) }
    }

    @Test("A policy file over 1 MiB is refused, not cut; an empty one is the defaults")
    func sizeLimit() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = folder + "/big.conf", empty = folder + "/empty.conf"
        try Data(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1).write(to: URL(fileURLWithPath: big))
        try Data().write(to: URL(fileURLWithPath: empty))
        let refused = Result { () throws(KennwortError) in try Policy.load(big) }
        if case .failure(let error) = refused { #expect(error.code == .configInvalid) } else { Issue.record("a 1 MiB + 1 policy file was read") }
        #expect(throws: Never.self) { try Policy.load(empty) }
    }
}
