/// Finds words from the ranked lists: as typed, reversed, and with l33t substitutions.
enum DictionaryMatching {
    /// Every substring that is a word, with its rank.
    ///
    /// - Parameters:
    ///   - view: The prepared password.
    ///   - dictionary: The word lists.
    ///   - covering: When given, only substrings holding a position where this is true are
    ///     looked up (for l33t: the substituted characters).
    ///   - minimumLength: Shorter substrings are not looked up.
    /// - Returns: One match per word found.
    static func matches(
        _ view: PasswordView, _ dictionary: any RankedDictionary, covering: [Bool]? = nil, minimumLength: Int = 1
    ) -> [Match] {
        var result: [Match] = []
        // Most positions start a word or two (one-letter words included): room for that at once.
        result.reserveCapacity(2 * view.count)
        // For each start, the first position at or after it that a word must reach.
        var firstCovered = [Int](repeating: 0, count: view.count + 1)
        if let covering {
            firstCovered[view.count] = view.count
            for k in stride(from: view.count - 1, through: 0, by: -1) { firstCovered[k] = covering[k] ? k : firstCovered[k + 1] }
        } else {
            for k in 0...view.count { firstCovered[k] = k }
        }
        view.folded.withUnsafeBytes { folded in
            for i in 0..<view.count where max(firstCovered[i], i + minimumLength - 1) < view.count {
                let ends = view.foldedStart[(max(firstCovered[i], i + minimumLength - 1) + 1)...]
                dictionary.forEachWord(in: folded, from: view.foldedStart[i], ends: ends) { end, rank, category in
                    // foldedStart[end] is where character `end` starts, so the word ends at `end - 1`.
                    var match = Match(.dictionary, i, end - 1)
                    match.rank = rank
                    match.category = category
                    result.append(match)
                }
            }
        }
        return result
    }

    /// Words written backwards.
    static func reversedMatches(_ view: PasswordView, _ dictionary: any RankedDictionary) -> [Match] {
        let n = view.count
        let reversed = PasswordView(scalars: view.scalars.reversed(), lower: view.lower.reversed())
        // One character reversed is itself, a palindrome, which is dropped below: not looked up.
        return matches(reversed, dictionary, minimumLength: 2).compactMap { found in
            var match = found
            match.i = n - 1 - found.j
            match.j = n - 1 - found.i
            match.reversed = true
            // A palindrome is the same word forwards; that match is already there.
            let token = view.lower[match.i...match.j]
            return token.elementsEqual(token.reversed()) ? nil : match
        }
    }

    /// What joins the names of a couple: `AnnaundPaul`, `anna&paul`, `Anna+Paul`.
    static let connectors: [[Unicode.Scalar]] = [[], ["u", "n", "d"], ["a", "n", "d"], ["&"], ["+"], ["-"], ["_"], ["."], ["u"]]

    /// Two names (or common-password words, where many names rank best) joined by a connector, as one match.
    ///
    /// zxcvbn would count them as three or four separate parts and add 10^8 or
    /// more for the sequence alone; an attacker tries couples' names together.
    static func namePairs(_ view: PasswordView, _ words: [Match]) -> [Match] {
        let names = words.filter { ($0.category == .names || $0.category == .passwords) && $0.length >= 2 && !$0.reversed && !$0.l33t }
        var byStart: [Int: [Match]] = [:]
        for name in names { byStart[name.i, default: []].append(name) }
        var result: [Match] = []
        for first in names {
            for connector in connectors {
                let next = first.j + 1 + connector.count
                guard next < view.count,
                      connector.isEmpty || view.lower[(first.j + 1)..<next].elementsEqual(connector),
                      let seconds = byStart[next]
                else { continue }
                for second in seconds {
                    var match = Match(.namePair, first.i, second.j)
                    match.category = .names
                    match.baseGuesses = GuessEstimates.dictionary(first, view: view) * GuessEstimates.dictionary(second, view: view)
                        * Double(connectors.count)
                    result.append(match)
                }
            }
        }
        return result
    }

    /// The l33t table: each letter and the characters that stand for it.
    static let l33tTable: [(letter: Unicode.Scalar, substitutes: [Unicode.Scalar])] = [
        ("a", ["4", "@"]), ("b", ["8"]), ("c", ["(", "{", "[", "<"]), ("e", ["3", "€"]), ("g", ["6", "9"]),
        ("i", ["1", "!", "|"]), ("l", ["1", "|", "7"]), ("o", ["0"]), ("s", ["$", "5"]), ("t", ["+", "7"]),
        ("x", ["%"]), ("z", ["2"]),
    ]

    /// The letters a character may stand for, in table order.
    static func l33tLetters(_ character: Unicode.Scalar) -> [Unicode.Scalar] {
        l33tTable.filter { $0.substitutes.contains(character) }.map(\.letter)
    }

    /// ``l33tLetters(_:)`` for ASCII characters, looked up once.
    static let asciiL33tLetters: [[Unicode.Scalar]] = {
        // The table inverted in one pass, in its order (filtering it per character cost the
        // PAM helper 87,000 instructions at each start).
        var letters = [[Unicode.Scalar]](repeating: [], count: 128)
        for (letter, substitutes) in l33tTable {
            for substitute in substitutes where substitute.value < 128 { letters[Int(substitute.value)].append(letter) }
        }
        return letters
    }()

    /// Words hidden behind substitutions such as `p@ssw0rd`.
    ///
    /// Each substitute present is mapped to one letter; characters that can
    /// stand for two letters (`1` for i or l) give at most 16 variants. Only
    /// substrings holding a substitute are looked up: the others are plain words.
    static func l33tMatches(_ view: PasswordView, _ dictionary: any RankedDictionary) -> [Match] {
        // The substitutes present, in code point order, with the letters each may stand for,
        // and for each position the substitute it holds (an index into `options`) or -1.
        var options: [(substitute: Unicode.Scalar, letters: [Unicode.Scalar])] = []
        for character in view.lower where !options.contains(where: { $0.substitute == character }) {
            let letters = character.value < 128 ? asciiL33tLetters[Int(character.value)] : l33tLetters(character)
            if !letters.isEmpty { options.append((character, letters)) }
        }
        guard !options.isEmpty else { return [] }
        options.sort { $0.substitute.value < $1.substitute.value }
        let optionAt = view.lower.map { character in options.firstIndex { $0.substitute == character } ?? -1 }
        let covering = optionAt.map { $0 >= 0 }
        // Each map gives one letter per option.
        var maps: [[Unicode.Scalar]] = [[]]
        for option in options {
            maps = maps.flatMap { map in option.letters.map { map + [$0] } }
            if maps.count > 16 { maps.removeLast(maps.count - 16) }
        }
        var result: [Match] = []
        var seen: [(i: Int, j: Int, rank: Int)] = []
        for map in maps {
            let translated = view.lower.indices.map { optionAt[$0] >= 0 ? map[optionAt[$0]] : view.lower[$0] }
            let subbed = PasswordView(scalars: view.scalars, lower: translated)
            for found in matches(subbed, dictionary, covering: covering, minimumLength: 2) {
                guard !seen.contains(where: { $0 == (found.i, found.j, found.rank) }) else { continue }
                seen.append((found.i, found.j, found.rank))
                var match = found
                match.l33t = true
                // Per letter used: how many of its occurrences were substituted, and how many not.
                var variations = 1.0
                var letters: [Unicode.Scalar] = []
                for k in found.i...found.j where optionAt[k] >= 0 && !letters.contains(map[optionAt[k]]) {
                    letters.append(map[optionAt[k]])
                }
                for letter in letters {
                    let subs = (found.i...found.j).filter { optionAt[$0] >= 0 && map[optionAt[$0]] == letter }.count
                    let plain = (found.i...found.j).filter { view.lower[$0] == letter }.count
                    variations *= GuessEstimates.l33tVariations(substituted: subs, plain: plain)
                }
                match.l33tVariations = variations
                result.append(match)
            }
        }
        return result
    }
}
