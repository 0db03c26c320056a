import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("PasswordEstimator")
struct EstimatorTests {
    let estimator = TestDictionaries.estimator

    func score(_ password: String) -> Int { estimator.estimate(SecretBytes(password)).score }

    @Test("zxcvbn's score thresholds", arguments: [
        (2.9, 0), (3.1, 1), (5.9, 1), (6.1, 2), (7.9, 2), (8.1, 3), (9.9, 3), (10.1, 4), (500, 4),
    ])
    func thresholds(log10: Double, expected: Int) {
        #expect(Scoring.score(guessesLog10: log10) == expected)
    }

    @Test("German patterns are weak", arguments: [
        "Sommer2024!", "Schalke04", "1qay2wsx", "Mausi1985", "Weihnachten2022", "Januar23", "asdfghjklö",
        "14.03.1985", "Bärchen123", "Passwort1", "AnnaundPaul", "qwertz123", "hallohallo",
    ])
    func germanWeak(password: String) {
        #expect(score(password) < 3, "\(password)")
    }

    @Test("Random and passphrase passwords are strong", arguments: [
        "Xk9#mQ2!vL7pRt4z", "correct-horse-battery-staple", "Haus-Baum-Tisch-Lampe-Wolke", "vorstehst-prahlende-mausre-verschlieft",
    ])
    func strong(password: String) {
        #expect(score(password) >= 3, "\(password)")
    }

    @Test("Only the first 256 characters are analysed; the rest counts as brute force")
    func analysisLimit() {
        let long = String(repeating: "a", count: 10_000)
        let estimate = estimator.estimate(SecretBytes(long))
        #expect(estimate.analysedLength == 256)
        #expect(estimate.ignoredLength == 10_000 - 256)
        #expect(estimate.guessesLog10 >= Double(10_000 - 256))
        #expect(estimate.guesses == nil, "too large for a Double")
        #expect(estimate.score == 4)
    }

    @Test("Crack times follow the four scenarios' rates")
    func crackTimes() {
        let estimate = estimator.estimate(SecretBytes("Sommer2024!"))
        let times = Dictionary(uniqueKeysWithValues: estimate.crackTimes.map { ($0.scenario, $0.seconds) })
        let guesses = pow(10, estimate.guessesLog10)
        #expect(abs(times[.onlineThrottled]! - guesses * 36) / (guesses * 36) < 1e-9)
        #expect(abs(times[.offlineFastHash]! - guesses / 1e10) / (guesses / 1e10) < 1e-9)
        #expect(times[.offlineArgon2]! > times[.offlineFastHash]!)
    }

    @Test("Feedback names the pattern and gives codes with texts in both languages")
    func feedback() {
        let cases: [(String, FindingCode)] = [
            ("Sommer2024", .estimatorSeasonYear), ("yxcvbnm,.-", .estimatorStraightRow), ("abcabcabc", .estimatorRepeatedBlock),
            ("password", .estimatorTop10Password), ("14.03.1985", .estimatorDate), ("Schalke", .estimatorBrand),
        ]
        for (password, code) in cases {
            let feedback = estimator.estimate(SecretBytes(password)).feedback
            #expect(feedback.warning == code, "\(password)")
            for suggestion in feedback.suggestions + [code] {
                #expect(AdviceCatalog.entry(for: suggestion, in: .de) != nil && AdviceCatalog.entry(for: suggestion, in: .en) != nil)
            }
        }
        #expect(estimator.estimate(SecretBytes("Xk9#mQ2!vL7pRt4z")).feedback.warning == nil)
    }

    @Test("Durations read naturally in German and English", arguments: [
        (0.5, Language.de, "weniger als eine Sekunde"), (1, .en, "1 second"), (7200, .de, "2 Stunden"),
        (86_400 * 3, .en, "3 days"), (1e12, .de, "Jahrhunderte"), (Double.infinity, .en, "centuries"),
    ])
    func durations(seconds: Double, language: Language, expected: String) {
        #expect(DurationText.display(seconds: seconds, in: language) == expected)
    }
}

@Suite("EstimatorIndex")
struct EstimatorIndexTests {
    @Test("A built index finds its words with their best rank and category")
    func roundTrip() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "hallo\nschatz\nbärchen\n".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "zebra\nhallo\n".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        let count = try EstimatorIndexBuilder.build(
            from: [.init(path: folder + "/b.txt", category: .names), .init(path: folder + "/a.txt", category: .passwords)],
            to: folder + "/x.idx")
        #expect(count == 4 + CalendarWords.words.count)
        let index = try EstimatorIndex(path: folder + "/x.idx")
        func find(_ word: String) -> (rank: Int, category: WordCategory)? {
            PasswordView.foldedKey(word).withUnsafeBytes { index.lookup($0) }
        }
        #expect(find("hallo")?.rank == 1)
        #expect(find("baerchen")?.category == .passwords && find("baerchen")?.rank == 3)
        #expect(find("zebra")?.category == .names)
        #expect(find("sommer")?.category == .calendar)
        #expect(find("nichtda") == nil)
    }

    @Test("A damaged index is refused at open", arguments: [0, 16, 100, -1])
    func damaged(cut: Int) throws {
        let folder = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "hallo\n".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try EstimatorIndexBuilder.build(from: [.init(path: folder + "/a.txt", category: .passwords)], to: folder + "/x.idx")
        var data = try Data(contentsOf: URL(fileURLWithPath: folder + "/x.idx"))
        if cut >= 0 { data = data.prefix(cut) } else { data[0] ^= 0xFF }
        try data.write(to: URL(fileURLWithPath: folder + "/x.idx"))
        let error = #expect(throws: KennwortError.self) { try EstimatorIndex(path: folder + "/x.idx") }
        #expect(error?.code == .dataCorrupt)
    }
}
