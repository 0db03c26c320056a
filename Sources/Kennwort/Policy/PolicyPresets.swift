/// The named starting points of a policy, as static values with their sources.
extension PolicySettings {
    /// libpwquality's compiled-in defaults (1.4.5): minlen 8, difok 1, dictcheck and usercheck on.
    static let pwqualityDefaults = PolicySettings(
        preset: "pwquality", minimumLengthByClasses: [], minimumLengthByClassesWithMFA: [], mfa: false,
        maximumLength: 0, minimumScore: 0, personalData: false, breachCheck: false, blocklist: false,
        strictCracklib: true, pwqualityComposition: true,
        difok: 1, minlen: 8, dcredit: 0, ucredit: 0, lcredit: 0, ocredit: 0, minclass: 0, maxrepeat: 0,
        maxclassrepeat: 0, maxsequence: 0, gecoscheck: false, dictcheck: true, usercheck: true, usersubstr: 0,
        enforcing: true, badwords: [], dictpath: nil, pamOnly: [:])

    /// BSI guidance for citizens and IT-Grundschutz ORP.4, the default.
    ///
    /// "Lang, weniger komplex" (20–25 characters, 2 classes) and "kurz,
    /// komplex" (8–12 characters, all 4 classes) become a minimum length
    /// per number of classes: 25 for one class, 20 for two, 12 for three,
    /// 8 for four; with a second factor (`mfa = 1`), 8 for three classes.
    /// Never a dictionary word, a common or leaked password or personal
    /// data (cracklib, estimator score ≥ 3, personal data, breach list);
    /// no further composition rules, so not needlessly complicated.
    public static let bsi = PolicySettings(
        preset: "bsi", minimumLengthByClasses: [25, 20, 12, 8], minimumLengthByClassesWithMFA: [25, 20, 8, 8], mfa: false,
        maximumLength: 4096, minimumScore: 3, personalData: true, breachCheck: true, blocklist: false,
        strictCracklib: false, pwqualityComposition: false,
        difok: 4, minlen: 6, dcredit: 0, ucredit: 0, lcredit: 0, ocredit: 0, minclass: 0, maxrepeat: 0,
        maxclassrepeat: 0, maxsequence: 0, gecoscheck: true, dictcheck: true, usercheck: true, usersubstr: 0,
        enforcing: true, badwords: [], dictpath: nil, pamOnly: [:])

    /// NIST SP 800-63B-4, §3.1.1.2.
    ///
    /// At least 15 characters for single-factor use, 8 within MFA; at least
    /// 64 allowed (Kennwort allows up to its input limit); no composition
    /// rules; a blocklist of breached and dictionary passwords, repetitive or
    /// sequential strings and context words, applied to the whole password.
    public static let nist = PolicySettings(
        preset: "nist", minimumLengthByClasses: [15, 15, 15, 15], minimumLengthByClassesWithMFA: [8, 8, 8, 8], mfa: false,
        maximumLength: 4096, minimumScore: 0, personalData: true, breachCheck: true, blocklist: true,
        strictCracklib: false, pwqualityComposition: false,
        difok: 4, minlen: 6, dcredit: 0, ucredit: 0, lcredit: 0, ocredit: 0, minclass: 0, maxrepeat: 0,
        maxclassrepeat: 0, maxsequence: 0, gecoscheck: true, dictcheck: false, usercheck: true, usersubstr: 0,
        enforcing: true, badwords: [], dictpath: nil, pamOnly: [:])

    /// Every preset by name.
    public static let presets: [String: PolicySettings] = ["bsi": bsi, "nist": nist, "pwquality": pwqualityDefaults]
}
