/// Kennwort checks passwords the way a careful German IT service would.
///
/// The pipeline, one folder per stage:
/// input (`Input/`) → normalize (`Normalize/`) → checks (`Cracklib/`) →
/// ``Assessment`` → advice (`Advice/`) → output (the `kennwort` CLI).
///
/// ```swift
/// let checker = try PasswordChecker(dictionary: .system)
/// let assessment = try checker.assess(secret, context: UserContext(user: "anna"))
/// print(assessment.accepted)
/// ```
public enum Kennwort {
    /// The version of this package.
    public static let version = "0.1.0"
}

/// What is known about the person whose password is checked.
public struct UserContext: Sendable, Hashable {
    /// The account name.
    public var user: String?
    /// The GECOS text: real name, room, phone.
    public var gecos: String?

    /// Makes a context.
    ///
    /// - Parameters:
    ///   - user: The account name.
    ///   - gecos: The GECOS text.
    public init(user: String? = nil, gecos: String? = nil) {
        self.user = user
        self.gecos = gecos
    }

    /// Words the estimator treats as the user's own: the user name and each GECOS word.
    public var userInputs: [String] {
        var words: [String] = []
        if let user { words.append(user) }
        if let gecos {
            words += gecos.split { $0.isWhitespace || $0.isPunctuation }.map(String.init)
        }
        return words
    }
}

/// Judges passwords: input checks, cracklib on the password and its umlaut-folded form, and the guess estimator.
public struct PasswordChecker: Sendable {
    /// The cracklib check.
    public var cracklib: Cracklib
    /// The guess estimator, if one is set.
    public var estimator: PasswordEstimator?
    /// Scores below this reject the password (zxcvbn's 3: at least 10^8 guesses).
    public var minimumScore = 3

    /// Makes a checker; the dictionary is opened once to prove it works.
    ///
    /// - Parameters:
    ///   - dictionary: The packed cracklib dictionary.
    ///   - estimator: The guess estimator, or `nil` for cracklib only.
    /// - Throws: `KennwortError` `.dataMissing` or `.dataCorrupt` naming the path.
    public init(dictionary: CracklibDictionary, estimator: PasswordEstimator? = nil) throws(KennwortError) {
        cracklib = try Cracklib(dictionary: dictionary)
        self.estimator = estimator
    }

    /// Judges one password as the reader returned it.
    ///
    /// - Parameters:
    ///   - input: The password, or why it was not kept.
    ///   - context: The user it belongs to.
    /// - Returns: The findings and the verdict.
    /// - Throws: `KennwortError` when a check cannot run, e.g. a damaged dictionary.
    public func assess(_ input: SecretInput, context: UserContext = UserContext()) throws(KennwortError) -> Assessment {
        if let problem = InputValidation.problem(with: input) { return Assessment(findings: [problem]) }
        guard case .secret(let secret) = input else { return Assessment(findings: [Finding(.inputEmpty)]) }
        return try assess(secret, context: context)
    }

    /// Judges one password.
    ///
    /// - Parameters:
    ///   - password: The password's bytes.
    ///   - context: The user it belongs to.
    /// - Returns: The findings and the verdict.
    /// - Throws: `KennwortError` when a check cannot run, e.g. a damaged dictionary.
    public func assess(_ password: SecretBytes, context: UserContext = UserContext()) throws(KennwortError) -> Assessment {
        if let problem = InputValidation.problem(with: password) { return Assessment(findings: [problem]) }
        var findings: [Finding] = []
        if let finding = try cracklib.check(password, user: context.user, gecos: context.gecos) {
            findings.append(finding)
        } else if let folded = UmlautFolding.fold(password),
                  let finding = try cracklib.check(folded, user: context.user, gecos: context.gecos) {
            findings.append(finding)
        }
        guard let estimator else { return Assessment(findings: findings) }
        let estimate = estimator.estimate(UnicodeNormalization.nfc(password), userInputs: context.userInputs)
        if estimate.score < minimumScore {
            findings.append(Finding(estimate.feedback.warning ?? .estimatorGuessable))
        }
        return Assessment(findings: findings, estimate: estimate)
    }
}
