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
        matches.reserveCapacity(matches.count + 2 * view.count + 8)
        matches += DictionaryMatching.namePairs(view, matches)
        matches += DictionaryMatching.reversedMatches(view, dictionary)
        matches += DictionaryMatching.l33tMatches(view, dictionary)
        matches += SpatialMatching.matches(view)
        matches += RepeatMatching.matches(view, estimateBase: estimateBase)
        matches += SequenceMatching.matches(view)
        matches += DateMatching.yearMatches(view)
        matches += DateMatching.dateMatches(view)
        matches.sort { ($0.i, $0.j) < ($1.i, $1.j) }
        return matches
    }
}
