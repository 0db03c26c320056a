/// Finds words from the ranked lists: as typed, reversed, and with l33t substitutions.
enum DictionaryMatching {
    /// Every substring that is a word, with its rank.
    ///
    /// - Parameters:
    ///   - view: The prepared password.
    ///   - dictionary: The word lists.
    /// - Returns: One match per word found.
    static func matches(_ view: PasswordView, _ dictionary: any RankedDictionary) -> [Match] {
        var result: [Match] = []
        view.folded.withUnsafeBytes { folded in
            for i in 0..<view.count {
                dictionary.forEachWord(in: folded, from: view.foldedStart[i], ends: view.foldedStart[(i + 1)...]) { end, rank, category in
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
        return matches(reversed, dictionary).compactMap { found in
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

    /// Words hidden behind substitutions such as `p@ssw0rd`.
    ///
    /// Each substitute present is mapped to one letter; characters that can
    /// stand for two letters (`1` for i or l) give at most 16 variants.
    static func l33tMatches(_ view: PasswordView, _ dictionary: any RankedDictionary) -> [Match] {
        // For each substitute in the password, the letters it may stand for.
        var options: [(substitute: Unicode.Scalar, letters: [Unicode.Scalar])] = []
        for character in Set(view.lower) {
            let letters = l33tTable.filter { $0.substitutes.contains(character) }.map(\.letter)
            if !letters.isEmpty { options.append((character, letters)) }
        }
        guard !options.isEmpty else { return [] }
        options.sort { $0.substitute.value < $1.substitute.value }
        var maps: [[Unicode.Scalar: Unicode.Scalar]] = [[:]]
        for option in options {
            maps = maps.flatMap { map in option.letters.map { map.merging([option.substitute: $0]) { a, _ in a } } }
            if maps.count > 16 { maps.removeLast(maps.count - 16) }
        }
        var result: [Match] = []
        var seen = Set<[Int]>()
        for map in maps {
            let translated = view.lower.map { map[$0] ?? $0 }
            let subbed = PasswordView(scalars: view.scalars, lower: translated)
            for found in matches(subbed, dictionary) where found.length > 1 {
                let original = view.lower[found.i...found.j]
                let substituted = original.indices.filter { map[original[$0]] != nil }
                guard !substituted.isEmpty, seen.insert([found.i, found.j, found.rank]).inserted else { continue }
                var match = found
                match.l33t = true
                // Per letter used: how many of its occurrences were substituted, and how many not.
                var variations = 1.0
                for letter in Set(substituted.map { map[original[$0]]! }) {
                    let subs = original.filter { map[$0] == letter }.count
                    let plain = original.filter { $0 == letter }.count
                    variations *= GuessEstimates.l33tVariations(substituted: subs, plain: plain)
                }
                match.l33tVariations = variations
                result.append(match)
            }
        }
        return result
    }
}
