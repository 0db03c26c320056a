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
        for index in scored.indices { scored[index].guesses = estimate(scored[index], view: view) }
        // Matches by end position, as one flat list with start offsets (no nested arrays).
        var endStarts = [Int](repeating: 0, count: n + 1)
        for match in scored { endStarts[match.j + 1] += 1 }
        for k in 0..<n { endStarts[k + 1] += endStarts[k] }
        var byEnd = [Int](repeating: 0, count: scored.count)
        var fill = endStarts
        for (index, match) in scored.enumerated() {
            byEnd[fill[match.j]] = index
            fill[match.j] += 1
        }
        let factorials = n + 1 < factorialTable.count ? Array(factorialTable[0...n + 1]) : (0...n + 1).map(factorial)
        let additive = excludeAdditive ? [Double](repeating: 0, count: n + 2)
            : n + 1 < additiveTable.count ? Array(additiveTable[0...n + 1]) : (0...n + 1).map { pow10k($0 - 1) }

        // The best sequence ending at k with l matches, in flat arrays indexed k * width + l.
        // `reference` is a match index, or -(i + 1) for brute force over i...k.
        let width = n + 2
        var reference = [Int32](repeating: 0, count: n * width)
        var product = [Double](repeating: 0, count: n * width)
        var total = [Double](repeating: 0, count: n * width)
        var isBruteforce = [Bool](repeating: false, count: n * width)
        // The lengths reached at k, ascending, in lengthList[k * width ..< k * width + lengthCount[k]].
        var lengthList = [Int32](repeating: 0, count: n * width)
        var lengthCount = [Int](repeating: 0, count: n)

        func update(end k: Int, start i: Int, length l: Int, guesses: Double, ref: Int32, bruteforce: Bool) {
            var p = guesses
            if l > 1 { p *= product[(i - 1) * width + l - 1] }
            let g = factorials[l] * p + additive[l]
            let row = k * width
            var insertAt = lengthCount[k]
            var present = false
            for slot in row..<(row + lengthCount[k]) {
                let other = Int(lengthList[slot])
                if other > l {
                    insertAt = slot - row
                    break
                }
                if total[row + other] <= g { return }
                if other == l { present = true }
            }
            // Kept ascending: zxcvbn visits lengths in ascending order, and ties depend on it.
            if !present {
                var slot = row + lengthCount[k]
                while slot > row + insertAt {
                    lengthList[slot] = lengthList[slot - 1]
                    slot -= 1
                }
                lengthList[row + insertAt] = Int32(l)
                lengthCount[k] += 1
            }
            let cell = row + l
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
            for position in endStarts[k]..<endStarts[k + 1] {
                let index = byEnd[position]
                let match = scored[index]
                if match.i > 0 {
                    let row = (match.i - 1) * width
                    for slot in row..<(row + lengthCount[match.i - 1]) {
                        let l = Int(lengthList[slot])
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
                    let row = (i - 1) * width
                    for slot in row..<(row + lengthCount[i - 1]) {
                        let l = Int(lengthList[slot])
                        if !isBruteforce[row + l] {
                            update(end: k, start: i, length: l + 1, guesses: guesses, ref: Int32(-(i + 1)), bruteforce: true)
                        }
                    }
                }
            }
        }
        let lastRow = (n - 1) * width
        let lengths = lengthList[lastRow..<(lastRow + lengthCount[n - 1])].map { Int($0) }
        var l = lengths.min { total[(n - 1) * width + $0] < total[(n - 1) * width + $1] }!
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

    /// `factorial(l)` and `pow10k(l - 1)` for every length the estimator analyses, computed once.
    static let factorialTable: [Double] = {
        // The products factorial(_:) forms, in its order, without forming each anew.
        var table: [Double] = [1, 1]
        for n in 2...PasswordEstimator.analysisLimit + 1 { table.append(table[n - 1] * Double(n)) }
        return table
    }()
    static let additiveTable = (0...PasswordEstimator.analysisLimit + 1).map { pow10k($0 - 1) }

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

