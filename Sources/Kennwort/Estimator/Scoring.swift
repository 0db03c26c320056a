import Glibc

/// The second stage: guesses per match, and the cheapest sequence of matches.
///
/// A faithful Swift rendering of zxcvbn's `scoring`: an attacker guesses
/// the pattern sequence, so the estimate is the minimum over all sequences
/// that cover the password of `l! · Π guesses + 10000^(l−1)`, with gaps
/// filled by brute force at 10 guesses per character.
enum Scoring {
    static let bruteforceCardinality = 10.0
    static let minimumGuessesBeforeGrowingSequence = 10_000.0
    static let minimumSubmatchGuessesSingleCharacter = 10.0
    static let minimumSubmatchGuessesMultiCharacter = 50.0
    static let minimumYearSpace = 20

    /// The cheapest covering sequence and its guesses.
    struct Result {
        var guesses: Double
        var sequence: [Match]
    }

    /// Finds the cheapest sequence of matches covering `view`.
    ///
    /// - Parameters:
    ///   - view: The prepared password.
    ///   - matches: All matches from ``Matching``.
    ///   - excludeAdditive: Leave out the `10000^(l−1)` term (for repeat bases).
    /// - Returns: The guesses and the sequence.
    static func mostGuessableSequence(_ view: PasswordView, _ matches: [Match], excludeAdditive: Bool = false) -> Result {
        let n = view.count
        guard n > 0 else { return Result(guesses: 1, sequence: []) }
        var scored = matches
        var byEnd = [[Int]](repeating: [], count: n)
        for index in scored.indices {
            scored[index].guesses = estimate(scored[index], view: view)
            byEnd[scored[index].j].append(index)
        }
        let factorials = (0...n + 1).map(factorial)
        let additive = (0...n + 1).map { excludeAdditive ? 0 : pow10k($0 - 1) }

        // The best sequence ending at k with l matches, in flat arrays indexed k * width + l.
        // `reference` is a match index, or -(i + 1) for brute force over i...k.
        let width = n + 2
        var reference = [Int32](repeating: 0, count: n * width)
        var product = [Double](repeating: 0, count: n * width)
        var total = [Double](repeating: 0, count: n * width)
        var lengths = [[Int]](repeating: [], count: n)
        var isBruteforce = [Bool](repeating: false, count: n * width)

        func update(end k: Int, start i: Int, length l: Int, guesses: Double, ref: Int32, bruteforce: Bool) {
            var p = guesses
            if l > 1 { p *= product[(i - 1) * width + l - 1] }
            let g = factorials[l] * p + additive[l]
            for other in lengths[k] where other <= l && total[k * width + other] <= g { return }
            let cell = k * width + l
            // Kept ascending: zxcvbn visits lengths in ascending order, and ties depend on it.
            if !lengths[k].contains(l) {
                lengths[k].insert(l, at: lengths[k].firstIndex { $0 > l } ?? lengths[k].endIndex)
            }
            reference[cell] = ref
            product[cell] = p
            total[cell] = g
            isBruteforce[cell] = bruteforce
        }

        // Brute force over a stretch depends only on its length.
        let bruteforceByLength = (0...n).map { length -> Double in
            length == 0 ? 0 : GuessEstimates.bruteforce(length: length)
        }
        func bruteforceGuesses(_ i: Int, _ k: Int) -> Double { bruteforceByLength[k - i + 1] }

        for k in 0..<n {
            for index in byEnd[k] {
                let match = scored[index]
                if match.i > 0 {
                    for l in lengths[match.i - 1] {
                        update(end: k, start: match.i, length: l + 1, guesses: match.guesses, ref: Int32(index), bruteforce: false)
                    }
                } else {
                    update(end: k, start: 0, length: 1, guesses: match.guesses, ref: Int32(index), bruteforce: false)
                }
            }
            update(end: k, start: 0, length: 1, guesses: bruteforceGuesses(0, k), ref: -1, bruteforce: true)
            if k >= 1 {
                for i in 1...k {
                    let guesses = bruteforceGuesses(i, k)
                    for l in lengths[i - 1] where !isBruteforce[(i - 1) * width + l] {
                        update(end: k, start: i, length: l + 1, guesses: guesses, ref: Int32(-(i + 1)), bruteforce: true)
                    }
                }
            }
        }
        var l = lengths[n - 1].min { total[(n - 1) * width + $0] < total[(n - 1) * width + $1] }!
        let guesses = total[(n - 1) * width + l]
        var sequence: [Match] = []
        var k = n - 1
        while k >= 0 {
            let ref = Int(reference[k * width + l])
            var match: Match
            if ref >= 0 {
                match = scored[ref]
            } else {
                match = Match(.bruteforce, -ref - 1, k)
                match.guesses = bruteforceGuesses(-ref - 1, k)
            }
            sequence.append(match)
            k = match.i - 1
            l -= 1
        }
        return Result(guesses: guesses, sequence: sequence.reversed())
    }

    /// Guesses for one match, never fewer than a submatch minimum.
    static func estimate(_ match: Match, view: PasswordView) -> Double {
        var minimum = 1.0
        if match.length < view.count {
            minimum = match.length == 1 ? minimumSubmatchGuessesSingleCharacter : minimumSubmatchGuessesMultiCharacter
        }
        return max(GuessEstimates.guesses(match, view: view), minimum)
    }

    static func factorial(_ n: Int) -> Double {
        n < 2 ? 1 : (2...n).reduce(1.0) { $0 * Double($1) }
    }

    static func pow10k(_ exponent: Int) -> Double {
        exponent <= 0 ? 1 : pow(minimumGuessesBeforeGrowingSequence, Double(exponent))
    }

    /// zxcvbn's score: 0 below 10^3 guesses, 1 below 10^6, 2 below 10^8, 3 below 10^10, else 4.
    static func score(guessesLog10: Double) -> Int {
        let delta = 5.0
        let guesses = guessesLog10 > 300 ? Double.greatestFiniteMagnitude : pow(10, guessesLog10)
        if guesses < 1e3 + delta { return 0 }
        if guesses < 1e6 + delta { return 1 }
        if guesses < 1e8 + delta { return 2 }
        if guesses < 1e10 + delta { return 3 }
        return 4
    }
}

