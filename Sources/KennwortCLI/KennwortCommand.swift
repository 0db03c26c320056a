import ArgumentParser
import Kennwort

/// The `kennwort` command: checks and hashes passwords on Linux.
@main
struct KennwortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kennwort",
        abstract: "Check, hash and generate passwords, for German and English speakers.",
        discussion: """
            Passwords are read from the terminal with echo off, or from standard \
            input; never from the command line, where other users could see them.

            Kennwort works offline only: it never opens a network connection, and \
            never sends a password or any part of its hash anywhere.

            Exit codes: 0 accepted, 1 rejected, 64 usage error, 65 bad input data, \
            66 dictionary or input missing, 70 internal error, 73 cannot write the cache, \
            78 bad policy.
            """,
        version: Kennwort.version,
        subcommands: [
            CheckCommand.self, HashCommand.self, VerifyCommand.self, HashInfoCommand.self, CalibrateCommand.self,
            BatchCommand.self, AuditCommand.self, BreachCommand.self, GenerateCommand.self, PolicyCommand.self, AdviceCommand.self, DictCommand.self,
        ],
        defaultSubcommand: CheckCommand.self
    )
}
