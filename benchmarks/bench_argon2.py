#!/usr/bin/env python3
"""Argon2 benchmark: Kennwort vs the argon2 CLI vs argon2-cffi, in one run, same parameters.

usage: benchmarks/bench_argon2.py [RUNS]     (after ./dev.sh test or swift build -c release)

Prints the median hash time of each tool for rfc9106-low and owasp, the ratios
(above 1.0 means Kennwort is faster), and Kennwort's verify latency per preset.
All three use Debian's libargon2 or their own copy of the reference code; none
is SIMD-optimized unless argon2-cffi's wheel is.
"""
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, ".build", "release", "kennwort-bench")
PRESETS = {"rfc9106-low": (3, 65536, 4), "owasp": (2, 19456, 1)}
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def kennwort(operation, preset, runs):
    out = subprocess.run([BENCH, operation, preset, str(runs)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)["medianMs"]


def argon2_cli(t, m, p, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["argon2", "benchmarksalt", "-id", "-t", str(t), "-k", str(m), "-p", str(p), "-e"],
                       input=b"benchmark-password", check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def argon2_cffi(t, m, p, runs):
    from argon2 import low_level
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        low_level.hash_secret(b"benchmark-password", os.urandom(16), time_cost=t, memory_cost=m,
                              parallelism=p, hash_len=32, type=low_level.Type.ID)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    if not os.path.exists(BENCH):
        subprocess.run(["swift", "build", "-c", "release", "-Xswiftc", "-enable-testing", "--product", "kennwort-bench"],
                       cwd=ROOT, check=True)
    print(f"median of {RUNS} hashes, milliseconds (ratio = peer time / Kennwort time)")
    print(f"{'preset':<14}{'kennwort':>10}{'argon2 CLI':>12}{'ratio':>7}{'argon2-cffi':>13}{'ratio':>7}")
    for name, (t, m, p) in PRESETS.items():
        ours = kennwort("argon2-hash", name, RUNS)
        cli = argon2_cli(t, m, p, RUNS)
        cffi = argon2_cffi(t, m, p, RUNS)
        print(f"{name:<14}{ours:>10.1f}{cli:>12.1f}{cli / ours:>7.2f}{cffi:>13.1f}{cffi / ours:>7.2f}")
    print()
    print("Kennwort verify latency (median, ms):")
    for name in ["testing", "owasp", "rfc9106-low", "rfc9106-high"]:
        runs = 1 if name == "rfc9106-high" else RUNS
        print(f"  {name:<14}{kennwort('argon2-verify', name, runs):>10.1f}")


main()
