import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import Kennwort

/// `kennwort audit`: report on stored password hashes, without cracking anything.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Report which stored hashes are Argon2, which need a rehash, and which use other schemes.",
        discussion: """
            Reads user:HASH lines: a shadow-like file, or /etc/shadow itself when \\
            readable (further colon-separated fields are ignored). Nothing is ever \\
            cracked; hashes are only classified. Exit codes: 0 every entry is Argon2 \\
            and strong enough (or locked), 1 otherwise, 66 unreadable file.

            Example:
              sudo kennwort audit /etc/shadow --preset rfc9106-low --format table
            """)

    @Argument(help: ArgumentHelp("The hash file, e.g. /etc/shadow.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The Argon2 preset to compare against.", valueName: "name"))
    var preset: String = "rfc9106-low"

    @Option(help: "Output format: jsonl, csv or table.")
    var format: BatchOutputFormat = .jsonl

    @Option(help: "Summary: text on stderr, json as the last line on stdout, or none.")
    var summary: SummaryFormat = .text

    @Option(help: "Language of the summary: de or en.")
    var lang: Language?

    func validate() throws {
        _ = try Argon2Parameters.validatedPreset(preset)
    }

    func run() throws {
        let language = lang ?? Language.fromEnvironment(Environment.current)
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            Diagnostics.report(KennwortError(.inputUnreadable, "cannot open the hash file (errno \(errno))", path: file), language: language)
            throw ExitCode(ExitStatus.noInput)
        }
        defer { close(descriptor) }
        let target = Argon2Parameters.preset(named: preset)!
        let reader = LineReader(descriptor: descriptor, limit: 8192)
        var total = BatchSummary()
        var counts: [String: Int] = [:]
        var fine = true
        let writer = AuditWriter(format: format)
        do {
            while let line = try reader.next() {
                guard case .bytes(let bytes) = line else { continue }
                let text = bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
                if text.isEmpty || text.hasPrefix("#") { continue }
                let fields = text.split(separator: ":", omittingEmptySubsequences: false)
                let user = String(fields[0])
                let entry = fields.count >= 2
                    ? HashAudit.inspect(String(fields[1]), against: target)
                    : HashAuditEntry(scheme: "unknown", needsRehash: true, code: .auditMalformed)
                writer.write(line: reader.lineNumber, user: user, entry: entry)
                counts[entry.scheme, default: 0] += 1
                total.records += 1
                total.reasons[entry.code.rawValue, default: 0] += 1
                if entry.code == .auditOK || entry.code == .auditLocked { total.accepted += 1 } else { total.rejected += 1; fine = false }
            }
        } catch {
            Diagnostics.report(error, language: language)
            throw ExitCode(ExitStatus.forError(error.code))
        }
        writer.flush()
        switch summary {
        case .text:
            var lines = [language == .de ? "Zusammenfassung: \(total.records) Einträge" : "Summary: \(total.records) entries"]
            for (scheme, count) in counts.sorted(by: { $0.key < $1.key }) { lines.append("  \(count)\t\(scheme)") }
            for (code, count) in total.reasons.sorted(by: { $0.key < $1.key }) { lines.append("  \(count)\t\(code)") }
            writeStandardError(lines.joined(separator: "\n") + "\n")
        case .json:
            struct Wrapper: Encodable { var summary: [String: [String: Int]] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let wrapper = Wrapper(summary: ["schemes": counts, "codes": total.reasons, "entries": ["total": total.records]])
            if let data = try? encoder.encode(wrapper) { print(String(decoding: data, as: UTF8.self)) }
        case .none: break
        }
        if !fine { throw ExitCode(ExitStatus.rejected) }
    }
}

/// Writes audit entries in the batch formats.
final class AuditWriter {
    let format: BatchOutputFormat
    private var lines: [String] = []

    init(format: BatchOutputFormat) {
        self.format = format
        switch format {
        case .csv: lines.append("line,user,scheme,needs_rehash,code,memory_kib,iterations,parallelism")
        case .table: lines.append("LINE   USER              SCHEME         REHASH  CODE")
        case .jsonl: break
        }
    }

    func write(line: Int, user: String, entry: HashAuditEntry) {
        let p = entry.parameters
        switch format {
        case .jsonl:
            var object = "{\"line\":\(line),\"user\":\(BatchWriter.jsonString(user)),\"scheme\":\"\(entry.scheme)\""
            object += ",\"needsRehash\":\(entry.needsRehash),\"code\":\"\(entry.code)\""
            if let p { object += ",\"memoryKiB\":\(p.memoryKiB),\"iterations\":\(p.iterations),\"parallelism\":\(p.parallelism)" }
            lines.append(object + "}")
        case .csv:
            let fields = [String(line), user, entry.scheme, String(entry.needsRehash), entry.code.rawValue,
                          p.map { String($0.memoryKiB) } ?? "", p.map { String($0.iterations) } ?? "", p.map { String($0.parallelism) } ?? ""]
            lines.append(fields.map(CSV.quote).joined(separator: ","))
        case .table:
            func pad(_ text: String, _ width: Int) -> String { text.count >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - text.count) }
            lines.append(pad(String(line), 7) + pad(BatchWriter.printable(user), 18) + pad(entry.scheme, 15) + pad(entry.needsRehash ? "yes" : "no", 8) + entry.code.rawValue)
        }
    }

    func flush() {
        if !lines.isEmpty { print(lines.joined(separator: "\n")) }
        lines = []
    }
}
