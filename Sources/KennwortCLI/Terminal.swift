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
