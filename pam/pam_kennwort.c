// pam_kennwort.so: see pam_kennwort.h for the design.
//
// Options: retry=N (default 3), policy=NAME|FILE, lang=de|en, enforce_for_root,
// debug, helper=/absolute/path. use_authtok, use_first_pass, try_first_pass and
// authtok_type= are read by pam_get_authtok itself.
#define _GNU_SOURCE
#include "pam_kennwort.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <security/pam_ext.h>
#include <security/pam_modules.h>

#define KW_EXPORT __attribute__((visibility("default")))

struct options {
    int retry;
    int enforce_for_root;
    int debug;
    int use_authtok;
    const char *helper;
    const char *policy;
    const char *lang;
};

enum verdict { VERDICT_ACCEPTED, VERDICT_REJECTED, VERDICT_FAILED };

static void parse_options(pam_handle_t *pamh, int argc, const char **argv, struct options *options) {
    memset(options, 0, sizeof *options);
    options->retry = 3;
    options->helper = PAM_KENNWORT_DEFAULT_HELPER;
    for (int index = 0; index < argc; index++) {
        const char *argument = argv[index];
        if (strncmp(argument, "retry=", 6) == 0) {
            char *end = NULL;
            long value = strtol(argument + 6, &end, 10);
            if (end && *end == '\0' && value >= 1 && value <= 10) options->retry = (int)value;
            else pam_syslog(pamh, LOG_ERR, "retry must be 1 to 10, not %s; using 3", argument + 6);
        } else if (strcmp(argument, "enforce_for_root") == 0) {
            options->enforce_for_root = 1;
        } else if (strcmp(argument, "debug") == 0) {
            options->debug = 1;
        } else if (strncmp(argument, "helper=", 7) == 0) {
            options->helper = argument + 7;
        } else if (strncmp(argument, "policy=", 7) == 0) {
            options->policy = argument + 7;
        } else if (strncmp(argument, "lang=", 5) == 0) {
            options->lang = argument + 5;
        } else if (strcmp(argument, "use_authtok") == 0) {
            options->use_authtok = 1;
        } else if (strcmp(argument, "use_first_pass") == 0 || strcmp(argument, "try_first_pass") == 0 ||
                   strncmp(argument, "authtok_type=", 13) == 0) {
            // Handled by pam_get_authtok.
        } else {
            pam_syslog(pamh, LOG_ERR, "unknown option: %s", argument);
        }
    }
}

static int lang_is_german(const struct options *options) {
    return options->lang == NULL || strcmp(options->lang, "en") != 0;
}

static long long now_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

static int send_all(int descriptor, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t sent = send(descriptor, bytes, count, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR) continue;
        if (sent <= 0) return -1;
        bytes += sent;
        count -= (size_t)sent;
    }
    return 0;
}

// The child: stdin the socket, stdout the pipe, stderr /dev/null, a clean environment.
static void exec_helper(const struct options *options, const char *user, int input, int output) {
    int null = open("/dev/null", O_WRONLY);
    if (input != STDIN_FILENO && dup2(input, STDIN_FILENO) < 0) _exit(70);
    if (output != STDOUT_FILENO && dup2(output, STDOUT_FILENO) < 0) _exit(70);
    if (null < 0 || dup2(null, STDERR_FILENO) < 0) _exit(70);
    closefrom(3);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (int signal_number = 1; signal_number < NSIG; signal_number++) signal(signal_number, SIG_DFL);
    // passwd is set-uid root: run the helper as root throughout, so the user cannot signal or trace it.
    if (geteuid() == 0 && (setgroups(0, NULL) != 0 || setgid(0) != 0 || setuid(0) != 0)) _exit(70);
    const char *argv[12];
    int count = 0;
    argv[count++] = options->helper;
    argv[count++] = "enforce";
    argv[count++] = "--stdin-format";
    argv[count++] = "pam";
    argv[count++] = "--user";
    argv[count++] = user;
    if (options->policy) { argv[count++] = "--policy"; argv[count++] = options->policy; }
    if (options->lang) { argv[count++] = "--lang"; argv[count++] = options->lang; }
    argv[count] = NULL;
    char *const environment[] = {"PATH=/usr/sbin:/usr/bin:/sbin:/bin", NULL};
    execve(options->helper, (char *const *)argv, environment);
    _exit(127);
}

// Runs the helper on one new password; fills `output` with its stdout (NUL-terminated).
static enum verdict run_helper(pam_handle_t *pamh, const struct options *options, const char *user,
                               const char *new_token, const char *old_token, char *output, size_t capacity) {
    int input[2], pipe_fds[2];
    output[0] = '\0';
    if (options->helper[0] != '/') {
        pam_syslog(pamh, LOG_ERR, "helper= must be an absolute path");
        return VERDICT_FAILED;
    }
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input) != 0) return VERDICT_FAILED;
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
        close(input[0]);
        close(input[1]);
        return VERDICT_FAILED;
    }
    pid_t child = fork();
    if (child == 0) exec_helper(options, user, input[1], pipe_fds[1]);
    close(input[1]);
    close(pipe_fds[1]);
    if (child < 0) {
        close(input[0]);
        close(pipe_fds[0]);
        pam_syslog(pamh, LOG_ERR, "fork failed: %m");
        return VERDICT_FAILED;
    }
    // The helper reads everything before it answers; the little we send fits the socket buffer.
    if (send_all(input[0], new_token, strlen(new_token) + 1) != 0 ||
        send_all(input[0], old_token ? old_token : "", (old_token ? strlen(old_token) : 0) + 1) != 0) {
        pam_syslog(pamh, LOG_ERR, "cannot write to the helper");
    }
    shutdown(input[0], SHUT_WR);
    close(input[0]);
    size_t used = 0;
    int timed_out = 0;
    long long deadline = now_ms() + PAM_KENNWORT_TIMEOUT_MS;
    for (;;) {
        long long left = deadline - now_ms();
        if (left <= 0) { timed_out = 1; break; }
        struct pollfd wait_for = {pipe_fds[0], POLLIN, 0};
        int ready = poll(&wait_for, 1, (int)left);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) { timed_out = ready == 0; break; }
        char chunk[512];
        ssize_t got = read(pipe_fds[0], chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        size_t keep = (size_t)got < capacity - 1 - used ? (size_t)got : capacity - 1 - used;
        memcpy(output + used, chunk, keep);
        used += keep;
    }
    output[used] = '\0';
    close(pipe_fds[0]);
    if (timed_out) {
        kill(child, SIGKILL);
        pam_syslog(pamh, LOG_ERR, "the helper took longer than %d ms", PAM_KENNWORT_TIMEOUT_MS);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            pam_syslog(pamh, LOG_ERR, "waitpid failed: %m");
            return VERDICT_FAILED;
        }
    }
    if (timed_out) return VERDICT_FAILED;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return VERDICT_ACCEPTED;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 1) return VERDICT_REJECTED;
    if (WIFEXITED(status)) pam_syslog(pamh, LOG_ERR, "%s exited with status %d", options->helper, WEXITSTATUS(status));
    else pam_syslog(pamh, LOG_ERR, "%s ended by signal %d", options->helper, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return VERDICT_FAILED;
}

// Shows each line of the helper's output as one message.
static void show_lines(pam_handle_t *pamh, char *text, int as_error) {
    char *saved = NULL;
    for (char *line = strtok_r(text, "\n", &saved); line; line = strtok_r(NULL, "\n", &saved)) {
        for (char *cursor = line; *cursor; cursor++) {
            if ((unsigned char)*cursor < 0x20 || *cursor == 0x7f) *cursor = ' ';
        }
        if (as_error) pam_error(pamh, "%s", line);
        else pam_info(pamh, "%s", line);
    }
}

KW_EXPORT int pam_sm_chauthtok(pam_handle_t *pamh, int flags, int argc, const char **argv) {
    // Like pam_pwquality: nothing to check before the new password is asked for.
    if (flags & PAM_PRELIM_CHECK) return PAM_SUCCESS;
    if (!(flags & PAM_UPDATE_AUTHTOK)) return PAM_SERVICE_ERR;
    struct options options;
    parse_options(pamh, argc, argv, &options);
    const char *user = NULL;
    if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS || user == NULL || user[0] == '\0') {
        pam_syslog(pamh, LOG_ERR, "cannot get the user name");
        return PAM_USER_UNKNOWN;
    }
    const void *old_item = NULL;
    pam_get_item(pamh, PAM_OLDAUTHTOK, &old_item);
    // Root setting another user's password is only advised, unless enforce_for_root.
    int advisory = getuid() == 0 && !options.enforce_for_root && !(flags & PAM_CHANGE_EXPIRED_AUTHTOK);
    int tries = options.use_authtok ? 1 : options.retry;
    char output[PAM_KENNWORT_MAX_OUTPUT];
    for (int attempt = 1; attempt <= tries; attempt++) {
        const char *new_token = NULL;
        int result = pam_get_authtok_noverify(pamh, &new_token, NULL);
        if (result != PAM_SUCCESS || new_token == NULL) {
            if (options.debug) pam_syslog(pamh, LOG_DEBUG, "no new password: %s", pam_strerror(pamh, result));
            return result == PAM_SUCCESS ? PAM_AUTHTOK_ERR : result;
        }
        enum verdict verdict = run_helper(pamh, &options, user, new_token, (const char *)old_item, output, sizeof output);
        if (options.debug) pam_syslog(pamh, LOG_DEBUG, "attempt %d: verdict %d", attempt, (int)verdict);
        if (verdict == VERDICT_FAILED) {
            explicit_bzero(output, sizeof output);
            pam_set_item(pamh, PAM_AUTHTOK, NULL);
            if (!(flags & PAM_SILENT)) {
                pam_error(pamh, "%s", lang_is_german(&options)
                    ? "Das neue Passwort kann nicht geprüft werden; bitte wenden Sie sich an die Administration."
                    : "The new password cannot be checked; please contact your administrator.");
            }
            return PAM_SYSTEM_ERR;
        }
        if (!(flags & PAM_SILENT)) show_lines(pamh, output, verdict == VERDICT_REJECTED);
        if (verdict == VERDICT_ACCEPTED || advisory) {
            result = pam_get_authtok_verify(pamh, &new_token, NULL);
            if (result == PAM_SUCCESS) return PAM_SUCCESS;
            pam_syslog(pamh, LOG_NOTICE, "the retyped password does not match: %s", pam_strerror(pamh, result));
            pam_set_item(pamh, PAM_AUTHTOK, NULL);
            if (result != PAM_AUTHTOK_RECOVERY_ERR) return result;
            continue;
        }
        pam_set_item(pamh, PAM_AUTHTOK, NULL);
    }
    return PAM_AUTHTOK_ERR;
}
