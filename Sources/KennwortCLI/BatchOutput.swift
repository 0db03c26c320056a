#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import Kennwort

/// Writes batch results as JSON lines, CSV or an aligned table, buffered.
final class BatchWriter {
    let format: BatchOutputFormat
    let language: Language
    private var buffer = ""

    init(format: BatchOutputFormat, language: Language) {
        self.format = format
        self.language = language
    }

    func header() {
        switch format {
        case .csv: buffer += "line,user,accepted,score,decided_by,codes\n"
        case .table: buffer += pad("LINE", 7) + pad("USER", 18) + pad("VERDICT", 10) + pad("SCORE", 6) + pad("DECIDED BY", 15) + "CODES\n"
        case .jsonl: break
        }
    }

    func write(_ result: BatchResult) {
        let codes = result.codes.map(\.rawValue)
        switch format {
        case .jsonl:
            var object = "{\"line\":\(result.line)"
            if let user = result.user { object += ",\"user\":\(Self.jsonString(user))" }
            object += ",\"accepted\":\(result.accepted),\"score\":\(result.score.map(String.init) ?? "null")"
            object += ",\"decidedBy\":\(result.decidedBy.map(Self.jsonString) ?? "null")"
            object += ",\"codes\":[\(codes.map(Self.jsonString).joined(separator: ","))]}\n"
            buffer += object
        case .csv:
            let fields = [
                String(result.line), result.user ?? "", result.accepted ? "true" : "false",
                result.score.map(String.init) ?? "", result.decidedBy ?? "", codes.joined(separator: " "),
            ]
            buffer += fields.map(CSV.quote).joined(separator: ",") + "\n"
        case .table:
            let verdict = result.accepted ? (language == .de ? "ok" : "ok") : (language == .de ? "abgelehnt" : "rejected")
            buffer += pad(String(result.line), 7) + pad(Self.printable(result.user ?? "-"), 18) + pad(verdict, 10)
                + pad(result.score.map(String.init) ?? "-", 6) + pad(result.decidedBy ?? "-", 15) + codes.joined(separator: " ") + "\n"
        }
        if buffer.utf8.count > 65_536 { flush() }
    }

    func flush() {
        let text = buffer
        buffer = ""
        writeAll(STDOUT_FILENO, text)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// Control characters replaced, so a user name cannot break the table.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) })
    }

    static func jsonString(_ text: String) -> String {
        // Codes and most user names need no escaping: copied whole, not scalar by scalar.
        if !text.utf8.contains(where: { $0 < 32 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 32: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// The summary for people, on stderr.
enum SummaryText {
    static func render(_ summary: BatchSummary, _ language: Language) -> String {
        let de = language == .de
        var lines = [
            de ? "Zusammenfassung: \(summary.records) Datensätze, \(summary.accepted) akzeptiert, \(summary.rejected) abgelehnt"
               : "Summary: \(summary.records) records, \(summary.accepted) accepted, \(summary.rejected) rejected",
        ]
        for (code, count) in summary.reasons.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("  \(count)\t\(code)")
        }
        let histogram = ["0", "1", "2", "3", "4", "none"].compactMap { score in summary.scores[score].map { "\(score): \($0)" } }
        lines.append((de ? "  Stärke: " : "  Scores: ") + histogram.joined(separator: ", "))
        let rate = summary.seconds > 0 ? Int(Double(summary.records) / summary.seconds) : 0
        lines.append(de ? "  Dauer: \(String(format1: summary.seconds)) s (\(rate)/s)" : "  Time: \(String(format1: summary.seconds)) s (\(rate)/s)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A progress bar on a terminal's stderr, when the input's size is known.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private let language: Language
    private let started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now

    init(descriptor: Int32, language: Language) {
        var info = stat()
        let regular = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        total = regular ? Int(info.st_size) : 0
        enabled = regular && total > 0 && Terminal.isTerminal(.standardError)
        self.language = language
    }

    func tick(bytes: Int) {
        guard enabled, ContinuousClock.now - lastDraw > .milliseconds(200) else { return }
        lastDraw = ContinuousClock.now
        let fraction = min(1, Double(bytes) / Double(total))
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(bytes) / seconds / 1_048_576 : 0
        let remaining = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
        let filled = Int(fraction * 30)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        writeStandardError("\r[\(bar)] \(Int(fraction * 100))% \(String(format1: rate)) MiB/s ETA \(Int(remaining))s ")
    }

    func finish() {
        if enabled { writeStandardError("\r" + String(repeating: " ", count: 60) + "\r") }
    }
}
