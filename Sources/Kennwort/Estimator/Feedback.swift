/// The fourth stage: a warning and suggestions, as stable codes.
///
/// Like zxcvbn's feedback, but with codes whose German and English texts
/// live in the advice catalogue. Strong passwords (score 3 or 4) get none.
public struct EstimatorFeedback: Sendable, Hashable {
    /// What makes the password guessable, if one thing stands out.
    public var warning: FindingCode?
    /// What to do instead.
    public var suggestions: [FindingCode]

    static func make(score: Int, sequence: [Match], view: PasswordView) -> EstimatorFeedback {
        if sequence.isEmpty { return EstimatorFeedback(warning: nil, suggestions: [.suggestUseFewWords, .suggestNoNeedSymbols]) }
        if score > 2 { return EstimatorFeedback(warning: nil, suggestions: []) }
        let longest = sequence.max { $0.length < $1.length }!
        var feedback = forMatch(longest, isSoleMatch: sequence.count == 1, view: view)
        if sequence.contains(where: { $0.category == .calendar }) && sequence.contains(where: { $0.pattern == .year || $0.pattern == .date }) {
            feedback = EstimatorFeedback(warning: .estimatorSeasonYear, suggestions: [.suggestAvoidSeasonYear])
        }
        if sequence.contains(where: { $0.category == .userInputs }) {
            feedback.warning = .estimatorUserData
            feedback.suggestions.insert(.suggestAvoidPersonalData, at: 0)
        }
        feedback.suggestions.insert(.suggestAddWord, at: 0)
        return feedback
    }

    private static func forMatch(_ match: Match, isSoleMatch: Bool, view: PasswordView) -> EstimatorFeedback {
        switch match.pattern {
        case .dictionary:
            return forDictionary(match, isSoleMatch: isSoleMatch, view: view)
        case .spatial:
            return EstimatorFeedback(
                warning: match.turns == 1 ? .estimatorStraightRow : .estimatorKeyboardPattern,
                suggestions: [.suggestLongerKeyboardPattern])
        case .repeats:
            return EstimatorFeedback(
                warning: match.length / max(match.repeatCount, 1) == 1 ? .estimatorRepeatedCharacters : .estimatorRepeatedBlock,
                suggestions: [.suggestAvoidRepeats])
        case .sequence:
            return EstimatorFeedback(warning: .estimatorSequence, suggestions: [.suggestAvoidSequences])
        case .year:
            return EstimatorFeedback(warning: .estimatorRecentYear, suggestions: [.suggestAvoidRecentYears, .suggestAvoidPersonalYears])
        case .date:
            return EstimatorFeedback(warning: .estimatorDate, suggestions: [.suggestAvoidPersonalDates])
        case .namePair:
            return EstimatorFeedback(warning: .estimatorCommonNames, suggestions: [])
        case .bruteforce:
            return EstimatorFeedback(warning: nil, suggestions: [])
        }
    }

    private static func forDictionary(_ match: Match, isSoleMatch: Bool, view: PasswordView) -> EstimatorFeedback {
        var warning: FindingCode?
        switch match.category {
        case .passwords:
            if isSoleMatch && !match.l33t && !match.reversed {
                warning = match.rank <= 10 ? .estimatorTop10Password
                    : match.rank <= 100 ? .estimatorTop100Password : .estimatorCommonPassword
            } else if match.guesses <= 10_000 {
                warning = .estimatorSimilarToCommon
            }
        case .germanWords, .englishWords:
            if isSoleMatch { warning = .estimatorSingleWord }
        case .names:
            warning = isSoleMatch ? .estimatorNamesAlone : .estimatorCommonNames
        case .places:
            warning = .estimatorPlace
        case .brands:
            warning = .estimatorBrand
        case .calendar:
            warning = .estimatorSeasonYear
        case .userInputs:
            warning = .estimatorUserData
        case nil:
            break
        }
        var suggestions: [FindingCode] = []
        let token = view.scalars[match.i...match.j]
        let letters = token.filter { PasswordView.isUpper($0) || PasswordView.isLower($0) }
        if let first = letters.first, PasswordView.isUpper(first), letters.dropFirst().allSatisfy(PasswordView.isLower) {
            suggestions.append(.suggestCapitalization)
        } else if letters.count > 1, letters.allSatisfy(PasswordView.isUpper) {
            suggestions.append(.suggestAllUppercase)
        }
        if match.reversed && match.length >= 4 { suggestions.append(.suggestReversedWords) }
        if match.l33t { suggestions.append(.suggestPredictableSubstitutions) }
        return EstimatorFeedback(warning: warning, suggestions: suggestions)
    }
}
