import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("Estimator matching")
struct EstimatorMatchingTests {
    func matches(_ password: String, userInputs: [String] = []) -> [Match] {
        let view = PasswordView(Array(password.unicodeScalars))
        var dictionary: any RankedDictionary = try! EstimatorIndex(path: TestDictionaries.ownData.estimatorIndex)
        if !userInputs.isEmpty {
            dictionary = DictionaryStack(members: [dictionary, InMemoryDictionary(words: userInputs, category: .userInputs)])
        }
        return Matching.omnimatch(view, dictionary: dictionary) { _ in 1 }
    }

    func covers(_ matches: [Match], _ pattern: MatchPattern, _ i: Int, _ j: Int) -> Bool {
        matches.contains { $0.pattern == pattern && $0.i == i && $0.j == j }
    }

    @Test("Keyboard walks on German QWERTZ, QWERTY and the keypad", arguments: [
        ("qwertz", "qwertz"), ("yxcvbnm", "qwertz"), ("asdfghjklö", "qwertz"), ("üpoiuz", "qwertz"),
        ("QWERTZ", "qwertz"), ("qwerty", "qwerty"), ("zxcvbn", "qwerty"), ("1478963", "keypad"), ("7896321", "keypad"),
    ])
    func walks(password: String, graph: String) {
        let found = matches(password).filter { $0.pattern == .spatial && $0.length == password.unicodeScalars.count }
        #expect(found.contains { KeyboardGraph.all[$0.graph].name == graph }, "\(password)")
    }

    @Test("1qay2wsx is two straight QWERTZ columns")
    func columns() {
        let found = matches("1qay2wsx").filter { $0.pattern == .spatial && KeyboardGraph.all[$0.graph].name == "qwertz" }
        #expect(covers(found, .spatial, 0, 3) && covers(found, .spatial, 4, 7))
        #expect(found.allSatisfy { $0.turns == 1 })
    }

    @Test("Dates in German and ISO forms", arguments: [
        "14.03.1985", "14031985", "140385", "1403", "03/85", "1985-03-14", "0385", "14.03.", "3.12.2001",
    ])
    func dates(password: String) {
        let n = password.unicodeScalars.count
        #expect(covers(matches(password), .date, 0, n - 1), "\(password)")
    }

    @Test("Years from 1900 to 2039", arguments: [("1900", true), ("1985", true), ("2039", true), ("1899", false), ("2040", false)])
    func years(password: String, expected: Bool) {
        #expect(covers(matches("x" + password), .year, 1, 4) == expected)
    }

    @Test("Repeats of characters and of blocks")
    func repeats() {
        let block = matches("abcabcabc").first { $0.pattern == .repeats }
        #expect(block?.i == 0 && block?.j == 8 && block?.repeatCount == 3)
        #expect(covers(matches("aaaa"), .repeats, 0, 3))
        #expect(covers(matches("xhallohallo"), .repeats, 1, 10))
    }

    @Test("Sequences up and down", arguments: [("abcd", true), ("9876", false), ("acegi", true), ("ZYXW", false)])
    func sequences(password: String, ascending: Bool) {
        let n = password.unicodeScalars.count
        let found = matches(password).first { $0.pattern == .sequence && $0.i == 0 && $0.j == n - 1 }
        #expect(found?.ascending == ascending)
    }

    @Test("Words with l33t substitutions", arguments: ["p@ssw0rd", "h4ll0", "$ch@tz", "p4$$w0r7", "s0mm3r"])
    func l33t(password: String) {
        let n = password.unicodeScalars.count
        #expect(matches(password).contains { $0.l33t && $0.i == 0 && $0.j == n - 1 }, "\(password)")
    }

    @Test("Umlauts fold both ways: ä matches ae and ae matches ä", arguments: ["bärchen", "baerchen", "glück", "glueck", "straße", "strasse"])
    func umlauts(password: String) {
        let n = password.unicodeScalars.count
        #expect(matches(password).contains { $0.pattern == .dictionary && $0.i == 0 && $0.j == n - 1 }, "\(password)")
    }

    @Test("Reversed words")
    func reversed() {
        #expect(matches("ztrewqdrowssap").contains { $0.reversed && $0.i == 6 })
    }

    @Test("Months and seasons are calendar words", arguments: ["sommer", "Januar", "weihnachten", "october"])
    func calendar(password: String) {
        #expect(matches(password).contains { $0.category == .calendar && $0.i == 0 })
    }

    @Test("User inputs match as the user's own words")
    func userInputs() {
        let found = matches("Xyzzkowski77", userInputs: ["xyzzkowski"])
        #expect(found.contains { $0.category == .userInputs && $0.i == 0 && $0.j == 9 })
    }

    @Test("Couples' names are one pattern")
    func namePairs() {
        #expect(covers(matches("AnnaundPaul"), .namePair, 0, 10))
        #expect(covers(matches("lena+tobias"), .namePair, 0, 10))
    }

    @Test("Matches come sorted by start and end, ties in the order found, as a stable sort gives")
    func sortedByPosition() {
        var found: [Match] = []
        for (index, (i, j)) in [(3, 5), (0, 2), (3, 4), (0, 2), (1, 1), (3, 5), (0, 7), (1, 1)].enumerated() {
            var match = Match(.dictionary, i, j)
            match.rank = index  // tells equal positions apart
            found.append(match)
        }
        let sorted = Matching.sortedByPosition(found)
        #expect(sorted.map { [$0.i, $0.j, $0.rank] } == [
            [0, 2, 1], [0, 2, 3], [0, 7, 6], [1, 1, 4], [1, 1, 7], [3, 4, 2], [3, 5, 0], [3, 5, 5],
        ])
        #expect(sorted.map(\.rank) == found.enumerated().sorted { ($0.1.i, $0.1.j, $0.0) < ($1.1.i, $1.1.j, $1.0) }.map(\.1.rank))
        #expect(Matching.sortedByPosition([]).isEmpty)
    }
}
