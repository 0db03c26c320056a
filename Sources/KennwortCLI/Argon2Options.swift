import ArgumentParser
import Kennwort

extension Argon2Variant: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument {
        case "id", "argon2id": self = .argon2id
        case "i", "argon2i": self = .argon2i
        case "d", "argon2d": self = .argon2d
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["id", "i", "d"] }
}

/// Choosing Argon2 parameters: a preset, optionally with single values overridden.
struct Argon2Options: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Parameter preset: rfc9106-low (default; t=3, 64 MiB, p=4), rfc9106-high (t=1, 2 GiB, p=4), owasp (t=2, 19 MiB, p=1), testing (tests only).",
        valueName: "name"))
    var preset: String?

    @Option(name: .customShort("t"), help: ArgumentHelp("Passes over memory (overrides the preset).", valueName: "n"))
    var iterations: UInt32?

    @Option(name: .customShort("m"), help: ArgumentHelp("Memory in KiB (overrides the preset).", valueName: "KiB"))
    var memory: UInt32?

    @Option(name: .customShort("p"), help: ArgumentHelp("Lanes (overrides the preset).", valueName: "n"))
    var parallelism: UInt32?

    @Option(help: ArgumentHelp("Argon2 variant: id (default), i or d.", valueName: "type"))
    var type: Argon2Variant?

    func validate() throws {
        if let preset { _ = try Argon2Parameters.validatedPreset(preset) }
        do {
            try parameters.validate()
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The preset's name, for messages.
    var presetName: String { preset ?? "rfc9106-low" }

    /// The chosen parameters.
    var parameters: Argon2Parameters {
        var result = preset.flatMap(Argon2Parameters.preset(named:)) ?? .standard
        if let iterations { result.iterations = iterations }
        if let memory { result.memoryKiB = memory }
        if let parallelism { result.parallelism = parallelism }
        if let type { result.variant = type }
        return result
    }
}

extension Argon2Parameters {
    /// The preset with `name`, or a usage error that lists the presets.
    static func validatedPreset(_ name: String) throws -> Argon2Parameters {
        guard let parameters = preset(named: name) else {
            throw ValidationError("unknown preset '\(name)'; choose one of \(presets.map(\.name).joined(separator: ", "))")
        }
        return parameters
    }
}
