// pam_kennwort.so: Kennwort's policy on password changes, for the `password` stack.
//
// The module asks for the new password with pam_get_authtok (so use_authtok,
// try_first_pass and the retype prompt behave as in pam_pwquality), then runs
// `kennwort-helper enforce --stdin-format pam` and writes "new\0old\0" to its
// standard input over a socket: never in argv or the environment. The helper's
// stdout lines become PAM messages; exit 0 accepts, 1 rejects, anything else
// (missing helper, crash, time-out) fails closed.
#ifndef PAM_KENNWORT_H
#define PAM_KENNWORT_H

/// The helper run when no `helper=` option is given.
#define PAM_KENNWORT_DEFAULT_HELPER "/usr/local/libexec/kennwort/kennwort-helper"

/// How long the module waits for the helper (which bounds itself at 10 s).
#define PAM_KENNWORT_TIMEOUT_MS 15000

/// The most output read from the helper; the rest is drained and dropped.
#define PAM_KENNWORT_MAX_OUTPUT 8192

#endif
