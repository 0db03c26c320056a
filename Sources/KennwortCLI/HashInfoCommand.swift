import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Kennwort

/// `kennwort hash-info`: describe a stored hash.
struct HashInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash-info",
        abstract: "Show an Argon2 hash's variant and parameters, and whether it needs a rehash.",
        discussion: """
            A hash needs a rehash when it uses another variant or tag length, or less \
            memory, fewer passes or fewer lanes than the preset. Exit codes: 0 shown, \
            65 malformed hash.

            Example:
              kennwort hash-info --preset owasp '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc'
            """
    )

    @Argument(help: ArgumentHelp("The PHC string; quote it, it contains $.", valueName: "hash"))
    var hash: String

    @Option(help: ArgumentHelp("Compare against this preset (default rfc9106-low).", valueName: "name"))
    var preset: String = "rfc9106-low"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of messages: de or en.")
    var lang: Language?

    func validate() throws {
        _ = try Argon2Parameters.validatedPreset(preset)
    }

    struct Info: Encodable {
        var variant: Argon2Variant
        var version: Int
        var memoryKiB: UInt32
        var iterations: UInt32
        var parallelism: UInt32
        var saltBytes: Int
        var tagBytes: Int
        var preset: String
        var needsRehash: Bool
        var withinVerifyLimits: Bool
    }

    func run() throws {
        let language = lang ?? Language.fromEnvironment(Environment.current)
        let parsed: PHCString
        do {
            parsed = try PHCString(parsing: hash)
        } catch {
            Diagnostics.report(error, language: language)
            throw ExitCode(ExitStatus.forError(error.code))
        }
        let target = Argon2Parameters.preset(named: preset)!
        let p = parsed.parameters
        let info = Info(
            variant: p.variant, version: PHCString.version, memoryKiB: p.memoryKiB, iterations: p.iterations,
            parallelism: p.parallelism, saltBytes: parsed.salt.count, tagBytes: parsed.tag.count, preset: preset,
            needsRehash: Argon2Hasher.needsRehash(p, against: target),
            withinVerifyLimits: (try? Argon2VerificationLimits.standard.check(parsed)) != nil)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(info), as: UTF8.self))
        case .text:
            let yes = language == .de ? "ja" : "yes", no = language == .de ? "nein" : "no"
            let rows: [(String, String)] = [
                (language == .de ? "Variante" : "variant", info.variant.rawValue),
                ("version", "\(info.version)"),
                (language == .de ? "Speicher" : "memory", "\(info.memoryKiB) KiB"),
                (language == .de ? "Durchläufe" : "iterations", "\(info.iterations)"),
                (language == .de ? "Lanes" : "parallelism", "\(info.parallelism)"),
                ("salt", "\(info.saltBytes) bytes"),
                ("hash", "\(info.tagBytes) bytes"),
                (language == .de ? "neu hashen" : "needs rehash", "\(info.needsRehash ? yes : no) (\(preset))"),
                (language == .de ? "prüfbar" : "verifiable", info.withinVerifyLimits ? yes : no),
            ]
            let width = rows.map(\.0.count).max()! + 1
            for (key, value) in rows {
                print(key + ":" + String(repeating: " ", count: width + 1 - key.count) + value)
            }
        }
    }
}
