#!/usr/bin/env bash
# Builds Kennwort's libFuzzer targets (Fuzz/) and runs each for a given time, one after another:
#   scripts/fuzz.sh [SECONDS] [TARGET…]     default 60 s each, every folder in Fuzz/Targets
#   FUZZ_RUNS=N scripts/fuzz.sh 0 TARGET    a fixed number of executions instead of a time
#   FUZZ_BUILD=no scripts/fuzz.sh …         skip the build (the binaries are already there)
# Extra libFuzzer flags for a target, if any, are on one line in Fuzz/Corpus/TARGET.options.
# Each target runs on a scratch copy of its seeds (Fuzz/Corpus/TARGET), so the repository's
# corpus never grows; set FUZZ_KEEP=DIR to keep the grown corpora there. Crash, leak, timeout
# and out-of-memory inputs go to Fuzz/artifacts/RUN/ (ignored by git). The script fails when
# a target crashes, leaks, times out, or reports no coverage counters (a build that lost
# `-sanitize=fuzzer` still runs, but blind). It prints one summary line per target.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for folder in Fuzz/Targets/*/; do targets+=("$(basename "$folder")"); done
fi
for target in "${targets[@]}"; do
  [ -d "Fuzz/Targets/$target" ] || { echo "fuzz: no target $target (see Fuzz/Targets)" >&2; exit 64; }
done

# One --sanitize flag only: SwiftPM keeps just one of several, and without `fuzzer` there is no coverage.
build=(swift build --package-path Fuzz -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address)
if [ "${FUZZ_BUILD:-yes}" != no ]; then
  started=$SECONDS
  for target in "${targets[@]}"; do "${build[@]}" --product "fuzz-$target" >&2; done
  echo "fuzz: build took $((SECONDS - started)) s" >&2
fi
bin=$("${build[@]}" --show-bin-path)

run=$(date +%Y%m%d-%H%M%S)
artifacts=Fuzz/artifacts/$run
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"

# The backtracer can hang for minutes after a crash; libFuzzer's own report is enough.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
limit=(-max_total_time="$seconds")
[ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")

failed=()
summaries=()
for target in "${targets[@]}"; do
  corpus=$work/$target
  mkdir -p "$corpus"
  [ -d "Fuzz/Corpus/$target" ] && cp -R "Fuzz/Corpus/$target/." "$corpus/"
  options=()
  [ -f "Fuzz/Corpus/$target.options" ] && read -r -a options < "Fuzz/Corpus/$target.options"
  log=$artifacts/$target.log
  echo "fuzz: $target for ${FUZZ_RUNS:+$FUZZ_RUNS runs}${FUZZ_RUNS:-$seconds s}" >&2
  status=0
  "$bin/fuzz-$target" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" "${options[@]}" "$corpus" > "$log" 2>&1 || status=$?

  counters=$(sed -nE 's/.*Loaded 1 modules +\(([0-9]+) inline 8-bit counters\).*/\1/p' "$log" | head -1)
  executions=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
  speed=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+).*/\1/p' "$log" | tail -1)
  coverage=$(sed -nE 's/^#[0-9]+.* cov: ([0-9]+) ft: ([0-9]+).*/\1/p' "$log" | tail -1)
  crashes=$(find "$artifacts" -name "$target-crash-*" -o -name "$target-leak-*" -o -name "$target-timeout-*" -o -name "$target-oom-*" | wc -l)
  line="$target: ${executions:-0} executions, ${speed:-0} exec/s, coverage ${coverage:-0}, counters ${counters:-0}, crashes $crashes"
  summaries+=("$line")
  if [ "${counters:-0}" -le 0 ]; then
    echo "fuzz: $target reports no coverage counters; built without -sanitize=fuzzer? See $log" >&2
    failed+=("$target")
  elif [ "$status" -ne 0 ] || [ "$crashes" -gt 0 ]; then
    echo "fuzz: $target FAILED (exit $status); see $log and $artifacts/" >&2
    grep -E 'ERROR|==[0-9]+==|fuzz invariant|Fatal error|deadly signal|Test unit written' "$log" | head -20 >&2 || true
    failed+=("$target")
  fi
  if [ -n "${FUZZ_KEEP:-}" ]; then mkdir -p "$FUZZ_KEEP/$target" && cp -R "$corpus/." "$FUZZ_KEEP/$target/"; fi
done

for line in "${summaries[@]}"; do echo "fuzz summary: $line"; done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]} (inputs and logs in $artifacts)" >&2
  exit 1
fi
# Nothing to keep from a clean run but the logs.
echo "fuzz: all ${#targets[@]} targets clean; logs in $artifacts" >&2
