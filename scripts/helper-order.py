#!/usr/bin/env python3
"""Writes scripts/kennwort-helper.order: the functions and data a kennwort-helper run touches.

Usage: scripts/helper-order.py [ROUNDS]   (needs valgrind, perf and the dev.sh build setup)

Package.swift hands the file to lld (`--symbol-ordering-file`), which puts those symbols'
sections first in the helper's code and data. A cold start then faults in fewer pages
(measured here: 188 page faults down to about 110 for one check). Names that no longer
exist are ignored by the linker, so a stale file only costs speed; run this again after
larger changes and commit the result. It is a build input, not generated data.

The names come from two sources:
- callgrind (valgrind) lists every function run for each case below, start-up included;
- the helper's own page faults (perf, run natively) name the function or variable on each
  page it touches, including string functions glibc picks for this CPU but not valgrind's.
Each round relinks the helper with the list so far, so that the faults of the next round
reveal what the last one moved out of the way. Names from the previous file that still
exist are kept, so the list is stable.
"""
import bisect
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELPER = os.path.join(ROOT, ".build", "release", "kennwort-helper")
ORDER = os.path.join(ROOT, "scripts", "kennwort-helper.order")
# (arguments, stdin): the paths a login takes.
CASES = [
    (["enforce", "--user", "root"], b"Xk9#mQ2!vL7pRt4z"),
    (["enforce", "--user", "root"], b"Passwort1"),
    (["enforce", "--user", "root", "--all-reasons"], b"Passwort1"),
    (["advise", "--user", "root"], b"Passwort1"),
    (["enforce", "--stdin-format", "pam", "--lang", "en"], b"Korb-Lampe-Wolke-Tinte-94\0Korb-Lampe-Wolke-Tinte-93\0"),
]


def symbols():
    """(address, name) of every function and variable in the helper, sorted."""
    result = []
    for line in subprocess.run(["nm", HELPER], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwWbBdDrRvV":
            result.append((int(parts[0], 16), parts[2]))
    return sorted(result)


def relink():
    """Links the helper again, with the current list (SwiftPM only relinks a missing binary)."""
    binary = os.path.realpath(HELPER)
    if os.path.exists(binary):
        os.remove(binary)
    subprocess.run(["swift", "build", "-c", "release", "-Xswiftc", "-enable-testing", "--product", "kennwort-helper"],
                   cwd=ROOT, stdout=subprocess.DEVNULL, check=True)


def callgrind_names(scratch):
    names = set()
    for number, (arguments, stdin) in enumerate(CASES):
        out = os.path.join(scratch, f"callgrind.{number}")
        subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}", HELPER] + arguments,
                       input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        with open(out, errors="replace") as file:
            for line in file:
                match = re.match(r"c?fn=\(\d+\) (.+)", line)
                if match:
                    names.add(match.group(1).strip())
    return names


def fault_names(scratch, table):
    if not shutil.which("perf"):
        print("perf not found: only callgrind's names are used", file=sys.stderr)
        return set()
    addresses = [address for address, _ in table]
    names = set()
    for number, (arguments, stdin) in enumerate(CASES):
        data = os.path.join(scratch, f"faults.{number}")
        subprocess.run(["perf", "record", "-q", "-e", "page-faults", "-c", "1", "-d", "-o", data, HELPER] + arguments,
                       input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        script = subprocess.run(["perf", "script", "-i", data, "-F", "addr"], capture_output=True, text=True, check=False)
        for line in script.stdout.split():
            address = int(line, 16)
            index = bisect.bisect_right(addresses, address) - 1
            if 0 <= index < len(table) - 1 and address < table[index + 1][0]:
                names.add(table[index][1])
    return names


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    first = set(open(ORDER).read().split()) if os.path.exists(ORDER) else set()
    for number in range(rounds):
        relink()
        table = symbols()
        existing = {name for _, name in table}
        previous = set(open(ORDER).read().split()) if os.path.exists(ORDER) else set()
        with tempfile.TemporaryDirectory() as scratch:
            names = fault_names(scratch, table) | (previous & existing)
            if number == 0:
                names |= callgrind_names(scratch)
        names &= existing
        with open(ORDER, "w") as file:
            file.write("\n".join(sorted(names)) + "\n")
        print(f"round {number + 1}: {len(names)} symbols ({len(names - previous)} new)")
    relink()
    print(f"{ORDER}: {len(names)} symbols ({len(names - first)} new, {len(first - names)} dropped)")


if __name__ == "__main__":
    main()
