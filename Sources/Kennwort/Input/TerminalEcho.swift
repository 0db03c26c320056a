import Glibc

/// The terminal settings to restore if a signal arrives while echo is off.
///
/// On the heap, allocated once: as a global `termios` variable, AddressSanitizer
/// reported the 60-byte store into it as a global-buffer-overflow just past it.
nonisolated(unsafe) private let savedTerminal = UnsafeMutablePointer<termios>.allocate(capacity: 1)
nonisolated(unsafe) private var savedDescriptor: Int32 = -1

/// Turns terminal echo off around a read and always turns it back on.
enum TerminalEcho {
    /// Runs `body` with echo off on `descriptor`, restoring it afterwards.
    ///
    /// SIGINT, SIGTERM, SIGHUP and SIGQUIT restore the terminal, then end the
    /// process as the signal would have.
    ///
    /// - Parameters:
    ///   - descriptor: A terminal file descriptor.
    ///   - body: The read to run while echo is off.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    static func withEchoOff<R>(
        _ descriptor: Int32, _ body: () throws(KennwortError) -> R
    ) throws(KennwortError) -> R {
        var old = termios()
        guard tcgetattr(descriptor, &old) == 0 else { return try body() }
        var quiet = old
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        savedTerminal.pointee = old
        savedDescriptor = descriptor
        let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
        var previous: [sigaction] = []
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreAndReraise
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append(old)
        }
        tcsetattr(descriptor, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(descriptor, TCSAFLUSH, &old)
            savedDescriptor = -1
            for (signal, action) in zip(signals, previous) {
                var action = action
                sigaction(signal, &action, nil)
            }
        }
        return try body()
    }
}

/// Restores the terminal, then re-raises the signal with its default action.
private func restoreAndReraise(_ signal: Int32) {
    if savedDescriptor >= 0 {
        tcsetattr(savedDescriptor, TCSANOW, savedTerminal)
        // Echo was off, so the user's Enter never moved the cursor.
        _ = withUnsafeBytes(of: UInt8(ascii: "\n")) { write(STDERR_FILENO, $0.baseAddress, 1) }
    }
    raise(signal)
}
