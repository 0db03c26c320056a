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

    /// The dictionary to use: `--dict`, else Kennwort's own, built on first use.
    ///
    /// - Returns: The dictionary.
    /// - Throws: `KennwortError` when the lists or the dictionary are missing.
    func dictionary() throws(KennwortError) -> CracklibDictionary {
        if let dictionaryPath { return CracklibDictionary(path: dictionaryPath) }
        return try DictionaryResolver.ownDictionary()
    }
}

/// Finds or builds Kennwort's own dictionary.
enum DictionaryResolver {
    static func ownDictionary() throws(KennwortError) -> CracklibDictionary {
        guard let wordlists = DataLocator.wordlistsDirectory() else {
            throw KennwortError(
                .dataMissing,
                "Kennwort's word lists were not found (looked in \(DataLocator.wordlistCandidates.joined(separator: ", "))); "
                    + "pass --dict \(CracklibDictionary.system.prefix) to use the system dictionary")
        }
        let cache = DictionaryCache(
            directory: DictionaryCache.defaultDirectory(environment: Environment.current),
            wordlists: wordlists)
        return try cache.dictionary { note in
            if Terminal.isTerminal(.standardError) { writeStandardError(note + "\n") }
        }
    }
}
