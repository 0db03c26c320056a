import Testing
@testable import Kennwort

/// The keyboard graphs built from their drawings, against zxcvbn's adjacency lists.
@Suite("KeyboardGraph")
struct KeyboardGraphTests {
    static func graph(_ name: String) -> KeyboardGraph {
        KeyboardGraph.all.first { $0.name == name }!
    }

    /// The unshifted character of each neighbour of `key`'s key, by direction; "_" for none.
    static func neighbours(of key: Character, in graph: KeyboardGraph) -> String {
        let number = Int(graph.keyOfCharacter[Int(key.unicodeScalars.first!.value)])
        var result = ""
        for direction in 0..<graph.directions {
            let other = Int(graph.adjacentKeys[number * graph.directions + direction])
            let character = (0..<256).first { graph.keyOfCharacter[$0] == other && !graph.isShiftedCharacter[$0] }
            result += other < 0 ? "_" : String(Character(Unicode.Scalar(UInt8(character!))))
        }
        return result
    }

    @Test("Neighbours in zxcvbn's order: left, upper left, upper right, right, lower right, lower left", arguments: [
        ("qwerty", "g", "ftyhbv"), ("qwertz", "g", "ftzhbv"), ("qwertz", "y", "<asx__"), ("qwertz", "ü", "pß´+äö"),
        ("qwerty", "1", "`__2q_"), ("keypad", "5", "47896321"), ("keypad", "0", "_123,___"),
    ])
    func neighbours(graph: String, key: Character, expected: String) {
        #expect(Self.neighbours(of: key, in: Self.graph(graph)) == expected)
    }

    @Test("Shifted characters share their key and count as shifted")
    func shift() {
        let qwertz = Self.graph("qwertz")
        #expect(qwertz.keyOfCharacter[Int(UInt8(ascii: "Z"))] == qwertz.keyOfCharacter[Int(UInt8(ascii: "z"))])
        #expect(qwertz.isShiftedCharacter[Int(UInt8(ascii: "Z"))] && !qwertz.isShiftedCharacter[Int(UInt8(ascii: "z"))])
        #expect(qwertz.keyOfCharacter[0xA7] == qwertz.keyOfCharacter[Int(UInt8(ascii: "3"))], "§ is Shift-3")
        #expect(!Self.graph("keypad").countsShift)
    }

    @Test("Key counts and average degrees as zxcvbn's (per key; zxcvbn counts characters)")
    func averages() {
        let qwerty = Self.graph("qwerty"), keypad = Self.graph("keypad"), qwertz = Self.graph("qwertz")
        #expect(qwerty.startingPositions == 47 && qwerty.averageDegree == 4.595744680851064)
        #expect(keypad.startingPositions == 15 && keypad.averageDegree == 5.066666666666666)
        #expect(qwertz.startingPositions == 48)
    }
}
