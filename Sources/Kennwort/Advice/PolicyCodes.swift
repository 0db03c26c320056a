// Finding codes of the policy rules (policy.*) and the personal-data check (personal.*). Stable.

extension FindingCode {
    public static let policyTooShort = FindingCode("policy.too-short")
    public static let policyTooLong = FindingCode("policy.too-long")
    public static let policyPwqualityMinLength = FindingCode("policy.pwquality-min-length")
    public static let policyMinDigits = FindingCode("policy.min-digits")
    public static let policyMinUppers = FindingCode("policy.min-uppers")
    public static let policyMinLowers = FindingCode("policy.min-lowers")
    public static let policyMinOthers = FindingCode("policy.min-others")
    public static let policyMinClasses = FindingCode("policy.min-classes")
    public static let policyMaxClassRepeat = FindingCode("policy.max-class-repeat")
    public static let policyMaxRepeat = FindingCode("policy.max-repeat")
    public static let policyMaxSequence = FindingCode("policy.max-sequence")
    public static let policyPalindrome = FindingCode("policy.palindrome")
    public static let policySameAsOld = FindingCode("policy.same-as-old")
    public static let policyCaseChangesOnly = FindingCode("policy.case-changes-only")
    public static let policyTooSimilar = FindingCode("policy.too-similar")
    public static let policyRotated = FindingCode("policy.rotated")
    public static let policyReversedOld = FindingCode("policy.reversed-old")
    public static let policyOnlyDigitsChanged = FindingCode("policy.only-digits-changed")
    public static let policyUserName = FindingCode("policy.user-name")
    public static let policyGecos = FindingCode("policy.gecos")
    public static let policyBadWord = FindingCode("policy.bad-word")
    public static let policyBlocklist = FindingCode("policy.blocklist")
    public static let policyRepetitive = FindingCode("policy.repetitive")

    public static let personalUser = FindingCode("personal.user")
    public static let personalName = FindingCode("personal.name")
    public static let personalBirthdate = FindingCode("personal.birthdate")
    public static let personalEmail = FindingCode("personal.email")
    public static let personalPhone = FindingCode("personal.phone")
    public static let personalStreet = FindingCode("personal.street")
    public static let personalPostcode = FindingCode("personal.postcode")
    public static let personalCity = FindingCode("personal.city")
}

// Batch input records that cannot be read.
extension FindingCode {
    /// A `user:password` line without a colon.
    public static let batchNoSeparator = FindingCode("batch.no-separator")
    /// A CSV row with the wrong number of fields or an open quote.
    public static let batchBadCSV = FindingCode("batch.bad-csv")
}

// Stored-hash audit findings.
extension FindingCode {
    public static let auditOK = FindingCode("audit.ok")
    public static let auditNeedsRehash = FindingCode("audit.needs-rehash")
    public static let auditLegacyScheme = FindingCode("audit.legacy-scheme")
    public static let auditWeakScheme = FindingCode("audit.weak-scheme")
    public static let auditLocked = FindingCode("audit.locked")
    public static let auditEmptyPassword = FindingCode("audit.empty-password")
    public static let auditMalformed = FindingCode("audit.malformed")
}

// Breach list findings.
extension FindingCode {
    /// The password is in a list of breached passwords.
    public static let breachFound = FindingCode("breach.found")
}
