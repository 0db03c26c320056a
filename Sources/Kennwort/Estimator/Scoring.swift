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
        // Guesses by match index; the matches themselves are copied only into the result.
        var guessesOf = [Double](repeating: 0, count: matches.count)
        for index in matches.indices { guessesOf[index] = estimate(matches[index], view: view) }
        // Matches by end position, as one flat list with start offsets (no nested arrays).
        var endStarts = [Int](repeating: 0, count: n + 1)
        for match in matches { endStarts[match.j + 1] += 1 }
        for k in 0..<n { endStarts[k + 1] += endStarts[k] }
        var byEnd = [Int](repeating: 0, count: matches.count)
        var fill = endStarts
        for (index, match) in matches.enumerated() {
            byEnd[fill[match.j]] = index
            fill[match.j] += 1
        }
        let factorials = n + 1 < factorialTable.count ? factorialTable : (0...n + 1).map(factorial)
        let additive = excludeAdditive ? [Double](repeating: 0, count: n + 2)
            : n + 1 < additiveTable.count ? additiveTable : (0...n + 1).map { pow10k($0 - 1) }

        // The best sequence ending at k with l matches, in one flat array indexed k * width + l.
        let width = n + 2
        var cells = [Cell](repeating: Cell(), count: n * width)
        // The lengths reached at k, ascending, in lengthList[k * width ..< k * width + lengthCount[k]].
        var lengthList = [Int32](repeating: 0, count: n * width)
        var lengthCount = [Int](repeating: 0, count: n)

        func update(end k: Int, start i: Int, length l: Int, guesses: Double, ref: Int32) {
            var p = guesses
            if l > 1 { p *= cells[(i - 1) * width + l - 1].product }
            let g = factorials[l] * p + additive[l]
            let row = k * width
            let count = lengthCount[k]
            var insertAt = count
            var present = false
            for slot in row..<(row + count) {
                let other = Int(lengthList[slot])
                if other > l {
                    insertAt = slot - row
                    break
                }
                if cells[row + other].total <= g { return }
                if other == l { present = true }
            }
            // Kept ascending: zxcvbn visits lengths in ascending order, and ties depend on it.
            if !present {
                var slot = row + count
                while slot > row + insertAt {
                    lengthList[slot] = lengthList[slot - 1]
                    slot -= 1
                }
                lengthList[row + insertAt] = Int32(l)
                lengthCount[k] = count + 1
            }
            cells[row + l] = Cell(total: g, product: p, reference: ref)
        }

        // Brute force over a stretch depends only on its length.
        let bruteforceByLength = (0...n).map { length -> Double in
            length == 0 ? 0 : GuessEstimates.bruteforce(length: length)
        }

        for k in 0..<n {
            for position in endStarts[k]..<endStarts[k + 1] {
                let index = byEnd[position]
                let start = matches[index].i
                if start > 0 {
                    let row = (start - 1) * width
                    for slot in row..<(row + lengthCount[start - 1]) {
                        let l = Int(lengthList[slot])
                        update(end: k, start: start, length: l + 1, guesses: guessesOf[index], ref: Int32(index))
                    }
                } else {
                    update(end: k, start: 0, length: 1, guesses: guessesOf[index], ref: Int32(index))
                }
            }
            update(end: k, start: 0, length: 1, guesses: bruteforceByLength[k + 1], ref: -1)
            if k >= 1 {
                for i in 1...k {
                    let guesses = bruteforceByLength[k - i + 1]
                    let row = (i - 1) * width
                    for slot in row..<(row + lengthCount[i - 1]) {
                        let l = Int(lengthList[slot])
                        if cells[row + l].reference >= 0 {
                            update(end: k, start: i, length: l + 1, guesses: guesses, ref: Int32(-(i + 1)))
                        }
                    }
                }
            }
        }
        let lastRow = (n - 1) * width
        var l = Int(lengthList[lastRow])
        for slot in (lastRow + 1)..<(lastRow + lengthCount[n - 1]) where cells[lastRow + Int(lengthList[slot])].total < cells[lastRow + l].total {
            l = Int(lengthList[slot])
        }
        let guesses = cells[lastRow + l].total
        var sequence: [Match] = []
        sequence.reserveCapacity(l)
        var k = n - 1
        while k >= 0 {
            let ref = Int(cells[k * width + l].reference)
            var match: Match
            if ref >= 0 {
                match = matches[ref]
                match.guesses = guessesOf[ref]
            } else {
                match = Match(.bruteforce, -ref - 1, k)
                match.guesses = bruteforceByLength[k + ref + 2]
            }
            sequence.append(match)
            k = match.i - 1
            l -= 1
        }
        return Result(guesses: guesses, sequence: sequence.reversed())
    }

    /// One cell of the search: the best sequence ending at a position with a given length.
    struct Cell {
        /// `l! · Π guesses + 10000^(l−1)`, the value minimised.
        var total = 0.0
        /// `Π guesses` of the sequence.
        var product = 0.0
        /// The last match's index, or -(i + 1) for brute force over i...k.
        var reference: Int32 = 0
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

