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
        struct Coded: Encodable {
            var code: FindingCode
            var message: String
        }

        struct FindingEntry: Encodable {
            var code: FindingCode
            var severity: Severity
            var rule: String
            var message: String
            var advice: String?
        }

        struct CrackTimeEntry: Encodable {
            var seconds: Double?
            var display: String
        }

        struct Feedback: Encodable {
            var warning: Coded?
            var suggestions: [Coded]

            enum CodingKeys: String, CodingKey { case warning, suggestions }

            /// Writes `"warning": null` rather than leaving the key out, for a stable schema.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                if let warning { try container.encode(warning, forKey: .warning) } else { try container.encodeNil(forKey: .warning) }
                try container.encode(suggestions, forKey: .suggestions)
            }
        }

        var accepted: Bool
        var reasons: [Coded]
        var advice: [String]
        var findings: [FindingEntry]
        var lang: Language
        var policy: String?
        var decidedBy: String?
        var score: Int?
        var guessesLog10: Double?
        var crackTimes: [String: CrackTimeEntry]?
        var feedback: Feedback?
    }

    func coded(_ code: FindingCode) -> JSONReport.Coded {
        JSONReport.Coded(code: code, message: AdviceCatalog.message(for: code, in: language))
    }

    /// Advice sentences: each finding's advice, then the estimator's suggestions, without repeats.
    var adviceTexts: [String] {
        var advice: [String] = []
        let codes = assessment.findings.map(\.code) + (assessment.estimate?.feedback.suggestions ?? [])
        for code in codes {
            if let text = AdviceCatalog.advice(for: code, in: language), !advice.contains(text) { advice.append(text) }
        }
        return advice
    }

    func jsonReport() -> JSONReport {
        let entries = assessment.findings.map { finding in
            JSONReport.FindingEntry(
                code: finding.code, severity: finding.severity, rule: finding.rule ?? "input",
                message: AdviceCatalog.message(for: finding.code, in: language),
                advice: AdviceCatalog.advice(for: finding.code, in: language))
        }
        var report = JSONReport(
            accepted: assessment.accepted, reasons: assessment.reasons.map { coded($0.code) }, advice: adviceTexts,
            findings: entries, lang: language, policy: assessment.policy, decidedBy: assessment.decidedBy)
        if let estimate = assessment.estimate {
            report.score = estimate.score
            report.guessesLog10 = (estimate.guessesLog10 * 1000).rounded() / 1000
            report.crackTimes = Dictionary(uniqueKeysWithValues: estimate.crackTimes.map { time in
                (time.scenario.rawValue, JSONReport.CrackTimeEntry(
                    seconds: time.seconds.isFinite ? time.seconds : nil,
                    display: DurationText.display(seconds: time.seconds, in: language)))
            })
            report.feedback = JSONReport.Feedback(
                warning: estimate.feedback.warning.map(coded), suggestions: estimate.feedback.suggestions.map(coded))
        }
        return report
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

    /// The verdict line, the strength meter and crack times, then each finding and the advice.
    func text(colour: Bool) -> String {
        let paint = Paint(enabled: colour)
        let accepted = assessment.accepted
        var lines = [paint(accepted ? .green : .red, Phrases.verdict(accepted: accepted, language))]
        if let policy = assessment.policy {
            let decided = assessment.decidedBy.map { language == .de ? ", entschieden durch: \($0)" : ", decided by: \($0)" } ?? ""
            lines.append(paint(.dim, (language == .de ? "  Richtlinie: " : "  Policy: ") + policy + decided))
        }
        if let estimate = assessment.estimate {
            lines.append(Meter.line(score: estimate.score, guessesLog10: estimate.guessesLog10, language: language, paint: paint))
            for time in estimate.crackTimes {
                lines.append("    \(DurationText.name(of: time.scenario, in: language)): "
                    + DurationText.display(seconds: time.seconds, in: language))
            }
        }
        for finding in assessment.findings {
            let mark = finding.severity == .reject ? paint(.red, "✗") : paint(.yellow, "!")
            let message = AdviceCatalog.message(for: finding.code, in: language)
            lines.append("  \(mark) \(message) \(paint(.dim, "[\(finding.code)]"))")
        }
        let advice = adviceTexts
        if !advice.isEmpty {
            lines.append("  \(Phrases.adviceLabel(language)):")
            lines += advice.map { "    – \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The strength meter: five cells, coloured by score.
enum Meter {
    static func line(score: Int, guessesLog10: Double, language: Language, paint: Paint) -> String {
        let colour: Paint.Colour = score <= 1 ? .red : score == 2 ? .yellow : .green
        let cells = paint(colour, String(repeating: "█", count: score + 1)) + String(repeating: "░", count: 4 - score)
        let label = language == .de ? "Stärke" : "Strength"
        let guesses = language == .de ? "Versuche" : "guesses"
        return "  \(label) \(cells) \(score)/4 (10^\(String(format1: guessesLog10)) \(guesses))"
    }
}

extension String {
    /// A number with one decimal, without Foundation's `String(format:)`.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
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
