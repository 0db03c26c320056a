import Glibc
import Kennwort

/// Writes to stdout and stderr with write(2): nothing is buffered when the helper exits.
enum Output {
    /// Writes lines to standard output, each ending in a newline.
    ///
    /// - Parameter lines: The lines; never a password.
    static func lines(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        // A loop, not joined(separator:): that generic costs a conformance scan at run time.
        var text = ""
        for line in lines { text += line + "\n" }
        write(STDOUT_FILENO, text)
    }

    /// Writes one diagnostic line to standard error, prefixed with the program's name.
    ///
    /// - Parameter message: The message; never a password.
    static func error(_ message: String) {
        write(STDERR_FILENO, "kennwort-helper: " + message + "\n")
    }

    private static func write(_ descriptor: Int32, _ text: String) {
        writeAll(descriptor, text)
    }
}
