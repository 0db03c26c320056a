import Testing
@testable import Kennwort

/// Rule classes such as `?v` hold exactly the bytes cracklib's `MatchClass` accepts.
@Suite("CracklibRule.ByteClass")
struct CracklibByteClassTests {
    /// `MatchClass` from cracklib's rules.c in the C locale, written out as the specification.
    static func matchClass(_ letter: UInt8, _ byte: UInt8) -> Bool {
        func strchr(_ list: String, _ byte: UInt8) -> Bool { byte == 0 || list.utf8.contains(byte) }
        func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
        let isLower = (97...122).contains(byte), isUpper = (65...90).contains(byte), isDigit = (48...57).contains(byte)
        let member: Bool
        switch lower(letter) {
        case UInt8(ascii: "?"): return byte == UInt8(ascii: "?")
        case UInt8(ascii: "v"): member = strchr("aeiou", lower(byte))
        case UInt8(ascii: "c"): member = strchr("bcdfghjklmnpqrstvwxyz", lower(byte))
        case UInt8(ascii: "w"): member = strchr("\t ", byte)
        case UInt8(ascii: "p"): member = strchr(".`,:;'!?\"", byte)
        case UInt8(ascii: "s"): member = strchr("$%%^&*()-_+=|\\[]{}#@/~", byte)
        case UInt8(ascii: "l"): member = isLower
        case UInt8(ascii: "u"): member = isUpper
        case UInt8(ascii: "a"): member = isLower || isUpper
        case UInt8(ascii: "x"): member = isLower || isUpper || isDigit
        case UInt8(ascii: "d"): member = isDigit
        default: return false
        }
        return (65...90).contains(letter) ? !member : member
    }

    @Test("Every byte, for each class letter, its negation and an unknown letter", arguments: Array("?vVcCwWpPsSlLuUaAxXdDzZ".utf8))
    func everyByte(letter: UInt8) {
        let byteClass = CracklibRule.ByteClass(letter: letter)
        let wrong = (0...255).map(UInt8.init).filter { byteClass.contains($0) != Self.matchClass(letter, $0) }
        #expect(wrong.isEmpty, "letter \(Character(Unicode.Scalar(letter))): bytes \(wrong)")
    }
}
