import ArgumentParser
import Kennwort

extension Language: ExpressibleByArgument {}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Options every checking command shares.
struct SharedOptions: ParsableArguments {
    @Option(help: "Language of messages and advice: de or en. Default: from LC_ALL, LC_MESSAGES or LANG, else en.")
    var lang: Language?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(
        name: .customLong("dict"),
        help: ArgumentHelp(
            "A packed cracklib dictionary (prefix or .pwd file) to use instead of Kennwort's own.",
            discussion: "Kennwort's own is built from its word lists plus the system's cracklib sources; see `kennwort dict build`.",
            valueName: "path"))
    var dictionaryPath: String?

    /// The language to speak: `--lang`, else the locale environment.
    var language: Language {
        lang ?? Language.fromEnvironment(Environment.current)
    }

    /// The checker: cracklib with `--dict` or Kennwort's own dictionary, plus the estimator.
    ///
    /// - Returns: The checker, its data built on first use.
    /// - Throws: `KennwortError` when the lists, the dictionary or the index are missing or damaged.
    func checker() throws(KennwortError) -> PasswordChecker {
        let data = try DictionaryResolver.ownData()
        let dictionary = dictionaryPath.map { CracklibDictionary(path: $0) } ?? data.dictionary
        let index = try EstimatorIndex(path: data.estimatorIndex)
        return try PasswordChecker(dictionary: dictionary, estimator: PasswordEstimator(index: index))
    }
}

/// Finds or builds Kennwort's own dictionary.
enum DictionaryResolver {
    static func ownDictionary() throws(KennwortError) -> CracklibDictionary {
        try ownData().dictionary
    }

    static func ownData() throws(KennwortError) -> (dictionary: CracklibDictionary, estimatorIndex: String) {
        guard let wordlists = DataLocator.wordlistsDirectory() else {
            throw KennwortError(
                .dataMissing,
                "Kennwort's word lists were not found (looked in \(DataLocator.wordlistCandidates.joined(separator: ", "))); "
                    + "install them with the binaries (see the README)")
        }
        let cache = DictionaryCache(
            directory: DictionaryCache.defaultDirectory(environment: Environment.current),
            wordlists: wordlists)
        return try cache.data { note in
            if Terminal.isTerminal(.standardError) { writeStandardError(note + "\n") }
        }
    }
}
