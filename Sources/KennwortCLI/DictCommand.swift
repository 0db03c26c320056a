import ArgumentParser
import Kennwort

/// `kennwort dict`: manage Kennwort's packed cracklib dictionary.
struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Manage Kennwort's cracklib dictionary.",
        subcommands: [Build.self]
    )

    /// `kennwort dict build`: build the dictionary now instead of on first use.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the dictionary from the word lists and the system's cracklib sources.",
            discussion: """
                The dictionary goes to $XDG_CACHE_HOME/kennwort, or /var/cache/kennwort \
                for root, else ~/.cache/kennwort. It is rebuilt whenever a list changes. \
                Prints the dictionary's path prefix, for use with --dict.
                """
        )

        @Option(help: "Language of diagnostics: de or en.")
        var lang: Language?

        func run() throws {
            let language = lang ?? Language.fromEnvironment(Environment.current)
            do {
                let dictionary = try DictionaryResolver.ownDictionary()
                _ = try Cracklib(dictionary: dictionary)
                print(dictionary.prefix)
            } catch {
                Diagnostics.report(error, language: language)
                throw ExitCode(ExitStatus.forError(error.code))
            }
        }
    }
}
