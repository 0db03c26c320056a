import ArgumentParser
import Kennwort

/// `kennwort advice`: guidance on passwords and sign-in for users.
struct AdviceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advice",
        abstract: "Print guidance on passwords and sign-in, in German or English.")

    @Option(help: "Language: de or en. Default: from LC_ALL, LC_MESSAGES or LANG, else en.")
    var lang: Language?

    func run() {
        print(Guidance.text(lang ?? Language.fromEnvironment(Environment.current)))
    }
}
