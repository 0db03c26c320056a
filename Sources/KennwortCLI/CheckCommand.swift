import ArgumentParser
import Kennwort

/// `kennwort check`: judge one password.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check one password and explain the verdict.",
        discussion: """
            On a terminal you are asked for the password and nothing is echoed; after \
            the verdict you may try another one, and Enter on an empty prompt ends. \
            Otherwise the password is read from standard input: one line, with or \
            without a final newline.

            The verdict combines cracklib (against Kennwort's German and English word \
            lists) and a zxcvbn-style guess estimate: scores below 3 of 4 are rejected.

            Examples:
              kennwort check
              printf '%s' "$PW" | kennwort check --user anna --format json
              kennwort check --policy nist --name "Anna Schmidt" --birthdate 1985-03-14
              printf '%s\n%s\n' "$NEW" "$OLD" | kennwort check --with-old

            Exit codes: 0 accepted, 1 rejected, 64 usage error, 65 malformed input, \
            66 dictionary or policy missing or damaged, 70 internal error, 78 bad policy.
            """
    )

    @OptionGroup var options: SharedOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Who the password is for") var person: ContextOptions

    @Flag(help: "Read the new password, then the old one on the next line, and reject a new one too close to the old.")
    var withOld = false

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
        var context = try person.checkContext()
        let reader = SecretReader()
        if reader.isTerminal && format == .text && !withOld { return try interactive(checker, reader, context, language) }
        let inputs = try reader.read(
            count: withOld ? 2 : 1, prompts: [Phrases.prompt(language), Phrases.oldPrompt(language)])
        if withOld, case .secret(let old) = inputs[1] { context.oldPassword = old }
        let assessment = try checker.assess(inputs[0], context: context)
        let report = Report(assessment: assessment, language: language)
        switch format {
        case .json: print(try report.json())
        case .text: print(report.text(colour: Terminal.wantsColour(.standardOutput)), terminator: "")
        }
        return assessment.accepted ? ExitStatus.accepted : ExitStatus.rejected
    }

    /// Checks passwords typed at the terminal until Enter on an empty prompt.
    ///
    /// - Returns: The exit status of the last password checked.
    private func interactive(
        _ checker: PasswordChecker, _ reader: SecretReader, _ context: CheckContext, _ language: Language
    ) throws(KennwortError) -> Int32 {
        var status = ExitStatus.rejected
        var first = true
        while true {
            let input = try reader.read(prompts: [first ? Phrases.prompt(language) : Phrases.anotherPrompt(language)])[0]
            if !first {
                if case .endOfInput = input { break }
                if case .secret(let secret) = input, secret.count == 0 { break }
            }
            let assessment = try checker.assess(input, context: context)
            print(Report(assessment: assessment, language: language).text(colour: Terminal.wantsColour(.standardOutput)))
            status = assessment.accepted ? ExitStatus.accepted : ExitStatus.rejected
            first = false
        }
        return status
    }
}
