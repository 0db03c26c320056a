/// A zxcvbn-class guess estimator that knows German.
///
/// Four stages, one file each: `Matching/` finds patterns, `Scoring` picks
/// the cheapest pattern sequence, `TimeEstimates` turns guesses into crack
/// times, `Feedback` names what to change. Only the first
/// ``analysisLimit`` characters are analysed; every further character
/// counts as brute force (10 guesses each), which keeps the cost linear in
/// the input length: zxcvbn's quadratic blow-ups on long input are a known
/// denial of service.
public struct PasswordEstimator: Sendable {
    /// Characters (Unicode scalars) analysed for patterns.
    public static let analysisLimit = 256

    private let words: any RankedDictionary

    /// Makes an estimator.
    ///
    /// - Parameter index: The word index built from `wordlists/`; without it only
    ///   calendar words, user inputs and the pattern matchers are used.
    public init(index: (any RankedDictionary)?) {
        // The index file already holds the calendar words; other lists get them added.
        if let index = index as? EstimatorIndex {
            words = index
        } else {
            words = DictionaryStack(members: (index.map { [$0] } ?? []) + [CalendarWords.dictionary])
        }
    }

    /// Estimates how many guesses a password takes.
    ///
    /// - Parameters:
    ///   - password: The password (valid UTF-8, ideally NFC).
    ///   - userInputs: Words about the user: name, user name, GECOS, personal data.
    /// - Returns: Guesses, score, crack times, feedback and the pattern sequence.
    public func estimate(_ password: SecretBytes, userInputs: [String] = []) -> Estimate {
        let scalars = password.withUnsafeBytes { Array(String(decoding: $0, as: UTF8.self).unicodeScalars) }
        let analysed = Array(scalars.prefix(Self.analysisLimit))
        let ignored = scalars.count - analysed.count
        let inputs = userInputs.filter { $0.unicodeScalars.count >= 3 }
        let dictionary = inputs.isEmpty
            ? words : DictionaryStack(members: [words, InMemoryDictionary(words: inputs, category: .userInputs)])

        let view = PasswordView(analysed)
        let result = Self.analyse(view, dictionary: dictionary)
        let guessesLog10 = log10(max(result.guesses, 1)) + Double(ignored) * log10(Scoring.bruteforceCardinality)
        let score = Scoring.score(guessesLog10: guessesLog10)
        return Estimate(
            guessesLog10: guessesLog10, score: score, sequence: result.sequence,
            crackTimes: TimeEstimates.crackTimes(guessesLog10: guessesLog10),
            feedback: EstimatorFeedback.make(score: score, sequence: result.sequence, view: view),
            analysedLength: analysed.count, ignoredLength: ignored)
    }

    static func analyse(_ view: PasswordView, dictionary: any RankedDictionary) -> Scoring.Result {
        let matches = Matching.omnimatch(view, dictionary: dictionary) { base in
            analyse(PasswordView(base), dictionary: dictionary).guesses
        }
        return Scoring.mostGuessableSequence(view, matches)
    }
}

/// What the estimator says about one password.
public struct Estimate: Sendable {
    /// log10 of the guesses needed.
    public var guessesLog10: Double
    /// 0 (too guessable) to 4 (very unguessable), with zxcvbn's thresholds 10^3, 10^6, 10^8, 10^10.
    public var score: Int
    /// The cheapest pattern sequence found.
    public var sequence: [Match]
    /// Crack times in the four scenarios.
    public var crackTimes: [CrackTime]
    /// A warning and suggestions.
    public var feedback: EstimatorFeedback
    /// Characters analysed for patterns.
    public var analysedLength: Int
    /// Characters beyond the analysis limit, counted as brute force.
    public var ignoredLength: Int

    /// The guesses, when they fit in a `Double`.
    public var guesses: Double? { guessesLog10 < 300 ? pow(10, guessesLog10) : nil }
}

import Glibc
