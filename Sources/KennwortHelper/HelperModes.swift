import Kennwort

/// The checker of this run, released only by the process's exit (see `judge`).
nonisolated(unsafe) var keptUntilExit: PasswordChecker?

/// The three modes: judge (advise, enforce) and verify.
struct HelperModes {
    var options: HelperOptions
    var language: Language

    /// `advise` and `enforce`: judges the password by the policy.
    ///
    /// - Parameters:
    ///   - passwords: The new password, and the old one from pam_kennwort.so.
    ///   - user: The account, whose name and GECOS the password must not contain.
    /// - Returns: The lines to print and the exit status.
    /// - Throws: `KennwortError` when the policy or the data cannot be loaded or the check cannot run.
    func judge(_ passwords: HelperInput.Passwords, user: String?) throws(KennwortError) -> (lines: [String], status: Int32) {
        let policy: Policy
        if let name = options.policy { policy = try Policy.load(name) } else { policy = try Policy.standard() }
        var checker = try PasswordChecker.configured(
            policy: policy, dictionaryPath: options.dictionary, breachList: options.breachList,
            environment: HelperInput.cacheEnvironment)
        // enforce stops at the first rules that reject, as batch does; the verdict is the same.
        // advise runs every rule: a leaked password is worth saying even when it is also short.
        checker.quick = options.mode == .enforce && !options.allReasons
        var context = CheckContext(personal: PersonalData(user: user), gecos: user.flatMap(Accounts.gecos(of:)))
        context.oldPassword = passwords.old
        let assessment = try checker.assess(passwords.new, context: context)
        // The checker maps about 40 MB of word data. Unmapping it before exit costs TLB
        // shootdowns on every core (measured here: about 5 % of a cold start); the kernel
        // drops the mappings at exit anyway. The secrets are separate buffers, wiped as usual.
        keptUntilExit = checker
        if options.mode == .advise {
            return (HelperPhrases.advice(for: assessment, language), ExitCodes.accepted)
        }
        return (HelperPhrases.verdict(for: assessment, language), assessment.accepted ? ExitCodes.accepted : ExitCodes.rejected)
    }

    /// `verify`: checks the password against the user's hash in the store.
    ///
    /// An unknown user costs one hash with the default preset too, so the time taken
    /// does not tell which users exist.
    ///
    /// - Parameters:
    ///   - passwords: The password.
    ///   - user: The account.
    /// - Returns: The lines to print (none) and the exit status: 0 match, 1 no match or unknown user.
    /// - Throws: `KennwortError` for a refused or malformed store, a malformed hash or an unusable password.
    func verify(_ passwords: HelperInput.Passwords, user: String?) throws(KennwortError) -> (lines: [String], status: Int32) {
        guard let path = options.store else { throw HelperOptions.usage("verify needs --store FILE") }
        let store = try PasswordStore(path: path)
        let password = try PasswordInput.secret(passwords.new)
        let hasher = Argon2Hasher()
        guard let user, let hash = store.hash(for: user) else {
            _ = try hasher.hash(password)
            return ([], ExitCodes.rejected)
        }
        return ([], try hasher.verify(password, against: hash) ? ExitCodes.accepted : ExitCodes.rejected)
    }
}
