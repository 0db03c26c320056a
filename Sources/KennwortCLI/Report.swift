#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Kennwort

/// Renders an assessment as text for people or JSON for programs.
struct Report {
    var assessment: Assessment
    var language: Language

    /// The JSON object, keys sorted; it never holds the password.
    struct JSONReport: Encodable {
        struct Reason: Encodable {
            var code: FindingCode
            var message: String
        }

        struct FindingEntry: Encodable {
            var code: FindingCode
            var severity: Severity
            var message: String
            var advice: String?
        }

        var accepted: Bool
        var reasons: [Reason]
        var advice: [String]
        var findings: [FindingEntry]
        var lang: Language
    }

    func jsonReport() -> JSONReport {
        let entries = assessment.findings.map { finding in
            JSONReport.FindingEntry(
                code: finding.code,
                severity: finding.severity,
                message: AdviceCatalog.message(for: finding.code, in: language),
                advice: AdviceCatalog.advice(for: finding.code, in: language))
        }
        let reasons = assessment.reasons.map {
            JSONReport.Reason(code: $0.code, message: AdviceCatalog.message(for: $0.code, in: language))
        }
        var advice: [String] = []
        for entry in entries {
            if let text = entry.advice, !advice.contains(text) { advice.append(text) }
        }
        return JSONReport(
            accepted: assessment.accepted, reasons: reasons, advice: advice, findings: entries, lang: language)
    }

    /// One JSON object on one line.
    func json() throws(KennwortError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(jsonReport()), as: UTF8.self)
        } catch {
            throw KennwortError(.internalFailure, "cannot encode the JSON report")
        }
    }

    /// The verdict line, then each finding with its advice.
    func text(colour: Bool) -> String {
        let paint = Paint(enabled: colour)
        let accepted = assessment.accepted
        var lines = [paint(accepted ? .green : .red, Phrases.verdict(accepted: accepted, language))]
        for finding in assessment.findings {
            let mark = finding.severity == .reject ? paint(.red, "✗") : paint(.yellow, "!")
            let message = AdviceCatalog.message(for: finding.code, in: language)
            lines.append("  \(mark) \(message) \(paint(.dim, "[\(finding.code)]"))")
            if let advice = AdviceCatalog.advice(for: finding.code, in: language) {
                lines.append("    \(Phrases.adviceLabel(language)): \(advice)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// ANSI colours, or plain text when colour is off.
struct Paint {
    enum Colour: String {
        case red = "31", green = "32", yellow = "33", dim = "2"
    }

    var enabled: Bool

    func callAsFunction(_ colour: Colour, _ text: String) -> String {
        enabled ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }
}
