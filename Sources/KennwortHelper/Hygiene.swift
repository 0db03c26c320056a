internal import CHelperHygiene

/// Process hygiene; the only file that touches the `CHelperHygiene` C shim.
enum Hygiene {
    /// The helper's bound on its own run time; pam_exec never times out.
    static let alarmSeconds: UInt32 = 10

    /// Hardens the process before any secret is read.
    ///
    /// umask 077, no core dumps and not dumpable, silent exits on fatal signals
    /// instead of Swift's backtracer, and an alarm after ``alarmSeconds``.
    ///
    /// - Parameter advisory: `true` in advise mode, where a crash or the alarm exits 0.
    /// - Returns: `false` when a step failed.
    static func install(advisory: Bool) -> Bool {
        let crash = advisory ? ExitCodes.accepted : ExitCodes.crash
        let alarm = advisory ? ExitCodes.accepted : ExitCodes.timeout
        return kw_hygiene_install(crash, alarm, alarmSeconds) == 0 && kw_hygiene_dumpable() == 0
    }

    /// Crashes with SIGSEGV (the hidden `--test-crash`), to test that a crash prints nothing.
    static func crash() { kw_hygiene_crash() }

    /// Logs one line to syslog (authpriv); never a password.
    ///
    /// - Parameter message: The line.
    static func log(_ message: String) { kw_log_error(message) }
}

/// The helper's exit statuses (see `--help`).
enum ExitCodes {
    static let accepted: Int32 = 0
    static let rejected: Int32 = 1
    static let crash: Int32 = 70
    static let timeout: Int32 = 75
}
