import ArgumentParser
import Kennwort

/// `kennwort check`: judge one password.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check one password and explain the verdict.",
        discussion: """
            On a terminal you are asked for the password and nothing is echoed. \
            Otherwise the password is read from standard input: one line, with or \
            without a final newline.

            Examples:
              kennwort check
              printf '%s' "$PW" | kennwort check --user anna --format json
              kennwort check --lang de --dict /var/cache/cracklib/cracklib_dict

            Exit codes: 0 accepted, 1 rejected, 64 usage error, 65 malformed input, \
            66 dictionary missing or damaged, 70 internal error.
            """
    )

    @OptionGroup var options: SharedOptions

    @Option(help: ArgumentHelp("The account the password is for; cracklib rejects passwords based on it.", valueName: "name"))
    var user: String?

    @Option(help: ArgumentHelp("The account's GECOS text (real name, room, phone); cracklib rejects passwords based on it.", valueName: "text"))
    var gecos: String?

    func run() throws {
        let language = options.language
        let status: Int32
        do {
            status = try check(language: language)
        } catch {
            Diagnostics.report(error, language: language)
            status = ExitStatus.forError(error.code)
        }
        if status != ExitStatus.accepted { throw ExitCode(status) }
    }

    /// Reads, judges and prints one password.
    ///
    /// - Parameter language: The language of the output.
    /// - Returns: The exit status: accepted or rejected.
    /// - Throws: `KennwortError` when the check cannot run.
    private func check(language: Language) throws(KennwortError) -> Int32 {
        let checker = try options.checker()
        let input = try SecretReader().read(prompts: [Phrases.prompt(language)])[0]
        let assessment = try checker.assess(input, context: UserContext(user: user, gecos: gecos))
        let report = Report(assessment: assessment, language: language)
        switch options.format {
        case .json: print(try report.json())
        case .text: print(report.text(colour: Terminal.wantsColour(.standardOutput)), terminator: "")
        }
        return assessment.accepted ? ExitStatus.accepted : ExitStatus.rejected
    }
}
