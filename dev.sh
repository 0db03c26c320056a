#!/usr/bin/env bash
# The entry points the README opens with (and one for the hardening runs):
#   ./dev.sh check [OPTIONS]   set up, build, then run an interactive `kennwort check`
#   ./dev.sh test              set up, build, then run the whole test suite
#   ./dev.sh hardening [SECS]  fuzz every target SECS seconds (default 30), the whole suite
#                              under ThreadSanitizer and AddressSanitizer, valgrind memcheck
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PATH:/opt/swift/usr/bin"

# One build configuration for both commands, so `check` and `test` share the build.
BUILD_FLAGS=(-c release -Xswiftc -enable-testing)

command=${1:-check}
shift || true
scripts/setup.sh

case "$command" in
  check)
    swift build "${BUILD_FLAGS[@]}" --product kennwort >&2
    exec .build/release/kennwort check "$@"
    ;;
  test)
    swift build "${BUILD_FLAGS[@]}" >&2
    scripts/build-pam.sh >&2   # pam_kennwort.so, plain C; the PAM tests load it
    # The whole suite: library, CLI, helper, PAM end to end, hygiene, faults, bad input.
    swift test "${BUILD_FLAGS[@]}" "$@"
    # Short runs of all six fuzz targets (each checks that coverage is on), then the whole suite
    # again under ThreadSanitizer. The long runs, AddressSanitizer and valgrind are
    # `./dev.sh hardening`; README "Security and reliability" has their figures.
    scripts/fuzz.sh "${KENNWORT_CI_FUZZ_SECONDS:-15}"
    scripts/sanitize.sh thread
    ;;
  hardening)
    # Not in `test`, which runs the short fuzz runs and TSan only: the long runs, the ASan build
    # and valgrind would take CI past its budget (see Fuzz/RESULTS.md for the timings).
    scripts/fuzz.sh "${1:-30}"
    scripts/sanitize.sh thread
    scripts/sanitize.sh address
    scripts/valgrind.sh
    ;;
  *)
    echo "usage: ./dev.sh check [kennwort check options] | ./dev.sh test [swift test options] | ./dev.sh hardening [seconds]" >&2
    exit 64
    ;;
esac
