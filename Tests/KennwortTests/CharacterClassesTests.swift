import Testing
import KennwortTestSupport
@testable import Kennwort

/// Kennwort's four character classes.
@Suite("CharacterClasses")
struct CharacterClassesTests {
    @Test("Counts lowercase, uppercase, digits and everything else", arguments: [
        ("", 0), ("abc", 1), ("ABC", 1), ("123", 1), ("!?", 1), ("aB", 2), ("aB1", 3), ("aB1!", 4),
        ("a b", 2), ("a\r\nb", 2), ("äÖ", 2), ("ß1", 2), ("١٢", 1), ("e\u{301}X", 2), ("Straße 7", 4),
    ])
    func vectors(text: String, classes: Int) {
        #expect(CharacterClasses.count(text) == classes)
    }

    @Test("The ASCII fast path counts exactly as the character-by-character one")
    func asciiFastPath() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = String(decoding: (0..<length).map { _ in UInt8.random(in: 1...127, using: &generator) }, as: UTF8.self)
            #expect(CharacterClasses.count(text) == CharacterClasses.countByCharacter(text), "\(Array(text.utf8))")
        }
    }
}
