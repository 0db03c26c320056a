import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// The `pwquality` preset and pwquality.conf files judge as libpwquality does.
@Suite("pwquality parity")
struct PwqualityParityTests {
    static let configs = ["default.conf", "complex.conf", "credits.conf", "repeats.conf", "badwords.conf", "strict.conf"]

    /// John's list, 2,000 random passwords of 6–16 characters, and the German weak set.
    static let passwords: [String] = {
        let john = PasswordFactory.textLines(of: TestPaths.johnList)
        let german = PasswordFactory.textLines(of: PasswordFactory.fixture("german-weak.txt"))
        let random = (0..<2_000).map { index in PasswordFactory.random(length: 6 + index % 11) }
        return (john + german + random).filter { !$0.contains("\r") }
    }()

    @Test("Accept/reject equals python3-pwquality's", arguments: configs)
    func parity(config: String) throws {
        let path = PasswordFactory.fixture("pwquality/" + config)
        let input = Data(Self.passwords.map { $0 + "\n" }.joined().utf8)
        let python = TestPaths.repositoryRoot + "/.build-venv/bin/python"
        let result = try ProcessRunner.run(python, [TestPaths.repositoryRoot + "/Tests/Scripts/pwquality_check.py", path], input: input)
        try #require(result.status == 0, "python3-pwquality: \(result.errors)")
        let theirs = result.output.split(separator: "\n").map { $0 == "1" }
        try #require(theirs.count == Self.passwords.count)

        let policy = try Policy.load(path)
        #expect(policy.settings.strictCracklib && policy.settings.pwqualityComposition)
        let checker = try PasswordChecker(policy: policy, dictionary: policy.settings.dictcheck ? .system : nil)
        var differences: [String] = []
        for (password, accepted) in zip(Self.passwords, theirs) {
            let ours = try checker.assess(SecretBytes(password)).accepted
            if ours != accepted { differences.append("\(password): ours \(ours), libpwquality \(accepted)") }
        }
        #expect(differences.isEmpty, "\(differences.count) differences, e.g. \(differences.prefix(8))")
        #expect(theirs.contains(true) && theirs.contains(false), "the corpus exercises both verdicts")
    }
}
