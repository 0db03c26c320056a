/// Keyboard adjacency graphs built from layout drawings, as zxcvbn builds its own.
///
/// Each key is a token of its unshifted and shifted characters. Rows of a
/// slanted keyboard sit half a key further right each, so every key has six
/// neighbours: left, upper left, upper right, right, lower right, lower left.
/// The keypad is aligned, with eight neighbours.
struct KeyboardGraph: Sendable {
    /// The graph's name: `qwertz`, `qwerty` or `keypad`.
    let name: String
    /// For each character, its key's neighbours in direction order (`nil` where there is none).
    let neighbours: [Unicode.Scalar: [[Unicode.Scalar]?]]
    /// Characters typed with Shift.
    let shifted: Set<Unicode.Scalar>
    /// The number of keys, for guess estimates.
    let startingPositions: Double
    /// The average number of neighbours per key.
    let averageDegree: Double

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
        let lines = layout.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let tokenSize = lines.first { !$0.isEmpty }.map { line in
            line.split(separator: " ").first!.count
        } ?? 1
        let unit = tokenSize + 1
        var positions: [[Int]: [Unicode.Scalar]] = [:]
        for (row, line) in lines.enumerated() {
            let slant = slanted ? row : 0
            var column = 0
            while column < line.count {
                if line[column] == " " {
                    column += 1
                    continue
                }
                let token = Array(line[column..<min(column + tokenSize, line.count)])
                positions[[(column - slant) / unit, row]] = token
                column += tokenSize
            }
        }
        let directions: [(Int, Int)] = slanted
            ? [(-1, 0), (0, -1), (1, -1), (1, 0), (0, 1), (-1, 1)]
            : [(-1, 0), (-1, -1), (0, -1), (1, -1), (1, 0), (1, 1), (0, 1), (-1, 1)]
        var neighbours: [Unicode.Scalar: [[Unicode.Scalar]?]] = [:]
        var shifted = Set<Unicode.Scalar>()
        var degreeSum = 0
        for (position, token) in positions {
            let adjacent = directions.map { positions[[position[0] + $0.0, position[1] + $0.1]] }
            degreeSum += adjacent.compactMap { $0 }.count
            for (index, character) in token.enumerated() {
                neighbours[character] = adjacent
                if index == 1 { shifted.insert(character) }
            }
        }
        self.neighbours = neighbours
        self.shifted = shifted
        startingPositions = Double(positions.count)
        averageDegree = Double(degreeSum) / Double(max(positions.count, 1))
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
        var i = 0
        while i < n - 1 {
            var j = i + 1
            var lastDirection = -1
            var turns = 0
            var shiftedCount = graph.name != "keypad" && graph.shifted.contains(password[i]) ? 1 : 0
            while true {
                var found = false
                if j < n, let adjacent = graph.neighbours[password[j - 1]] {
                    let current = password[j]
                    for (direction, key) in adjacent.enumerated() {
                        guard let key, let index = key.firstIndex(of: current) else { continue }
                        found = true
                        if index == 1 && graph.name != "keypad" { shiftedCount += 1 }
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
