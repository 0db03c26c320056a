/// Kennwort checks passwords the way a careful German IT service would.
///
/// The pipeline, one folder per stage:
/// input (`Input/`) → normalize (`Normalize/`) → checks (`Cracklib/`) →
/// ``Assessment`` → advice (`Advice/`) → output (the `kennwort` CLI).
///
/// ```swift
/// let checker = try PasswordChecker(dictionary: .system)
/// let assessment = try checker.assess(secret, context: CheckContext(personal: PersonalData(user: "anna")))
/// print(assessment.accepted)
/// ```
public enum Kennwort {
    /// The version of this package.
    public static let version = "0.1.0"
}

/// Judges passwords by a policy: input checks, then the policy's rules
/// (length, composition, old password, personal data, cracklib, estimator,
/// blocklist), each finding tagged with its rule.
public struct PasswordChecker: Sendable {
    /// The policy applied.
    public var policy: Policy
    /// The cracklib check, when the policy uses one.
    public var cracklib: Cracklib?
    /// The guess estimator.
    public var estimator: PasswordEstimator?
    /// Word lists for the whole-password blocklist (NIST).
    public var blocklist: (any RankedDictionary)?
    /// Stop at the first rules that reject, skipping costlier ones (`batch`, `kennwort-helper enforce`).
    public var quick = false
    /// The breach list for the `breach` rule.
    public var breach: BreachList?

    /// Makes a checker; the dictionary is opened once to prove it works.
    ///
    /// - Parameters:
    ///   - policy: The policy; ``Policy/standard()`` by default.
    ///   - dictionary: The packed cracklib dictionary, or `nil` to skip cracklib.
    ///   - estimator: The guess estimator, or `nil`.
    ///   - blocklist: Word lists for a whole-password blocklist, or `nil`.
    ///   - cracklibEngine: Kennwort's thread-safe reimplementation (default) or libcrack itself.
    /// - Throws: `KennwortError` `.dataMissing` or `.dataCorrupt` naming the path.
    public init(
        policy: Policy = Policy(name: "bsi", settings: .bsi), dictionary: CracklibDictionary?,
        estimator: PasswordEstimator? = nil, blocklist: (any RankedDictionary)? = nil,
        cracklibEngine: Cracklib.Engine = .native
    ) throws(KennwortError) {
        self.policy = policy
        cracklib = try dictionary.map { (dictionary) throws(KennwortError) in
            try Cracklib(dictionary: dictionary, engine: cracklibEngine)
        }
        self.estimator = estimator
        self.blocklist = blocklist
    }

    /// Judges one password as the reader returned it.
    ///
    /// - Parameters:
    ///   - input: The password, or why it was not kept.
    ///   - context: The user it belongs to, and the old password.
    /// - Returns: The findings and the verdict.
    /// - Throws: `KennwortError` when a check cannot run, e.g. a damaged dictionary.
    public func assess(_ input: SecretInput, context: CheckContext = CheckContext()) throws(KennwortError) -> Assessment {
        if let problem = InputValidation.problem(with: input) { return rejected(problem) }
        guard case .secret(let secret) = input else { return rejected(Finding(.inputEmpty)) }
        return try assess(secret, context: context)
    }

    /// Judges one password.
    ///
    /// - Parameters:
    ///   - password: The password's bytes; it is put in NFC first.
    ///   - context: The user it belongs to, and the old password.
    /// - Returns: The findings and the verdict.
    /// - Throws: `KennwortError` when a check cannot run, e.g. a damaged dictionary.
    public func assess(_ password: SecretBytes, context: CheckContext = CheckContext()) throws(KennwortError) -> Assessment {
        if let problem = InputValidation.problem(with: password) { return rejected(problem) }
        var normalizedContext = context
        normalizedContext.oldPassword = context.oldPassword.flatMap { old in
            InputValidation.problem(with: old) == nil ? UnicodeNormalization.nfc(old) : nil
        }
        var assessment = try PolicyEngine.evaluate(
            UnicodeNormalization.nfc(password),
            PolicyEngine.Inputs(
                settings: policy.settings, context: normalizedContext, cracklib: cracklib, estimator: estimator,
                blocklist: blocklist, breach: breach, quick: quick))
        assessment.policy = policy.name
        return assessment
    }

    private func rejected(_ finding: Finding) -> Assessment {
        var assessment = Assessment(findings: [Finding(finding.code, severity: .reject, rule: "input")])
        assessment.policy = policy.name
        return assessment
    }
}
