import ArgumentParser
import Kennwort

/// `kennwort breach`: the offline list of breached passwords.
struct BreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breach",
        abstract: "Import, check and describe offline breached-password lists.",
        discussion: """
            Kennwort never sends a password, or any part of its hash, over the network. \\
            The default list is built from Kennwort's common-password lists; import Have \\
            I Been Pwned's SHA-1 files for the full picture (see the README).
            """,
        subcommands: [Import.self, Check.self, Stats.self])

    /// `kennwort breach import`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a list from Have I Been Pwned SHA-1 files (HEX40:COUNT) or plain password lists.",
            discussion: """
                Streams the input with an external sort, so memory stays bounded for inputs \\
                far larger than RAM. Malformed lines are counted and the first ten reported \\
                with their line numbers; they do not stop the import.

                Example:
                  kennwort breach import pwnedpasswords.txt --min-count 10 -o /var/lib/kennwort/hibp.kwb
                """)

        @Argument(help: ArgumentHelp("Source files.", valueName: "source"))
        var sources: [String]

        @Option(name: .shortAndLong, help: ArgumentHelp("The list to write.", valueName: "file"))
        var output: String

        @Option(help: ArgumentHelp("Drop entries seen fewer times (HIBP counts).", valueName: "n"))
        var minCount: Int = 1

        @Option(help: "Source format: auto, hibp or plain.")
        var format: String = "auto"

        @Flag(help: "Keep the order of magnitude of each HIBP count (one more byte per entry).")
        var keepCounts = false

        func validate() throws {
            guard BreachListBuilder.SourceFormat(rawValue: format) != nil else { throw ValidationError("--format must be auto, hibp or plain") }
            guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
            guard !sources.isEmpty else { throw ValidationError("name at least one source file") }
        }

        func run() throws {
            let builder = BreachListBuilder(
                minimumCount: minCount, format: BreachListBuilder.SourceFormat(rawValue: format)!, keepCounts: keepCounts)
            let started = ContinuousClock.now
            let report: BreachListBuilder.Report
            do {
                report = try builder.build(from: sources, to: output)
            } catch {
                Diagnostics.report(error, language: Language.fromEnvironment(Environment.current))
                throw ExitCode(ExitStatus.forError(error.code))
            }
            let elapsed = ContinuousClock.now - started
            let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 0.001)
            print("\(report.entries) entries from \(report.linesRead) lines (\(report.dropped) below --min-count, \(report.malformed) malformed), "
                + "\(String(format1: Double(report.bytesRead) / 1_048_576 / seconds)) MB/s")
            for (file, line) in report.malformedLines { writeStandardError("kennwort: malformed line \(file):\(line)\n") }
        }
    }

    /// `kennwort breach check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look a password up in a breach list (read from the terminal or stdin).",
            discussion: "Exit codes: 0 not found, 1 found, 65 damaged list, 66 missing list.")

        @Option(help: ArgumentHelp("The list; default: the one built from Kennwort's word lists.", valueName: "file"))
        var list: String?

        @Option(help: "Language: de or en.")
        var lang: Language?

        func run() throws {
            let language = lang ?? Language.fromEnvironment(Environment.current)
            let found: Int?
            do {
                var path = list
                if path == nil { path = try DictionaryResolver.ownData().breachList }
                let breach = try BreachList(path: path!)
                let password = try PasswordInput.secret(SecretReader().read(prompts: [Phrases.prompt(language)])[0])
                found = breach.lookup(password)
            } catch {
                Diagnostics.report(error, language: language)
                throw ExitCode(ExitStatus.forError(error.code))
            }
            guard let bits = found else {
                print(language == .de ? "Nicht in der Liste." : "Not in the list.")
                return
            }
            let seen = bits > 0 ? (language == .de ? " (mindestens \(1 << (bits - 1))-mal)" : " (at least \(1 << (bits - 1)) times)") : ""
            print((language == .de ? "Gefunden: Das Passwort steht in der Liste geleakter Passwörter" : "Found: the password is in the breach list") + seen + ".")
            throw ExitCode(ExitStatus.rejected)
        }
    }

    /// `kennwort breach stats`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Describe a breach list: entries, size per entry, false-positive rate.")

        @Argument(help: ArgumentHelp("The list.", valueName: "file"))
        var file: String

        @Flag(help: "Also verify the checksum over the whole file.")
        var verify = false

        func run() throws {
            do {
                let list = try BreachList(path: file)
                print("entries: \(list.count)")
                print("bytes per entry: \(String(format1: list.bytesPerEntry))")
                print("index bits: \(list.prefixBits), stored fingerprint bytes: \(list.fingerprintBytes), counts: \(list.hasCounts ? "yes" : "no")")
                print("false-positive rate per lookup: \(list.falsePositiveRate)")
                if verify {
                    guard list.verify() else { throw KennwortError(.dataInvalid, "breach list checksum mismatch", path: file) }
                    print("checksum: ok")
                }
            } catch let error as KennwortError {
                Diagnostics.report(error, language: Language.fromEnvironment(Environment.current))
                throw ExitCode(ExitStatus.forError(error.code))
            }
        }
    }
}
