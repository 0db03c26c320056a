/// The first stage of the estimator: every pattern found in the password.
///
/// Like zxcvbn's `omnimatch`: dictionary words (as typed, reversed, l33t),
/// keyboard walks, repeats, sequences, years and dates. Matches may overlap;
/// scoring picks the cheapest sequence that covers the password.
enum Matching {
    /// All matches, sorted by start and end.
    ///
    /// - Parameters:
    ///   - view: The prepared password.
    ///   - dictionary: The ranked word lists, including user inputs.
    ///   - estimateBase: Guesses for a repeated block, by recursion into the whole estimator.
    /// - Returns: The matches.
    static func omnimatch(
        _ view: PasswordView, dictionary: any RankedDictionary, estimateBase: ([Unicode.Scalar]) -> Double
    ) -> [Match] {
        var matches = DictionaryMatching.matches(view, dictionary)
        // Room for the other matchers' results, which are rarely more than the words found.
        matches.reserveCapacity(2 * matches.count + 4 * view.count + 16)
        matches += DictionaryMatching.namePairs(view, matches)
        matches += DictionaryMatching.reversedMatches(view, dictionary)
        matches += DictionaryMatching.l33tMatches(view, dictionary)
        matches += SpatialMatching.matches(view)
        matches += RepeatMatching.matches(view, estimateBase: estimateBase)
        matches += SequenceMatching.matches(view)
        matches += DateMatching.yearMatches(view)
        matches += DateMatching.dateMatches(view)
        return sortedByPosition(matches)
    }

    /// The matches by start, then end, then the order found: what a stable sort by (i, j) gives.
    ///
    /// Unique integer keys are sorted and the matches gathered once, rather than moving the
    /// large `Match` values at every step of the sort.
    ///
    /// - Parameter matches: Matches with `i` and `j` below 2^21, at most 2^21 of them.
    /// - Returns: The sorted matches.
    static func sortedByPosition(_ matches: [Match]) -> [Match] {
        var keys = matches.indices.map { index in
            UInt64(matches[index].i) << 42 | UInt64(matches[index].j) << 21 | UInt64(index)
        }
        keys.sort()
        return keys.map { matches[Int($0 & 0x1F_FFFF)] }
    }
}
