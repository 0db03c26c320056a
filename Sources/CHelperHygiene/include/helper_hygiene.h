// Process hygiene for kennwort-helper, done in C because it needs prctl(2)
// (variadic, not importable into Swift) and async-signal-safe handlers.
#ifndef KENNWORT_HELPER_HYGIENE_H
#define KENNWORT_HELPER_HYGIENE_H

/// Exit status after a fatal signal (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP).
#define KW_EXIT_CRASH 70

/// Hardens the process before any secret is read: umask 077, no core dumps
/// (RLIMIT_CORE 0 and not dumpable, which also forbids ptrace by the user),
/// silent handlers for fatal signals that replace Swift's crash backtracer
/// (whose register dump can hold password bytes), and an alarm after
/// `seconds`. Also removes OPENSSL_ia32cap again if the helper's early start set it
/// (see hygiene.c). Returns 0, or -1 when a step failed (errno is set).
///
/// - crash_status: the exit status after a fatal signal (70, or 0 for advise).
/// - alarm_status: the exit status when the alarm fires.
int kw_hygiene_install(int crash_status, int alarm_status, unsigned seconds);

/// Whether the process is dumpable (prctl PR_GET_DUMPABLE): 0 after hygiene.
int kw_hygiene_dumpable(void);

/// Raises SIGSEGV, for the test that proves a crash prints nothing.
void kw_hygiene_crash(void);

/// Logs one line to syslog (LOG_AUTHPRIV, ident "kennwort-helper"); never a password.
void kw_log_error(const char *message);

#endif
