#!/usr/bin/env bash
# Runs `kennwort check` under valgrind memcheck, password on stdin, and fails on any error:
#   scripts/valgrind.sh            build (the dev.sh configuration), then check
#   VALGRIND_BUILD=no scripts/valgrind.sh
# Memory errors and definite leaks count; "possibly lost" and "still reachable" do not
# (the Swift runtime keeps its metadata caches until exit, and valgrind cannot see
# through Swift's tagged pointers, so those two kinds are noise). No suppressions are used.
# `kennwort-helper` is checked the same way (see below for its build).
#
# Debian 12's valgrind (3.19) cannot read the DWARF 5 that Swift 6.3's clang writes for the
# C parts ("unhandled dwarf2 abbrev form code 0x1b") and gives up, so it runs a copy without
# debug info, next to the original (where `wordlists/` is found); the symbol table stays,
# so reports still name functions. A run counts only if valgrind printed its error summary.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"

# The shipped kennwort-helper is a static executable, in which valgrind cannot replace malloc
# and the string functions; it is checked as built for the sanitizers instead (the same code,
# only the Swift runtime linked statically; Package.swift), in a build folder of its own.
helper_build=(swift build --scratch-path .build-valgrind -c release -Xswiftc -enable-testing --product kennwort-helper)
if [ "${VALGRIND_BUILD:-yes}" != no ]; then
  swift build -c release -Xswiftc -enable-testing >&2
  KENNWORT_HELPER_LINK=dynamic "${helper_build[@]}" >&2
fi
bin=$(swift build -c release -Xswiftc -enable-testing --show-bin-path)
helper_bin=$(KENNWORT_HELPER_LINK=dynamic "${helper_build[@]}" --show-bin-path)
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export XDG_CACHE_HOME=$cache LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no
# Build the dictionary outside valgrind: it is the slow part, and not what is checked here.
"$bin/kennwort" dict build >/dev/null

memcheck=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --show-leak-kinds=definite
  --errors-for-leak-kinds=definite --track-origins=yes)
objcopy --strip-debug "$bin/kennwort" "$bin/kennwort.memcheck"
[ -x "$helper_bin/kennwort-helper" ] && objcopy --strip-debug "$helper_bin/kennwort-helper" "$helper_bin/kennwort-helper.memcheck"
failures=0
# Each case: expected exit status, stdin (printf format), arguments.
run() {
  local expected=$1 input=$2
  shift 2
  local status=0 started=$SECONDS
  printf "$input" | "${memcheck[@]}" "$@" > /dev/null 2> "$cache/valgrind.log" || status=$?
  if [ "$status" -ne "$expected" ] || ! grep -q "ERROR SUMMARY: 0 errors from 0 contexts" "$cache/valgrind.log"; then
    echo "valgrind: FAILED ($status, expected $expected): ${*#$bin/}" >&2
    cat "$cache/valgrind.log" >&2
    failures=$((failures + 1))
  else
    echo "valgrind: ok ($status, $((SECONDS - started)) s): ${*#$bin/}" >&2
  fi
}

run 1 'Passwort1' "$bin/kennwort.memcheck" check
run 0 'Zitronen-Falter-Wolke-42' "$bin/kennwort.memcheck" check --format json --lang de
run 1 'anna1990' "$bin/kennwort.memcheck" check --user anna --gecos 'Anna Müller'
run 1 '\377\376invalid' "$bin/kennwort.memcheck" check
run 65 'two\nlines\n' "$bin/kennwort.memcheck" check
run 1 'Sommer2024!' "$bin/kennwort.memcheck" check --policy nist
if [ -x "$helper_bin/kennwort-helper" ]; then
  PAM_USER=anna PAM_TYPE=auth PAM_SERVICE=login run 1 'Passwort1' "$helper_bin/kennwort-helper.memcheck" enforce
  run 0 'Zitronen-Falter-Wolke-42' "$helper_bin/kennwort-helper.memcheck" enforce --user list
fi

if [ "$failures" -gt 0 ]; then
  echo "valgrind: $failures of the runs failed" >&2
  exit 1
fi
echo "valgrind: 0 errors" >&2
