import Glibc

/// Kennwort's own generated data: the packed cracklib dictionary, the
/// estimator's word index and the default breach list, built on first use.
///
/// The `kennwort` CLI and `kennwort-helper` both find their data here, so
/// both judge a password the same way.
public enum OwnData {
    /// The paths of the generated data.
    public struct Paths: Sendable {
        /// Kennwort's packed cracklib dictionary, checked with canaries when opened.
        public var dictionary: CracklibDictionary
        /// The estimator's word index.
        public var estimatorIndex: String
        /// The default breach list.
        public var breachList: String
    }

    /// Finds the data for the current word lists, building it first if needed.
    ///
    /// - Parameters:
    ///   - environment: Read for `XDG_CACHE_HOME` and `HOME` (see ``DictionaryCache/defaultDirectory(environment:)``).
    ///   - progress: Called once with a short note before a build starts.
    /// - Returns: The paths.
    /// - Throws: `KennwortError` `.dataMissing` when the word lists are not installed, or
    ///   whatever building the cache throws.
    public static func paths(
        environment: [String: String], progress: (String) -> Void = { _ in }
    ) throws(KennwortError) -> Paths {
        guard let wordlists = DataLocator.wordlistsDirectory() else {
            throw KennwortError(
                .dataMissing,
                "Kennwort's word lists were not found (looked in \(DataLocator.wordlistCandidates.joined(separator: ", "))); "
                    + "install them with the binaries (see the README)")
        }
        let cache = DictionaryCache(directory: DictionaryCache.defaultDirectory(environment: environment), wordlists: wordlists)
        let data = try cache.data(progress: progress)
        return Paths(dictionary: data.dictionary, estimatorIndex: data.estimatorIndex, breachList: data.breachList)
    }
}

extension PasswordChecker {
    /// The checker for a policy, with Kennwort's data built on first use.
    ///
    /// cracklib uses `dictionaryPath`, else the policy's `dictpath`, else Kennwort's own
    /// dictionary (Debian's for the `pwquality` preset, as libpwquality does). The breach
    /// rule uses `breachList`, else the policy's `breach_list`, else the default list.
    ///
    /// - Parameters:
    ///   - policy: The policy to apply.
    ///   - dictionaryPath: A packed cracklib dictionary overriding the policy's, or `nil`.
    ///   - breachList: A breach list overriding the policy's, or `nil`.
    ///   - environment: Read for the cache folder; see ``OwnData/paths(environment:progress:)``.
    ///   - cracklibEngine: Kennwort's reimplementation of cracklib's checks (default) or libcrack itself.
    ///   - progress: Called once with a short note before the data is built.
    /// - Returns: The checker.
    /// - Throws: `KennwortError` when the lists, the dictionary, the index or the breach list
    ///   are missing or damaged.
    public static func configured(
        policy: Policy, dictionaryPath: String? = nil, breachList: String? = nil,
        environment: [String: String], cracklibEngine: Cracklib.Engine = .native, progress: (String) -> Void = { _ in }
    ) throws(KennwortError) -> PasswordChecker {
        let data = try OwnData.paths(environment: environment, progress: progress)
        var dictionary: CracklibDictionary?
        if policy.settings.dictcheck {
            // Other dictionaries keep their word tables in the same cache folder.
            let cache = DictionaryCache.defaultDirectory(environment: environment)
            if let path = dictionaryPath ?? policy.settings.dictpath {
                dictionary = CracklibDictionary(path: path).withWordTable(in: cache)
            } else {
                dictionary = policy.settings.strictCracklib ? CracklibDictionary.system.withWordTable(in: cache) : data.dictionary
            }
        }
        let index = try EstimatorIndex(path: data.estimatorIndex)
        var checker = try PasswordChecker(
            policy: policy, dictionary: dictionary, estimator: PasswordEstimator(index: index),
            blocklist: policy.settings.blocklist ? index : nil, cracklibEngine: cracklibEngine)
        if policy.settings.breachCheck {
            checker.breach = try BreachList(path: breachList ?? policy.settings.breachList ?? data.breachList)
        }
        return checker
    }
}
