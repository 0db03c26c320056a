import Glibc

/// How many guesses each kind of match takes, as zxcvbn counts them.
enum GuessEstimates {
    static func guesses(_ match: Match, view: PasswordView) -> Double {
        switch match.pattern {
        case .bruteforce: bruteforce(length: match.length)
        case .dictionary: dictionary(match, view: view)
        case .spatial: spatial(match)
        case .repeats: match.baseGuesses * Double(match.repeatCount)
        case .namePair: match.baseGuesses
        case .sequence: sequence(match, view: view)
        case .year: Double(max(abs(match.year! - DateMatching.referenceYear), Scoring.minimumYearSpace))
        case .date: date(match)
        }
    }

    /// 10 per character, at least 11 for one character and 51 for more (above the submatch minimums).
    static func bruteforce(length: Int) -> Double {
        let guesses = pow(Scoring.bruteforceCardinality, Double(length))
        let minimum = length == 1
            ? Scoring.minimumSubmatchGuessesSingleCharacter + 1 : Scoring.minimumSubmatchGuessesMultiCharacter + 1
        return max(guesses.isFinite ? guesses : .greatestFiniteMagnitude, minimum)
    }

    static func dictionary(_ match: Match, view: PasswordView) -> Double {
        let token = view.scalars[match.i...match.j]
        return Double(match.rank) * uppercaseVariations(token) * match.l33tVariations * (match.reversed ? 2 : 1)
    }

    /// 1 for all lowercase; 2 for a capital first or last letter or all caps; else the mixes.
    static func uppercaseVariations(_ token: ArraySlice<Unicode.Scalar>) -> Double {
        // One pass, no arrays: this runs for every dictionary match of every password.
        var upper = 0, lower = 0
        var firstLetterIsUpper: Bool?, lastLetterIsUpper = false
        for scalar in token {
            let isUpper = PasswordView.isUpper(scalar), isLower = PasswordView.isLower(scalar)
            if isUpper { upper += 1 }
            if isLower { lower += 1 }
            if isUpper || isLower {
                if firstLetterIsUpper == nil { firstLetterIsUpper = isUpper }
                lastLetterIsUpper = isUpper
            }
        }
        if upper == 0 { return 1 }
        if lower == 0 || firstLetterIsUpper == true && upper == 1 || lastLetterIsUpper && upper == 1 {
            return 2
        }
        return (1...min(upper, lower)).reduce(0.0) { $0 + binomial(upper + lower, $1) }
    }

    /// The ways one letter's substitutions could be placed: 2 if all or none, else the mixes.
    static func l33tVariations(substituted: Int, plain: Int) -> Double {
        if substituted == 0 || plain == 0 { return 2 }
        return (1...min(substituted, plain)).reduce(0.0) { $0 + binomial(substituted + plain, $1) }
    }

    static func spatial(_ match: Match) -> Double {
        let graph = KeyboardGraph.all[match.graph]
        let starts = graph.startingPositions, degree = graph.averageDegree
        var guesses = 0.0
        let length = match.length, turns = match.turns
        for i in 2...max(2, length) where i <= length {
            for j in 1...max(1, min(turns, i - 1)) where j <= min(turns, i - 1) {
                guesses += binomial(i - 1, j - 1) * starts * pow(degree, Double(j))
            }
        }
        let shifted = match.shiftedCount, unshifted = length - shifted
        if shifted > 0 {
            if unshifted == 0 {
                guesses *= 2
            } else {
                guesses *= (1...min(shifted, unshifted)).reduce(0.0) { $0 + binomial(shifted + unshifted, $1) }
            }
        }
        return guesses
    }

    static func sequence(_ match: Match, view: PasswordView) -> Double {
        let first = view.scalars[match.i]
        var base: Double
        if ["a", "A", "z", "Z", "0", "1", "9"].contains(first) {
            base = 4
        } else if PasswordView.isDigit(first) {
            base = 10
        } else {
            base = 26
        }
        if !match.ascending { base *= 2 }
        return base * Double(match.length)
    }

    /// Years from the reference year (at least 20) times the days or months the date names.
    static func date(_ match: Match) -> Double {
        let yearSpace = Double(max(abs((match.year ?? DateMatching.referenceYear) - DateMatching.referenceYear), Scoring.minimumYearSpace))
        var guesses: Double
        switch (match.dateParts, match.year) {
        case (3, _): guesses = yearSpace * 365
        case (_, nil): guesses = 366
        default: guesses = yearSpace * 12
        }
        if match.hasSeparator { guesses *= 4 }
        return guesses
    }

    static func binomial(_ n: Int, _ k: Int) -> Double {
        if k > n { return 0 }
        if k == 0 { return 1 }
        var result = 1.0
        for d in 1...k { result = result * Double(n - k + d) / Double(d) }
        return result
    }
}
