#!/usr/bin/env bash
# The two entry points the README opens with:
#   ./dev.sh check [OPTIONS]   set up, build, then run an interactive `kennwort check`
#   ./dev.sh test              set up, build, then run the whole test suite
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
    swift test "${BUILD_FLAGS[@]}" "$@"
    # The bad-input and cracklib suites again under AddressSanitizer (debug build, own folder).
    # The parity test is skipped there: Foundation's Process leaks a weak reference under LSan.
    scripts/sanitize.sh address 'CracklibTests|InputValidationTests|SecretReaderTests|PasswordCheckerTests' 'parityWithCracklibCheck'
    ;;
  *)
    echo "usage: ./dev.sh check [kennwort check options] | ./dev.sh test [swift test options]" >&2
    exit 64
    ;;
esac
