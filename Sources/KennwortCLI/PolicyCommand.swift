import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Kennwort

/// `kennwort policy`: show and check policies.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Show a policy's effective settings, or check a policy file.",
        discussion: """
            Policy files use pwquality.conf syntax (key = value, # comments), plus \
            Kennwort's keys: preset, min_score, mfa, personal_data, breach_check, \
            blocklist, min_length_by_classes, min_length_by_classes_mfa, max_length.
            """,
        subcommands: [Show.self, Lint.self]
    )

    /// `kennwort policy show [NAME|FILE]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective settings, as a policy file that reproduces them.",
            discussion: "Without an argument: /etc/kennwort/policy.conf when it exists, else bsi.")

        @Argument(help: ArgumentHelp("bsi, nist, pwquality, or a policy file.", valueName: "name|file"))
        var policy: String?

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let loaded: Policy
            do {
                if let policy { loaded = try Policy.load(policy) } else { loaded = try Policy.standard() }
            } catch {
                Diagnostics.report(error, language: Language.fromEnvironment(Environment.current))
                throw ExitCode(ExitStatus.forError(error.code))
            }
            let rendered = PolicyFile.render(loaded.settings)
            switch format {
            case .text:
                print("# effective settings of policy \(loaded.name)")
                print(rendered, terminator: "")
            case .json:
                var object: [String: String] = ["policy": loaded.name]
                for line in rendered.split(separator: "\n") {
                    let parts = line.split(separator: "=", maxSplits: 1).map { $0.split(separator: "#")[0].trimmed }
                    object[parts[0]] = parts.count > 1 ? parts[1] : "1"
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                print(String(decoding: try encoder.encode(object), as: UTF8.self))
            }
        }
    }

    /// `kennwort policy lint FILE`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Name every unknown key or bad value in a policy file, with its line number.",
            discussion: "Exit codes: 0 usable (notes may be printed), 78 errors found, 66 file missing.")

        @Argument(help: ArgumentHelp("The policy file.", valueName: "file"))
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Diagnostics.report(KennwortError(.dataMissing, "policy file not found", path: file), language: Language.fromEnvironment(Environment.current))
                throw ExitCode(ExitStatus.noInput)
            }
            let diagnostics = PolicyFile.parse(String(decoding: data, as: UTF8.self)).diagnostics
            for diagnostic in diagnostics {
                print("\(file):\(diagnostic.line): \(diagnostic.kind.rawValue): \(diagnostic.message)")
            }
            if diagnostics.contains(where: { $0.kind == .error }) { throw ExitCode(ExitStatus.config) }
        }
    }
}

extension Substring {
    var trimmed: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
