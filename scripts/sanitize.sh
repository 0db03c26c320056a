#!/usr/bin/env bash
# Runs the test suite under a sanitizer:
#   scripts/sanitize.sh address [FILTER [SKIP]]   AddressSanitizer with LeakSanitizer
#   scripts/sanitize.sh thread  [FILTER [SKIP]]   ThreadSanitizer
# FILTER and SKIP go to `swift test --filter` and `--skip`; without FILTER, the whole suite runs.
# Each sanitizer builds into its own folder, .build-asan or .build-tsan (an optimized build with
# -enable-testing, as the main suite, so the instrumented suite runs in minutes); the CLI
# tests run the `kennwort` built there, so the binary is checked too (Tests/Support/ProcessRunner.swift
# passes it the options below).
#
# Leaks: LeakSanitizer is on in the test process, which runs the library; only XCTest's own
# async machinery, which leaks at exit, is suppressed: exactly `leak:libXCTest.so` and
# `leak:XCTest`. The tests start programs with posix_spawn, not Foundation's Process, which
# leaks under LeakSanitizer. In the `kennwort` processes the CLI tests start, AddressSanitizer
# catches memory errors but leak detection is off (KENNWORT_CHILD_ASAN_OPTIONS): on a usage
# error swift-argument-parser exits from deep inside its parser and LSan reports what was
# still in flight as lost. scripts/valgrind.sh checks the binary for definite leaks instead.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"

kind=${1:?usage: scripts/sanitize.sh address|thread [FILTER [SKIP]]}
filter=${2:-}
skip=${3:-}
case "$kind" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "usage: scripts/sanitize.sh address|thread [FILTER [SKIP]]" >&2; exit 64 ;;
esac

suppressions=$(mktemp)
trap 'rm -f "$suppressions"' EXIT
printf 'leak:libXCTest.so\nleak:XCTest\n' > "$suppressions"
export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export KENNWORT_CHILD_ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export TSAN_OPTIONS="halt_on_error=1"
# The sanitizer runtimes need the dynamic loader: no static kennwort-helper here (Package.swift).
export KENNWORT_HELPER_LINK=dynamic
# A crash report from the backtracer can take minutes; the sanitizer's own report is enough.
export SWIFT_BACKTRACE="enable=no"

build=(--scratch-path "$scratch" -c release -Xswiftc -enable-testing --sanitize="$kind")
args=("${build[@]}")
[ -n "$filter" ] && args+=(--filter "$filter")
[ -n "$skip" ] && args+=(--skip "$skip")
started=$SECONDS
swift build "${build[@]}" --build-tests >&2
echo "sanitize: $kind build took $((SECONDS - started)) s" >&2
started=$SECONDS
status=0
swift test "${args[@]}" || status=$?
echo "sanitize: $kind tests took $((SECONDS - started)) s, exit $status" >&2
exit "$status"
