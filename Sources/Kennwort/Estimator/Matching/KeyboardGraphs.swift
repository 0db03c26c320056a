/// Keyboard adjacency graphs built from layout drawings, as zxcvbn builds its own.
///
/// Each key is a token of its unshifted and shifted characters. Rows of a
/// slanted keyboard sit half a key further right each, so every key has six
/// neighbours: left, upper left, upper right, right, lower right, lower left.
/// The keypad is aligned, with eight neighbours.
struct KeyboardGraph: Sendable {
    /// The graph's name: `qwertz`, `qwerty` or `keypad`.
    let name: String
    /// The number of keys, for guess estimates.
    let startingPositions: Double
    /// The average number of neighbours per key.
    let averageDegree: Double
    /// Whether Shift counts (not on the keypad).
    let countsShift: Bool
    /// For matching: the key number of each character below U+0100 (every key's characters
    /// are), or -1; and each key's neighbours by direction, `directions` per key, -1 for none.
    let keyOfCharacter: [Int16]
    let adjacentKeys: [Int16]
    let directions: Int
    /// For matching: whether a character below U+0100 is typed with Shift.
    let isShiftedCharacter: [Bool]

    /// German QWERTZ, with ü, ö, ä, ß and the key left of y.
    static let qwertz = KeyboardGraph(name: "qwertz", slanted: true, layout: """
        ^° 1! 2" 3§ 4$ 5% 6& 7/ 8( 9) 0= ß? ´`
            qQ wW eE rR tT zZ uU iI oO pP üÜ +*
             aA sS dD fF gG hH jJ kK lL öÖ äÄ #'
           <> yY xX cC vV bB nN mM ,; .: -_
        """)

    /// US QWERTY.
    static let qwerty = KeyboardGraph(name: "qwerty", slanted: true, layout: """
        `~ 1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) -_ =+
            qQ wW eE rR tT yY uU iI oO pP [{ ]} \\|
             aA sS dD fF gG hH jJ kK lL ;: '"
              zZ xX cC vV bB nN mM ,< .> /?
        """)

    /// The numeric keypad.
    static let keypad = KeyboardGraph(name: "keypad", slanted: false, layout: """
          / * -
        7 8 9 +
        4 5 6
        1 2 3
          0 ,
        """)

    static let all = [qwertz, qwerty, keypad]

    init(name: String, slanted: Bool, layout: String) {
        self.name = name
        // One pass over the scalars, keys in flat arrays: no grapheme breaking, no array per
        // line or key, no hashing or searching (the PAM helper builds this at every start).
        let scalars = Array(layout.unicodeScalars)
        var first = 0
        while first < scalars.count, scalars[first] == " " || scalars[first] == "\n" { first += 1 }
        var tokenSize = 0
        while first + tokenSize < scalars.count, scalars[first + tokenSize] != " ", scalars[first + tokenSize] != "\n" { tokenSize += 1 }
        let unit = tokenSize + 1
        var columns: [Int] = [], rows: [Int] = [], starts: [Int] = [], ends: [Int] = []
        var row = 0, column = 0, index = 0
        while index < scalars.count {
            if scalars[index] == "\n" {
                row += 1
                column = 0
                index += 1
            } else if scalars[index] == " " {
                column += 1
                index += 1
            } else {
                // A key's token: tokenSize scalars, or fewer at the end of its line.
                var end = index
                while end < index + tokenSize, end < scalars.count, scalars[end] != "\n" { end += 1 }
                columns.append((column - (slanted ? row : 0)) / unit + 1)
                rows.append(row + 1)
                starts.append(index)
                ends.append(end)
                column += tokenSize
                index = end
            }
        }
        // Keys by position in a grid with a free border.
        let gridWidth = (columns.max() ?? 0) + 2
        var grid = [Int16](repeating: -1, count: gridWidth * (row + 3))
        for key in columns.indices { grid[rows[key] * gridWidth + columns[key]] = Int16(key) }
        let directions: [(Int, Int)] = slanted
            ? [(-1, 0), (0, -1), (1, -1), (1, 0), (0, 1), (-1, 1)]
            : [(-1, 0), (-1, -1), (0, -1), (1, -1), (1, 0), (1, 1), (0, 1), (-1, 1)]
        var degreeSum = 0
        var keyOfCharacter = [Int16](repeating: -1, count: 256)
        var adjacentKeys = [Int16](repeating: -1, count: columns.count * directions.count)
        var isShiftedCharacter = [Bool](repeating: false, count: 256)
        for number in columns.indices {
            for (direction, step) in directions.enumerated() {
                let other = grid[(rows[number] + step.1) * gridWidth + columns[number] + step.0]
                guard other >= 0 else { continue }
                adjacentKeys[number * directions.count + direction] = other
                degreeSum += 1
            }
            for index in starts[number]..<ends[number] {
                let character = scalars[index].value
                precondition(character < 256, "keyboard characters are below U+0100")
                keyOfCharacter[Int(character)] = Int16(number)
                isShiftedCharacter[Int(character)] = index == starts[number] + 1
            }
        }
        self.keyOfCharacter = keyOfCharacter
        self.adjacentKeys = adjacentKeys
        self.directions = directions.count
        self.isShiftedCharacter = isShiftedCharacter
        countsShift = name != "keypad"
        startingPositions = Double(columns.count)
        averageDegree = Double(degreeSum) / Double(max(columns.count, 1))
    }
}

/// Finds keyboard walks such as `qwertz`, `1qay2wsx` and `asdfghjklö`.
enum SpatialMatching {
    /// Walks of three or more adjacent keys on each keyboard.
    static func matches(_ view: PasswordView) -> [Match] {
        KeyboardGraph.all.indices.flatMap { matches(view.scalars, graph: $0) }
    }

    static func matches(_ password: [Unicode.Scalar], graph number: Int) -> [Match] {
        let graph = KeyboardGraph.all[number]
        var result: [Match] = []
        let n = password.count
        // Key numbers and Shift, once per character, from flat tables.
        let keys = password.map { $0.value < 256 ? Int(graph.keyOfCharacter[Int($0.value)]) : -1 }
        let shifted = password.map { graph.countsShift && $0.value < 256 && graph.isShiftedCharacter[Int($0.value)] }
        var i = 0
        while i < n - 1 {
            var j = i + 1
            var lastDirection = -1
            var turns = 0
            var shiftedCount = shifted[i] ? 1 : 0
            while true {
                var found = false
                if j < n, keys[j - 1] >= 0, keys[j] >= 0 {
                    let row = keys[j - 1] * graph.directions
                    for direction in 0..<graph.directions where Int(graph.adjacentKeys[row + direction]) == keys[j] {
                        found = true
                        if shifted[j] { shiftedCount += 1 }
                        if lastDirection != direction {
                            turns += 1
                            lastDirection = direction
                        }
                        break
                    }
                }
                if found {
                    j += 1
                } else {
                    if j - i > 2 {
                        var match = Match(.spatial, i, j - 1)
                        match.graph = number
                        match.turns = turns
                        match.shiftedCount = shiftedCount
                        result.append(match)
                    }
                    i = j
                    break
                }
            }
        }
        return result
    }
}
