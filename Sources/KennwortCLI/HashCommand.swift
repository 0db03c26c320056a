import ArgumentParser
import Kennwort

/// `kennwort hash`: make an Argon2 hash of a password.
struct HashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "Hash a password with Argon2 and print the PHC string.",
        discussion: """
            On a terminal the password is asked for twice, with echo off. Otherwise \
            one line is read from standard input. Only the PHC string is printed. The \
            password is put in Unicode NFC first, so "ä" typed either way gives one hash.

            Examples:
              kennwort hash
              printf '%s' "$PW" | kennwort hash --preset owasp
              kennwort hash -t 4 -m 131072 -p 1
            """
    )

    @OptionGroup var argon2: Argon2Options

    @Option(help: "Language of prompts and messages: de or en.")
    var lang: Language?

    func run() throws {
        let language = lang ?? Language.fromEnvironment(Environment.current)
        do {
            print(try hash(language: language))
        } catch {
            Diagnostics.report(error, language: language)
            throw ExitCode(ExitStatus.forError(error.code))
        }
    }

    /// Reads the password (twice on a terminal) and hashes it.
    private func hash(language: Language) throws(KennwortError) -> String {
        let reader = SecretReader()
        let password: SecretBytes
        if reader.isTerminal {
            let entries = try reader.read(count: 2, prompts: [Phrases.prompt(language), Phrases.repeatPrompt(language)])
            password = try PasswordInput.secret(entries[0])
            let again = try PasswordInput.secret(entries[1])
            guard password.constantTimeEquals(again) else {
                throw KennwortError(.inputMalformed, "the two entries differ; nothing was hashed")
            }
        } else {
            password = try PasswordInput.secret(reader.read()[0])
        }
        return try Argon2Hasher(parameters: argon2.parameters).hash(password)
    }
}
