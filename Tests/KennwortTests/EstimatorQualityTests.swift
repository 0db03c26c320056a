import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

/// The estimator's quality targets, on data in the repository or generated here.
@Suite("Estimator quality")
struct EstimatorQualityTests {
    let estimator = TestDictionaries.estimator

    func shareBelow3(_ passwords: [String]) -> Double {
        Double(passwords.filter { estimator.estimate(SecretBytes($0)).score < 3 }.count) / Double(passwords.count)
    }

    @Test("John the Ripper's password.lst: score < 3 for at least 99 %")
    func johnList() {
        let passwords = PasswordFactory.textLines(of: TestPaths.johnList).filter { !$0.hasPrefix("#!comment") }
        #expect(passwords.count > 3_000)
        #expect(shareBelow3(passwords) >= 0.99)
    }

    @Test("The German weak set: score < 3 for at least 99 %")
    func germanWeakSet() {
        let passwords = PasswordFactory.textLines(of: PasswordFactory.fixture("german-weak.txt"))
        #expect(passwords.count >= 300)
        #expect(shareBelow3(passwords) >= 0.99)
    }

    @Test("5,000 random 12–20-character passwords with 3+ classes: score ≥ 3 for at least 99.5 %")
    func randomPasswords() {
        let classes: [[Character]] = [
            Array("abcdefghijklmnopqrstuvwxyz"), Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), Array("0123456789"),
            Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
        ]
        var generator = SystemRandomNumberGenerator()
        var passwords: [String] = []
        while passwords.count < 5_000 {
            let length = Int.random(in: 12...20, using: &generator)
            let password = String((0..<length).map { _ in classes.randomElement(using: &generator)!.randomElement(using: &generator)! })
            if classes.filter({ set in password.contains(where: set.contains) }).count >= 3 { passwords.append(password) }
        }
        #expect(1 - shareBelow3(passwords) >= 0.995)
    }

    @Test("2,000 passphrases of 4–5 random German dictionary words: score ≥ 3 for at least 99 %")
    func passphrases() throws {
        let words = PasswordFactory.textLines(of: "/usr/share/dict/ngerman").filter { !$0.contains("'") }
        try #require(words.count > 100_000, "apt package wngerman provides the words")
        var generator = SystemRandomNumberGenerator()
        let separators = ["-", " ", ".", "_", "+", "", "#"]
        let passwords = (0..<2_000).map { _ in
            (0..<Int.random(in: 4...5, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: separators.randomElement(using: &generator)!)
        }
        #expect(1 - shareBelow3(passwords) >= 0.99)
    }

    @Test("English sanity: log10 guesses correlate with zxcvbn's (Spearman ρ ≥ 0.9)")
    func spearmanAgainstZxcvbn() throws {
        let file = PasswordFactory.fixture("zxcvbn-test-passwords.txt")
        let passwords = PasswordFactory.textLines(of: file)
        let python = TestPaths.repositoryRoot + "/.build-venv/bin/python"
        let script = "import sys, zxcvbn\nfor line in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n    if line: print(zxcvbn.zxcvbn(line)['guesses_log10'])\n"
        let result = try ProcessRunner.run(python, ["-c", script, file])
        try #require(result.status == 0, "pip zxcvbn: \(result.errors)")
        let theirs = result.output.split(separator: "\n").compactMap { Double($0) }
        try #require(theirs.count == passwords.count)
        let ours = passwords.map { estimator.estimate(SecretBytes($0)).guessesLog10 }
        #expect(Statistics.spearman(ours, theirs) >= 0.9)
    }
}

/// Rank correlation, with ties given their average rank.
enum Statistics {
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for k in start...end { ranks[order[k]] = Double(start + end) / 2 }
            start = end + 1
        }
        return ranks
    }

    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        let x = ranks(a), y = ranks(b)
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        let covariance = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let vx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, vy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        return covariance / (vx * vy).squareRoot()
    }
}
