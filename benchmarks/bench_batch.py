#!/usr/bin/env python3
"""Batch benchmark: `kennwort batch` vs cracklib-check vs python3-pwquality vs pwqcheck --multi.

usage: .build-venv/bin/python benchmarks/bench_batch.py [--rss-lines N] [--rounds R]

Same mixed corpus for all, in one run: John's list, 5,000 random strong passwords, the
German weak set and 2,000 passphrases, repeated to about 20,000 lines. Prints passwords per
second and Kennwort's ratio to each (Kennwort with every check on: --all-reasons). Every tool
runs R times (default 3), the rounds interleaved so that a busy spell of the machine hits all
tools alike; each rate is the median of its rounds, and the range is shown too. Two
indented lines show the designs that keep libcrack itself (`--cracklib libcrack`): threads
with libcrack behind one lock, and worker processes. Then the peak RSS of
`kennwort batch --all-reasons` on a generated input of N lines (default 10,000,000, as the
issue asks: about six minutes here; `--rss-lines 1000000` for a quicker look).
"""
import os
import random
import string
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KENNWORT = os.path.join(ROOT, ".build", "release", "kennwort")
ENV = dict(os.environ, XDG_CACHE_HOME=os.path.join(ROOT, ".build", "kennwort-bench-cache"))


def corpus():
    rng = random.SystemRandom()
    john = [l for l in open("/usr/share/john/password.lst", encoding="latin-1").read().split("\n") if l and not l.startswith("#!")]
    strong = ["".join(rng.choice(string.ascii_letters + string.digits + "!#$%&*+-=?@") for _ in range(rng.randint(12, 20))) for _ in range(5000)]
    german = open(os.path.join(ROOT, "Tests/KennwortTests/Fixtures/german-weak.txt"), encoding="utf-8").read().split("\n")[:-1]
    words = [w.strip() for w in open("/usr/share/dict/ngerman", encoding="utf-8") if w.strip().isalpha()]
    phrases = ["-".join(rng.choice(words) for _ in range(4)) for _ in range(2000)]
    lines = john + strong + german + phrases
    while len(lines) < 20000:
        lines += lines[: 20000 - len(lines)]
    rng.shuffle(lines)
    return lines


def timed(command, data, env=None):
    start = time.perf_counter()
    subprocess.run(command, input=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def workers(lines, count):
    """Wall time of `count` single-threaded processes on equal shares: the best a worker pool can do."""
    shares = [lines[index::count] for index in range(count)]
    start = time.perf_counter()
    running = []
    for share in shares:
        process = subprocess.Popen(
            [KENNWORT, "batch", "--all-reasons", "--summary", "none", "--jobs", "1", "--cracklib", "libcrack"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        running.append((process, ("\n".join(share) + "\n").encode("utf-8")))
    for process, data in running:
        process.communicate(data)
    return time.perf_counter() - start


def main():
    rss_lines = int(sys.argv[sys.argv.index("--rss-lines") + 1]) if "--rss-lines" in sys.argv else 10_000_000
    lines = corpus()
    data = ("\n".join(lines) + "\n").encode("utf-8")
    subprocess.run([KENNWORT, "dict", "build"], env=ENV, capture_output=True, check=True)
    n = len(lines)
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 3
    script = "import pwquality,sys\ns=pwquality.PWQSettings(); s.read_config()\nfor l in sys.stdin.read().split('\\n')[:-1]:\n  try: s.check(l)\n  except pwquality.PWQError: pass\n"
    tools = {
        "kennwort batch --all-reasons": lambda: timed([KENNWORT, "batch", "--all-reasons", "--summary", "none"], data, ENV),
        "kennwort batch (early exit)": lambda: timed([KENNWORT, "batch", "--summary", "none"], data, ENV),
        # The two designs the issue asked to compare, with libcrack itself doing cracklib's part:
        # threads with libcrack confined behind one lock, and worker processes (one libcrack each).
        "  libcrack behind a lock, threads": lambda: timed(
            [KENNWORT, "batch", "--all-reasons", "--summary", "none", "--cracklib", "libcrack"], data, ENV),
        "  libcrack in worker processes": lambda: workers(lines, os.cpu_count() or 1),
        "cracklib-check": lambda: timed(["cracklib-check"], data),
        "python3-pwquality": lambda: timed(["/usr/bin/python3", "-c", script], data),
        "pwqcheck --multi": lambda: timed(["pwqcheck", "--multi", "-1"], data),
    }
    rates = {name: [] for name in tools}
    for _ in range(rounds):
        for name, run in tools.items():
            rates[name].append(n / run())
    results = {name: sorted(values)[len(values) // 2] for name, values in rates.items()}
    base = results["kennwort batch --all-reasons"]
    print(f"{n} passwords, mixed corpus ({os.cpu_count()} cores), median of {rounds} rounds (range)")
    for name, rate in results.items():
        spread = f"({min(rates[name]):.0f}-{max(rates[name]):.0f})"
        ratio = "" if name.startswith(("kennwort", " ")) else f"  kennwort --all-reasons is {base / rate:.1f}x"
        print(f"  {name:<34}{rate:>8.0f}/s {spread:<14}{ratio}")
    with tempfile.NamedTemporaryFile("wb", delete=False) as big:
        chunk = data
        written = 0
        while written < rss_lines:
            take = lines[: min(len(lines), rss_lines - written)]
            big.write(("\n".join(take) + "\n").encode("utf-8"))
            written += len(take)
        path = big.name
    start = time.perf_counter()
    child = subprocess.Popen([KENNWORT, "batch", path, "--all-reasons", "--summary", "none"],
                             stdout=subprocess.DEVNULL, env=ENV)
    _, _, usage = os.wait4(child.pid, 0)  # this child's own peak, not the largest child's so far
    seconds = time.perf_counter() - start
    os.unlink(path)
    print(f"  peak RSS of kennwort batch --all-reasons on {rss_lines:,} lines: {usage.ru_maxrss / 1024:.1f} MB "
          f"(goal ≤ 64 MB), {rss_lines / seconds:.0f} lines/s")


if __name__ == "__main__":
    main()
