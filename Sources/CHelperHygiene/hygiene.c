#include "helper_hygiene.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

// Whether early_start (below) set OPENSSL_ia32cap.
static int set_openssl_ia32cap;

static volatile sig_atomic_t crash_exit = KW_EXIT_CRASH;
static volatile sig_atomic_t alarm_exit = 75;

static void on_fatal(int signal_number) {
    (void)signal_number;
    _exit(crash_exit);
}

static void on_alarm(int signal_number) {
    (void)signal_number;
    _exit(alarm_exit);
}

static int install(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigfillset(&action.sa_mask);
    // SA_RESETHAND is not used: a second fault inside the handler must not dump core either.
    return sigaction(signal_number, &action, NULL);
}

int kw_hygiene_install(int crash_status, int alarm_status, unsigned seconds) {
    int result = 0;
    crash_exit = crash_status;
    alarm_exit = alarm_status;
    if (set_openssl_ia32cap) unsetenv("OPENSSL_ia32cap");
    umask(077);
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) result = -1;
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) result = -1;
    const int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS};
    for (size_t index = 0; index < sizeof fatal / sizeof fatal[0]; index++) {
        if (install(fatal[index], on_fatal) != 0) result = -1;
    }
    if (install(SIGALRM, on_alarm) != 0) result = -1;
    // A writer that goes away must not kill us with SIGPIPE mid-message: write(2) reports EPIPE.
    signal(SIGPIPE, SIG_IGN);
    alarm(seconds);
    return result;
}

int kw_hygiene_dumpable(void) {
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
}

void kw_hygiene_crash(void) {
    raise(SIGSEGV);
}

void kw_log_error(const char *message) {
    openlog("kennwort-helper", LOG_PID, LOG_AUTHPRIV);
    syslog(LOG_ERR, "%s", message);
    closelog();
}

// No CPU probe by libcrypto. Its start-up code (called from .init) runs `cpuid` about ten
// times to pick assembly routines; each traps to the hypervisor on a virtual machine, 0.06 ms
// per start here. The helper hashes one password (SHA-1, for the breach list), for which
// OpenSSL's portable C code is as good: OPENSSL_ia32cap=0 (documented in OPENSSL_ia32cap(3))
// gives that code the capabilities without probing. A value the caller set is kept; ours is
// removed again in kw_hygiene_install.
static void skip_openssl_cpu_probe(void) {
    if (getenv("OPENSSL_ia32cap") == NULL && setenv("OPENSSL_ia32cap", "0", 0) == 0) set_openssl_ia32cap = 1;
}

// argv for the Swift runtime without reading /proc/self/maps.
//
// In a static executable the runtime's CommandLine.cpp finds argv at start-up by parsing
// /proc/self/maps with sscanf: about 7 % of the instructions of a whole check, on every
// login. glibc passes argc and argv to .preinit_array functions, so the helper keeps them here
// and defines the runtime's lookup itself; the linker then never pulls CommandLine.cpp out of
// libswiftCore.a (a second definition would fail the link).
static int saved_argc;
static char **saved_argv;

// .preinit_array runs before the .init section (libcrypto's probe) and every constructor.
static void early_start(int argc, char **argv, char **envp) {
    (void)envp;
    saved_argc = argc;
    saved_argv = argv;
    skip_openssl_cpu_probe();
}

__attribute__((section(".preinit_array"), used)) static void (*const early_start_entry)(int, char **, char **) = early_start;

// The runtime declares it SWIFT_CC(swift), hence swiftcall.
__attribute__((swiftcall)) char **_swift_stdlib_getUnsafeArgvArgc(int *outArgLen) {
    *outArgLen = saved_argc;
    return saved_argv;
}
