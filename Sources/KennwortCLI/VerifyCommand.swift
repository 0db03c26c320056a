import ArgumentParser
import Kennwort

/// `kennwort verify`: check a password against a stored hash.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a password against an Argon2 PHC string.",
        discussion: """
            The password comes from the terminal (echo off) or standard input. A stored \
            hash is untrusted: one that asks for more than --max-memory (1 GiB by \
            default), 64 passes or 16 lanes is refused before any work is done.

            Exit codes: 0 match, 1 no match, 65 malformed or over-limit hash, or an \
            unusable password.

            Example:
              printf '%s' "$PW" | kennwort verify '$argon2id$v=19$m=65536,t=3,p=4$…$…'
            """
    )

    @Argument(help: ArgumentHelp("The stored PHC string; quote it, it contains $.", valueName: "hash"))
    var hash: String

    @Option(help: ArgumentHelp("The most memory a stored hash may ask for: KiB, or with K, M or G.", valueName: "size"))
    var maxMemory: MemorySize = MemorySize(kibibytes: Argon2VerificationLimits.standard.maximumMemoryKiB)

    @Option(help: "Language of prompts and messages: de or en.")
    var lang: Language?

    func run() throws {
        let language = lang ?? Language.fromEnvironment(Environment.current)
        let matches: Bool
        do {
            var limits = Argon2VerificationLimits.standard
            limits.maximumMemoryKiB = maxMemory.kibibytes
            let hasher = Argon2Hasher(limits: limits)
            // Refuse a bad hash before asking for a password.
            try hasher.limits.check(PHCString(parsing: hash))
            let password = try PasswordInput.secret(SecretReader().read(prompts: [Phrases.prompt(language)])[0])
            matches = try hasher.verify(password, against: hash)
        } catch {
            Diagnostics.report(error, language: language)
            throw ExitCode(ExitStatus.forError(error.code))
        }
        print(Phrases.verifyResult(matches: matches, language))
        if !matches { throw ExitCode(ExitStatus.rejected) }
    }
}
