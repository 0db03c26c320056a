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

    @Test("Bytes: containsBytes agrees with firstRange(of:), also for the empty piece", arguments: [
        ("passwortpasswort", "ortpas"), ("passwort", "passworts"), ("abc", ""), ("", ""), ("", "a"),
        ("aaab", "aab"), ("drowssap", "drow"), ("xyzy", "yy"), ("2024sommer", "sommer"),
    ])
    func containsBytes(text: String, piece: String) {
        let (bytes, needle) = (Array(text.utf8), Array(piece.utf8))
        #expect(bytes.containsBytes(needle) == (bytes.firstRange(of: needle) != nil))
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
