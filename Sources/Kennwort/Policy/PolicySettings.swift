/// Everything a policy can set: Kennwort's own keys and libpwquality's.
///
/// Policy files use pwquality.conf syntax (`key = value`, `#` comments), so
/// an admin's existing pwquality.conf is a valid Kennwort policy.
public struct PolicySettings: Sendable, Hashable {
    // Kennwort's keys.
    /// The preset this policy starts from: `bsi`, `nist` or `pwquality`.
    public var preset: String
    /// Minimum length in characters for 1, 2, 3 and 4 character classes (`min_length_by_classes`).
    public var minimumLengthByClasses: [Int]
    /// The same table when a second factor is in use (`min_length_by_classes_mfa`).
    public var minimumLengthByClassesWithMFA: [Int]
    /// Whether a second factor is in use (`mfa`).
    public var mfa: Bool
    /// Maximum length in characters (`max_length`); 0 for none.
    public var maximumLength: Int
    /// Minimum estimator score 0–4 (`min_score`); 0 turns the rule off.
    public var minimumScore: Int
    /// Whether personal data (name, address, contact, birth date) is checked (`personal_data`).
    public var personalData: Bool
    /// Whether the breach list is checked (`breach_check`).
    public var breachCheck: Bool
    /// A breach list to use instead of the default one (`breach_list`).
    public var breachList: String? = nil
    /// Whether the whole password is looked up in the word lists, as NIST's blocklist asks (`blocklist`).
    public var blocklist: Bool
    /// Whether cracklib's verdict is obeyed as is (libpwquality) or judged (see README).
    public var strictCracklib: Bool
    /// Whether libpwquality's length-with-credits and class rules apply.
    public var pwqualityComposition: Bool

    // libpwquality's keys, with its meanings.
    public var difok: Int
    public var minlen: Int
    public var dcredit: Int
    public var ucredit: Int
    public var lcredit: Int
    public var ocredit: Int
    public var minclass: Int
    public var maxrepeat: Int
    public var maxclassrepeat: Int
    public var maxsequence: Int
    public var gecoscheck: Bool
    public var dictcheck: Bool
    public var usercheck: Bool
    public var usersubstr: Int
    public var enforcing: Bool
    public var badwords: [String]
    /// The cracklib dictionary (`dictpath`); `nil` means Kennwort's own (or Debian's for `pwquality`).
    public var dictpath: String?
    /// Keys that only mean something inside PAM (`retry`, `enforce_for_root`, `local_users_only`), as read.
    public var pamOnly: [String: String]

    /// The minimum length for a password with `classes` character classes.
    public func minimumLength(classes: Int) -> Int {
        let table = mfa ? minimumLengthByClassesWithMFA : minimumLengthByClasses
        guard !table.isEmpty else { return 0 }
        return table[min(max(classes, 1), table.count) - 1]
    }
}
