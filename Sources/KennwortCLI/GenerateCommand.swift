import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Kennwort

/// `kennwort generate`: make passphrases that pass the policy.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make random passphrases from a list of 4,096+ short, common words.",
        discussion: """
            Each passphrase is checked against the policy before it is printed; one \
            that fails is replaced. The entropy goes to standard error (or into the \
            JSON), the passphrases to standard output.

            Examples:
              kennwort generate
              kennwort generate --words 6 --separator ' ' --lang en --count 3
            """)

    @Option(help: "Words per passphrase (3 to 20).")
    var words: Int = 5

    @Option(help: "What goes between the words.")
    var separator: String = "-"

    @Option(help: "Passphrases to make (1 to 10000).")
    var count: Int = 1

    @Option(help: "Language of the words and messages: de or en. Default: from the locale.")
    var lang: Language?

    @Option(help: ArgumentHelp("The policy every passphrase must pass: bsi, nist, pwquality or a file.", valueName: "name|file"))
    var policy: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard (3...20).contains(words) else { throw ValidationError("--words must be between 3 and 20") }
        guard (1...10_000).contains(count) else { throw ValidationError("--count must be between 1 and 10000") }
        guard separator.utf8.count <= 8, !separator.contains("\n") else { throw ValidationError("--separator must be at most 8 bytes, without newlines") }
    }

    func run() throws {
        let language = lang ?? Language.fromEnvironment(Environment.current)
        do {
            var options = try SharedOptions.parse(policy.map { ["--policy", $0] } ?? [])
            options.lang = language
            let checker = try options.checker()
            guard let wordlists = DataLocator.wordlistsDirectory() else {
                throw KennwortError(.dataMissing, "Kennwort's word lists were not found")
            }
            let generator = try PassphraseGenerator.load(language, wordlists: wordlists)
            var phrases: [String] = []
            for _ in 0..<count {
                phrases.append(try passphrase(generator, checker))
            }
            let bits = (generator.entropyBits(words: words) * 10).rounded() / 10
            switch format {
            case .text:
                phrases.forEach { print($0) }
                writeStandardError(language == .de
                    ? "Entropie: \(bits) Bit je Passphrase (\(words) Wörter aus \(generator.words.count))\n"
                    : "Entropy: \(bits) bits per passphrase (\(words) words from \(generator.words.count))\n")
            case .json:
                struct Output: Encodable { var passphrases: [String]; var entropyBits: Double; var words: Int; var listSize: Int; var policy: String }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let output = Output(passphrases: phrases, entropyBits: bits, words: words, listSize: generator.words.count, policy: checker.policy.name)
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            }
        } catch let error as KennwortError {
            Diagnostics.report(error, language: language)
            throw ExitCode(ExitStatus.forError(error.code))
        }
    }

    /// A passphrase that passes the policy, after at most 20 tries.
    private func passphrase(_ generator: PassphraseGenerator, _ checker: PasswordChecker) throws(KennwortError) -> String {
        for _ in 0..<20 {
            let phrase = generator.generate(words: words, separator: separator)
            if try checker.assess(phrase).accepted {
                return phrase.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
            }
        }
        throw KennwortError(.configInvalid, "no passphrase of \(words) words passed the policy in 20 tries; use more words")
    }
}
