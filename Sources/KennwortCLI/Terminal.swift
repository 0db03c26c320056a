import Glibc
import Kennwort

/// Facts about the process's terminal and environment.
enum Terminal {
    enum Stream {
        case standardOutput, standardError
        var descriptor: Int32 { self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO }
    }

    /// Whether `stream` is a terminal.
    static func isTerminal(_ stream: Stream) -> Bool { isatty(stream.descriptor) == 1 }

    /// Whether to colour `stream`: only a terminal, never with `NO_COLOR` or `TERM=dumb`.
    static func wantsColour(_ stream: Stream) -> Bool {
        let environment = Environment.current
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal(stream)
    }
}

/// The process environment, read once.
enum Environment {
    static let current: [String: String] = {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }()
}

/// sysexits(3) codes used by Kennwort, plus 0 and 1 for verdicts.
enum ExitStatus {
    static let accepted: Int32 = 0
    static let rejected: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let config: Int32 = 78

    /// The exit status for an error code.
    static func forError(_ code: KennwortError.Code) -> Int32 {
        switch code {
        case .dataMissing, .dataCorrupt, .inputUnreadable: noInput
        case .dataInvalid: dataError
        case .inputMalformed: dataError
        case .dataWriteFailed: cannotCreate
        case .configInvalid: config
        case .hashComputationFailed: software
        case .passwordUnusable: dataError
        case let code where code.rawValue.hasPrefix("hash."): dataError
        default: software
        }
    }
}
