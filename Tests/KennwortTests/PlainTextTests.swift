import Testing
@testable import Kennwort

/// The specialised string helpers behave as the standard library's generic ones.
@Suite("PlainText")
struct PlainTextTests {
    @Test("containsBytes agrees with contains on folded text", arguments: [
        ("mueller1985", "mueller", true), ("mueller1985", "1985", true), ("mueller1985", "muellerx", false),
        ("abc", "", false), ("", "a", false), ("ab", "abc", false), ("aaab", "aab", true), ("straße", "aße", true),
        ("xyz", "z", true), ("xyz", "x", true), ("xyzy", "yy", false),
    ])
    func contains(text: String, piece: String, expected: Bool) {
        #expect(text.containsBytes(of: piece) == expected)
        #expect(text.contains(piece) == expected)
    }

    @Test("String(characters:) and joined(with:) give what String(_:) and joined(separator:) give")
    func build() {
        let characters: [Character] = ["ä", "b", "👍🏽", "c"]
        #expect(String(characters: characters) == String(characters))
        #expect(String(characters: "abc".reversed()) == "cba")
        let words = "Anna Maria  Müller".split(separator: " ")
        #expect(words.joined(with: "-") == words.joined(separator: "-"))
        #expect([Substring]().joined(with: "-") == "")
    }
}
