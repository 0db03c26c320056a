import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Kennwort

/// `kennwort calibrate`: find Argon2 parameters for a time budget on this machine.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Measure this machine and suggest Argon2id parameters for a time budget.",
        discussion: """
            Lanes and threads are measured, then the most memory up to --max-memory \
            whose one pass fits the budget, then as many passes as fit. Run it on the \
            machine that will verify the hashes.

            Examples:
              kennwort calibrate --target-ms 250
              kennwort calibrate --target-ms 500 --max-memory 1G --format json
            """
    )

    @Option(help: ArgumentHelp("The time one hash may take, in milliseconds.", valueName: "ms"))
    var targetMs: Double = 250

    @Option(help: ArgumentHelp("Memory ceiling: KiB, or with K, M or G (e.g. 256M).", valueName: "size"))
    var maxMemory: MemorySize = MemorySize(kibibytes: 256 * 1024)

    @Option(help: ArgumentHelp("Runs per measurement; the median counts.", valueName: "n"))
    var runs: Int = 3

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard targetMs >= 1, targetMs <= 60_000 else { throw ValidationError("--target-ms must be between 1 and 60000") }
        guard maxMemory.kibibytes >= 8 else { throw ValidationError("--max-memory must be at least 8 KiB") }
        guard (1...15).contains(runs) else { throw ValidationError("--runs must be between 1 and 15") }
    }

    func run() throws {
        let result: Argon2Calibration.Result
        do {
            result = try Argon2Calibration.calibrate(
                targetMilliseconds: targetMs, maximumMemoryKiB: maxMemory.kibibytes, runs: runs)
        } catch {
            Diagnostics.report(error, language: .en)
            throw ExitCode(ExitStatus.forError(error.code))
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        case .text:
            print("measured (median of \(runs) runs):")
            for trial in result.trials {
                print("  m=\(trial.memoryKiB) KiB t=\(trial.iterations) p=\(trial.parallelism) threads=\(trial.threads): "
                    + "\(Int(trial.medianMilliseconds.rounded())) ms")
            }
            let p = result.parameters
            print("chosen: m=\(p.memoryKiB) KiB, t=\(p.iterations), p=\(p.parallelism), threads=\(result.threads): "
                + "\(Int(result.medianMilliseconds.rounded())) ms for a target of \(Int(targetMs)) ms")
            print("use:    kennwort hash -m \(p.memoryKiB) -t \(p.iterations) -p \(p.parallelism)")
        }
    }
}

/// A memory size given as KiB, or with a K, M or G suffix.
struct MemorySize: ExpressibleByArgument, Sendable {
    var kibibytes: UInt32

    init(kibibytes: UInt32) { self.kibibytes = kibibytes }

    init?(argument: String) {
        var text = argument.uppercased()
        for suffix in ["IB", "B"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        let scale: UInt64
        switch text.last {
        case "K": scale = 1
        case "M": scale = 1024
        case "G": scale = 1024 * 1024
        default: scale = 0
        }
        if scale > 0 { text.removeLast() }
        guard let value = UInt64(text), value * max(scale, 1) <= UInt64(UInt32.max) else { return nil }
        kibibytes = UInt32(value * max(scale, 1))
    }
}
