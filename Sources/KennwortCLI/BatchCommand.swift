import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import Kennwort

extension BatchInputFormat: ExpressibleByArgument {}

/// How batch results are printed.
enum BatchOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, table
}

/// Where the batch summary goes.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, none
}

/// `kennwort batch`: check many passwords against the policy, for admins.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Check many passwords against the policy, one record per input line.",
        discussion: """
            Reads the files, or standard input when none is given or for "-". Every input \\
            line gives exactly one output record, in input order, identified by line \\
            number and user: empty lines, invalid UTF-8, NUL bytes and lines over 4,096 \\
            bytes are reported, not skipped. Passwords never appear in the output.

            Input formats: lines (one password per line), user-password (user:password, \\
            split at the first colon), csv (a header row naming password and optionally \\
            user, name, birthdate, email, phone, street, postcode, city, old_password).

            Exit codes: 0 all accepted, 1 any rejected (or, with --fail-under P, more \\
            than P percent rejected), 66 unreadable input, 65 malformed CSV header, \\
            78 bad policy.

            Examples:
              kennwort batch passwords.txt
              kennwort batch --input user-password --format csv export.txt > report.csv
              kennwort batch --input csv --all-reasons --summary json users.csv
            """)

    @OptionGroup var options: SharedOptions

    @Argument(help: ArgumentHelp("Input files; - or none for standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "Input format: lines, user-password or csv.")
    var input: BatchInputFormat = .lines

    @Option(help: "Output format: jsonl, csv or table.")
    var format: BatchOutputFormat = .jsonl

    @Option(help: "Summary: text on stderr, json as the last line on stdout, or none.")
    var summary: SummaryFormat = .text

    @Option(help: ArgumentHelp("Threads that check passwords (one more reads and writes); default: the number of cores.", valueName: "n"))
    var jobs: Int = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    @Option(help: ArgumentHelp("Exit 1 only when more than this percentage of records is rejected.", valueName: "percent"))
    var failUnder: Double?

    @Flag(help: "Run every rule on every record, instead of stopping at the first that rejects.")
    var allReasons = false

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
        if let failUnder, !(0...100).contains(failUnder) { throw ValidationError("--fail-under must be between 0 and 100") }
    }

    func run() throws {
        let language = options.language
        let status: Int32
        do {
            status = try batch(language)
        } catch {
            Diagnostics.report(error, language: language)
            status = ExitStatus.forError(error.code)
        }
        if status != 0 { throw ExitCode(status) }
    }

    private func batch(_ language: Language) throws(KennwortError) -> Int32 {
        var checker = try options.checker()
        checker.quick = !allReasons
        let runner = BatchRunner(checker: checker, jobs: jobs)
        let writer = BatchWriter(format: format, language: language)
        writer.header()
        var total = BatchSummary()
        for file in files.isEmpty ? ["-"] : files {
            let descriptor = file == "-" ? STDIN_FILENO : open(file, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw KennwortError(.inputUnreadable, "cannot open the input", path: file) }
            defer { if descriptor != STDIN_FILENO { close(descriptor) } }
            let reader = LineReader(descriptor: descriptor)
            let progress = Progress(descriptor: descriptor, language: language)
            let part = try runner.run(reader, parser: BatchParser(format: input)) { result in
                writer.write(result)
                progress.tick(bytes: reader.bytesRead)
            }
            progress.finish()
            total.merge(part)
        }
        writer.flush()
        switch summary {
        case .text: writeStandardError(SummaryText.render(total, language))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            struct Wrapper: Encodable { var summary: BatchSummary }
            if let data = try? encoder.encode(Wrapper(summary: total)) { print(String(decoding: data, as: UTF8.self)) }
        case .none: break
        }
        if let failUnder {
            let share = total.records == 0 ? 0 : Double(total.rejected) * 100 / Double(total.records)
            return share > failUnder ? ExitStatus.rejected : ExitStatus.accepted
        }
        return total.rejected > 0 ? ExitStatus.rejected : ExitStatus.accepted
    }
}

