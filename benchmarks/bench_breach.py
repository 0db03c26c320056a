#!/usr/bin/env python3
"""Breach-list benchmark: import speed, bytes per entry, lookups/s vs `look`, and import memory.

usage: .build-venv/bin/python benchmarks/bench_breach.py [ENTRIES]   (default 5,000,000)

Generates a Have I Been Pwned-format file of ENTRIES random SHA-1 lines, imports it with
`kennwort breach import` (peak RSS measured), prints import MB/s and bytes per entry, then
Kennwort's lookups per second (in process, one core) against `look` (bsdextrautils: binary
search in sorted text; one process per lookup, as it is used) over the same entries. Pass
20000000 to check the memory bound of issue 8 (RSS ≤ 256 MB).
"""
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release")


def main():
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "hibp.txt")
        hashes = []
        with open(source, "w") as f:
            for index in range(entries):
                h = "%040X" % rng.getrandbits(160)
                if index < 20000:
                    hashes.append(h)
                f.write(f"{h}:{rng.randint(1, 100000)}\r\n")
        size = os.path.getsize(source)
        output = os.path.join(folder, "list.kwb")
        start = time.perf_counter()
        subprocess.run([os.path.join(BIN, "kennwort"), "breach", "import", source, "-o", output], check=True, capture_output=True)
        seconds = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stats = subprocess.run([os.path.join(BIN, "kennwort"), "breach", "stats", output], capture_output=True, text=True).stdout
        print(f"import: {entries:,} entries, {size / 1048576:.0f} MB in {seconds:.1f} s = {size / 1048576 / seconds:.0f} MB/s "
              f"(goal ≥ 100 MB/s), peak RSS {rss:.0f} MB (goal ≤ 256 MB)")
        print("list:   " + stats.strip().replace("\n", "; "))
        run = subprocess.run(["taskset", "-c", "0", os.path.join(BIN, "kennwort-bench"), "breach-lookup", output, "2000000"],
                             capture_output=True, text=True, check=True)
        ours = json.loads(run.stderr)["perSecond"]
        sorted_text = os.path.join(folder, "sorted.txt")
        subprocess.run(f"cut -c1-40 {source} | LC_ALL=C sort > {sorted_text}", shell=True, check=True)
        probes = hashes[:300] + ["%040X" % rng.getrandbits(160) for _ in range(300)]
        start = time.perf_counter()
        for probe in probes:
            subprocess.run(["look", probe, sorted_text], capture_output=True)
        look_rate = len(probes) / (time.perf_counter() - start)
        print(f"lookups: kennwort {ours:,.0f}/s (goal ≥ 1,000,000/s), look {look_rate:,.0f}/s, ratio {ours / look_rate:,.0f}x")


main()
