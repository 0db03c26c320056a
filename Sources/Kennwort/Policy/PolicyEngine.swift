/// Applies a policy's rules in order and decides: the first rejecting rule decides.
///
/// Rules, in order: `input`, `length`, `pwquality` (composition, repeats,
/// sequences), `old-password`, `user`, `gecos`, `bad-words`, `personal-data`,
/// `cracklib`, `estimator`, `blocklist`, `breach`.
///
/// cracklib findings are judged, not obeyed (unless the preset is
/// `pwquality`, which mirrors libpwquality): a dictionary word always
/// counts, but "too simplistic/systematic" on a password of 20 or more
/// characters that the estimator scores 3 or 4 is only a warning. cracklib
/// counts natural letter runs, so it flags random passphrases (2.2 % of
/// random German 4–5-word passphrases here) and random strings alike.
enum PolicyEngine {
    /// What the rules need besides the password.
    struct Inputs {
        var settings: PolicySettings
        var context: CheckContext
        var cracklib: Cracklib?
        var estimator: PasswordEstimator?
        var blocklist: (any RankedDictionary)?
        var breach: BreachList?
        /// Stop after the cheap rules, or after the estimator, once something rejects (batch without `--all-reasons`).
        var quick = false
    }

    /// Applies the rules to a password already validated and put in NFC by ``PasswordChecker``.
    static func evaluate(_ password: SecretBytes, _ inputs: Inputs) throws(KennwortError) -> Assessment {
        let s = inputs.settings, context = inputs.context
        var findings: [Finding] = []
        func add(_ code: FindingCode, _ rule: String, _ severity: Severity = .reject) {
            findings.append(Finding(code, severity: severity, rule: rule))
        }
        // Every return, early (quick) or not: an advisory policy only warns.
        func finish(_ estimate: Estimate? = nil) -> Assessment {
            guard !s.enforcing else { return Assessment(findings: findings, estimate: estimate) }
            return Assessment(
                findings: findings.map { Finding($0.code, severity: $0.severity == .reject ? .warning : $0.severity, rule: $0.rule) },
                estimate: estimate)
        }
        let bytes = password.withUnsafeBytes { Array($0) }
        let text = String(decoding: bytes, as: UTF8.self)
        let length = text.count

        // length: characters, by the number of classes used.
        let classes = CharacterClasses.count(text)
        if length < s.minimumLength(classes: classes) { add(.policyTooShort, "length") }
        if s.maximumLength > 0 && length > s.maximumLength { add(.policyTooLong, "length") }

        // libpwquality's rules, in its order.
        let old = context.oldPassword.map { secret in secret.withUnsafeBytes { Array($0) } }
        let user = context.personal.user.map { Array($0.utf8) }
        if let code = PwqualityRules.check(bytes, old: old, user: user, gecos: context.gecos.map { Array($0.utf8) }, s) {
            add(code, rule(for: code))
        }
        if !s.strictCracklib, let old = context.oldPassword, let code = OldPasswordCheck.check(
            new: text, old: old.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }) {
            add(code, "old-password")
        }
        if s.personalData {
            for finding in PersonalDataCheck.findings(in: text, data: context.personal) { add(finding.code, "personal-data") }
        }

        if inputs.quick && findings.contains(where: { $0.severity == .reject }) { return finish() }
        if inputs.quick, s.breachCheck, let breach = inputs.breach, breach.lookup(password) != nil {
            add(.breachFound, "breach")
            return finish()
        }
        let estimate = inputs.estimator?.estimate(
            password, userInputs: context.personal.words + context.gecosWords)
        if inputs.quick, s.minimumScore > 0, let estimate, estimate.score < s.minimumScore {
            // cracklib costs a millisecond; the estimator has already decided.
            add(estimate.feedback.warning ?? .estimatorGuessable, "estimator")
            return finish(estimate)
        }
        if s.dictcheck, let cracklib = inputs.cracklib {
            var finding = try cracklib.check(password, user: context.personal.user, gecos: context.gecos)
            if finding == nil, !s.strictCracklib, let folded = UmlautFolding.fold(password) {
                finding = try cracklib.check(folded, user: context.personal.user, gecos: context.gecos)
            }
            if let finding {
                let forgiven = !s.strictCracklib && finding.code == .cracklibTooSimple && length >= 20 && (estimate?.score ?? 0) >= 3
                add(finding.code, "cracklib", forgiven ? .warning : .reject)
            }
        }
        if s.minimumScore > 0, let estimate, estimate.score < s.minimumScore {
            add(estimate.feedback.warning ?? .estimatorGuessable, "estimator")
        }
        if s.blocklist {
            if let blocklist = inputs.blocklist, PasswordView.foldedKey(text).withUnsafeBytes({ blocklist.lookup($0) }) != nil {
                add(.policyBlocklist, "blocklist")
            }
            // Repetitive or sequential: nothing but repeats, sequences and keyboard walks.
            if let estimate, !estimate.sequence.isEmpty,
               estimate.sequence.allSatisfy({ [.repeats, .sequence, .spatial].contains($0.pattern) }) {
                add(.policyRepetitive, "blocklist")
            }
        }
        if !inputs.quick, s.breachCheck, let breach = inputs.breach, breach.lookup(password) != nil {
            add(.breachFound, "breach")
        }
        return finish(estimate)
    }

    /// The rule a libpwquality failure belongs to.
    static func rule(for code: FindingCode) -> String {
        switch code {
        case .policySameAsOld, .policyCaseChangesOnly, .policyTooSimilar, .policyRotated: "old-password"
        case .policyUserName: "user"
        case .policyGecos: "gecos"
        case .policyBadWord: "bad-words"
        default: "pwquality"
        }
    }
}

/// Kennwort's character classes: lowercase letters, uppercase letters, digits, everything else.
enum CharacterClasses {
    static func count(_ text: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        // ASCII, nearly every password: bytes are characters, no grapheme breaking needed.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                switch byte {
                case 0x61...0x7A: lower = true
                case 0x41...0x5A: upper = true
                case 0x30...0x39: digit = true
                default: other = true
                }
            }
            return [lower, upper, digit, other].filter { $0 }.count
        }
        return countByCharacter(text)
    }

    /// ``count(_:)`` by whole characters (grapheme clusters), for any text.
    static func countByCharacter(_ text: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for character in text {
            if character.isLowercase { lower = true } else if character.isUppercase { upper = true } else if character.isNumber && character.isASCII { digit = true } else { other = true }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }
}

/// Who the password belongs to and what it replaces.
public struct CheckContext: Sendable {
    /// Personal data, the user name included.
    public var personal: PersonalData
    /// The account's GECOS text.
    public var gecos: String?
    /// The password being replaced, for the old-password rules.
    public var oldPassword: SecretBytes?

    public init(personal: PersonalData = PersonalData(), gecos: String? = nil, oldPassword: SecretBytes? = nil) {
        self.personal = personal
        self.gecos = gecos
        self.oldPassword = oldPassword
    }

    /// GECOS words for the estimator's user inputs.
    var gecosWords: [String] {
        (gecos ?? "").split { $0.isWhitespace || $0.isPunctuation }.map(String.init)
    }
}
