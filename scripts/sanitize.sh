#!/usr/bin/env bash
# Runs tests under a sanitizer:
#   scripts/sanitize.sh address [FILTER [SKIP]]   AddressSanitizer (with LeakSanitizer)
#   scripts/sanitize.sh thread  [FILTER [SKIP]]   ThreadSanitizer
# FILTER and SKIP go to `swift test --filter` and `--skip`; without FILTER, the whole suite runs.
# Each sanitizer builds into its own folder, .build-asan or .build-tsan.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"

kind=${1:?usage: scripts/sanitize.sh address|thread [FILTER]}
filter=${2:-}
skip=${3:-}
case "$kind" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "usage: scripts/sanitize.sh address|thread [FILTER]" >&2; exit 64 ;;
esac

# XCTest's own async machinery leaks at exit; suppress exactly that and nothing else.
suppressions=$(mktemp)
trap 'rm -f "$suppressions"' EXIT
printf 'leak:libXCTest.so\nleak:XCTest\n' > "$suppressions"
export LSAN_OPTIONS="suppressions=$suppressions"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export TSAN_OPTIONS="halt_on_error=1"
export SWIFT_BACKTRACE="enable=no"

args=(--scratch-path "$scratch" --sanitize="$kind")
[ -n "$filter" ] && args+=(--filter "$filter")
[ -n "$skip" ] && args+=(--skip "$skip")
swift test "${args[@]}"
