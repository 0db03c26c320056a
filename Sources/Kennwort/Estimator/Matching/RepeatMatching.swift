/// Finds repeats: one character (`aaaa`) or a block (`abcabc`, `hallohallo`).
enum RepeatMatching {
    /// Repeats, scanning left to right; each match's base guesses come from `estimateBase`.
    ///
    /// Like zxcvbn's greedy and lazy regular expressions: at the first
    /// position where some block repeats, the longest repeated run wins; its
    /// base is the shortest block that tiles it exactly.
    ///
    /// - Parameters:
    ///   - view: The prepared password.
    ///   - estimateBase: Guesses for one copy of a block.
    /// - Returns: The repeat matches.
    static func matches(_ view: PasswordView, estimateBase: ([Unicode.Scalar]) -> Double) -> [Match] {
        let password = view.scalars
        let n = password.count
        var result: [Match] = []
        var start = 0
        while start < n - 1 {
            guard let run = longestRun(password, at: start) else {
                start += 1
                continue
            }
            let token = Array(password[start..<start + run])
            let base = shortestTile(token)
            var match = Match(.repeats, start, start + run - 1)
            match.repeatCount = token.count / base.count
            match.baseGuesses = estimateBase(base)
            result.append(match)
            start += run
        }
        return result
    }

    /// The longest stretch at `start` made of one block written at least twice, or `nil`.
    static func longestRun(_ password: [Unicode.Scalar], at start: Int) -> Int? {
        let remaining = password.count - start
        guard remaining >= 2 else { return nil }
        var best: Int?
        for blockLength in 1...(remaining / 2) {
            var copies = 1
            while start + (copies + 1) * blockLength <= password.count,
                  (0..<blockLength).allSatisfy({ password[start + copies * blockLength + $0] == password[start + $0] }) {
                copies += 1
            }
            if copies >= 2 { best = max(best ?? 0, copies * blockLength) }
        }
        return best
    }

    /// The shortest block whose repetition is exactly `token`.
    static func shortestTile(_ token: [Unicode.Scalar]) -> [Unicode.Scalar] {
        for length in 1...token.count where token.count % length == 0 {
            let block = token[0..<length]
            if stride(from: length, to: token.count, by: length).allSatisfy({ token[$0..<$0 + length].elementsEqual(block) }) {
                return Array(block)
            }
        }
        return token
    }
}

/// Finds sequences with a constant step: `abcd`, `9876`, `acegi`.
enum SequenceMatching {
    /// The largest step a sequence may have.
    static let maximumDelta = 5

    static func matches(_ view: PasswordView) -> [Match] {
        let password = view.scalars
        let n = password.count
        guard n > 1 else { return [] }
        var result: [Match] = []
        func add(_ i: Int, _ j: Int, _ delta: Int) {
            guard j - i > 1 || abs(delta) == 1, delta != 0, abs(delta) <= maximumDelta else { return }
            var match = Match(.sequence, i, j)
            match.ascending = delta > 0
            result.append(match)
        }
        var i = 0
        var lastDelta: Int?
        for k in 1..<n {
            let delta = Int(password[k].value) - Int(password[k - 1].value)
            if lastDelta == nil { lastDelta = delta }
            if delta == lastDelta { continue }
            add(i, k - 1, lastDelta!)
            i = k - 1
            lastDelta = delta
        }
        add(i, n - 1, lastDelta!)
        return result
    }
}
