#!/usr/bin/env python3
"""Cold start to verdict: `kennwort-helper enforce` vs `cracklib-check`, one password each.

Usage: .build-venv/bin/python benchmarks/bench_helper.py [RUNS]   (after `swift build -c release`)

Both programs are started RUNS times (default 200) with one password on stdin, interleaved
in the same loop so that machine noise hits both alike, and the median wall time of the
whole process (fork, exec, dynamic loading, checks, exit) is printed. A speed goal is
never a timed test: this is a measurement to run by hand.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELPER = os.path.join(ROOT, ".build", "release", "kennwort-helper")
# (row name, password, extra helper arguments). `enforce` stops at the first rules that reject,
# as cracklib-check stops at its first finding; the last row runs every rule for comparison.
CASES = [
    ("strong", b"Xk9#mQ2!vL7pRt4z", []),
    ("dictionary word", b"Passwort1", []),
    ("  --all-reasons", b"Passwort1", ["--all-reasons"]),
]


def run_once(command, password):
    start = time.perf_counter()
    subprocess.run(command, input=password, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    if not os.access(HELPER, os.X_OK):
        sys.exit(f"build first: {HELPER} is missing (swift build -c release -Xswiftc -enable-testing)")
    user = "root"
    helper = [HELPER, "enforce", "--user", user]
    cracklib = ["cracklib-check"]
    # Warm the page cache and Kennwort's data cache once; cold means a new process, not a cold disk.
    run_once(helper, CASES[0][1])
    print(f"median wall time of one whole process, {runs} interleaved runs each")
    print(f"{'password':<18}{'kennwort-helper':>17}{'cracklib-check':>16}{'ratio':>8}")
    for name, password, extra in CASES:
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(run_once(helper + extra, password))
            theirs.append(run_once(cracklib, password + b"\n"))
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"{name:<18}{a:>14.2f} ms{b:>13.2f} ms{a / b:>7.2f}x")
    print("goal: kennwort-helper no slower than cracklib-check (ratio <= 1.0)")


if __name__ == "__main__":
    main()
