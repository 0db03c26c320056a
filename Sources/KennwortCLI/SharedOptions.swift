import ArgumentParser
import Kennwort

extension Language: ExpressibleByArgument {}
extension Cracklib.Engine: ExpressibleByArgument {}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Options every checking command shares: language, policy, dictionary.
struct SharedOptions: ParsableArguments {
    @Option(help: "Language of messages and advice: de or en. Default: from LC_ALL, LC_MESSAGES or LANG, else en.")
    var lang: Language?

    @Option(help: ArgumentHelp(
        "The policy: bsi, nist, pwquality (reads /etc/security/pwquality.conf), or a policy file.",
        discussion: "Default: /etc/kennwort/policy.conf when it exists, else bsi. See `kennwort policy show`.",
        valueName: "name|file"))
    var policy: String?

    @Option(
        name: .customLong("dict"),
        help: ArgumentHelp(
            "A packed cracklib dictionary (prefix or .pwd file) to use instead of Kennwort's own.",
            discussion: "Kennwort's own is built from its word lists plus the system's cracklib sources; see `kennwort dict build`.",
            valueName: "path"))
    var dictionaryPath: String?

    @Option(
        name: .customLong("cracklib"),
        help: ArgumentHelp(
            "How cracklib's checks run: native (default) or libcrack.",
            discussion: "native is Kennwort's reimplementation of libcrack 2.9.6's checks over a word table: same verdicts, "
                + "thread-safe, about 50 times faster. libcrack calls the C library, one password at a time.",
            valueName: "engine"))
    var cracklibEngine: Cracklib.Engine = .native

    @Option(help: ArgumentHelp(
        "A breach list imported with `kennwort breach import`, instead of the default one.", valueName: "file"))
    var breachList: String?

    /// The language to speak: `--lang`, else the locale environment.
    var language: Language {
        lang ?? Language.fromEnvironment(Environment.current)
    }

    /// The policy: `--policy`, else the system policy file, else `bsi`.
    func loadPolicy() throws(KennwortError) -> Policy {
        if let policy { return try Policy.load(policy) }
        return try Policy.standard()
    }

    /// The checker for the chosen policy, with its data built on first use.
    ///
    /// cracklib uses `--dict`, else the policy's `dictpath`, else Kennwort's own
    /// dictionary (Debian's for the `pwquality` preset, as libpwquality does).
    ///
    /// - Returns: The checker.
    /// - Throws: `KennwortError` when the policy, the lists, the dictionary or the index are missing or damaged.
    func checker() throws(KennwortError) -> PasswordChecker {
        try PasswordChecker.configured(
            policy: loadPolicy(), dictionaryPath: dictionaryPath, breachList: breachList,
            environment: Environment.current, cracklibEngine: cracklibEngine, progress: DictionaryResolver.note)
    }
}

/// Finds or builds Kennwort's own dictionary.
enum DictionaryResolver {
    static func ownDictionary() throws(KennwortError) -> CracklibDictionary {
        try ownData().dictionary
    }

    static func ownData() throws(KennwortError) -> (dictionary: CracklibDictionary, estimatorIndex: String, breachList: String) {
        let paths = try OwnData.paths(environment: Environment.current, progress: note)
        return (paths.dictionary, paths.estimatorIndex, paths.breachList)
    }

    /// Shows the note before a build, on a terminal only.
    static func note(_ text: String) {
        if Terminal.isTerminal(.standardError) { writeStandardError(text + "\n") }
    }
}
