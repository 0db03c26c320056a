#!/usr/bin/env python3
"""Estimator benchmark: Kennwort vs zxcvbn (Python) vs zxcvbn-rs, same corpora, one run.

usage: .build-venv/bin/python benchmarks/bench_estimator.py   (after ./dev.sh test)

Corpora: John the Ripper's password.lst, the German weak set (test fixture), 5,000 random
12-20 character passwords with 3+ classes, 2,000 passphrases of 4-5 random ngerman words.
Prints passwords per second on one core, Kennwort's ratio to each peer, and each tool's
share of scores below 3. Then Kennwort's time for one 10,000-character password and the
median cold start of `kennwort check` (goals: under 50 ms and under 30 ms).
"""
import glob
import json
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release")
CACHE = os.path.join(ROOT, ".build", "kennwort-bench-cache")


def corpora(folder):
    rng = random.SystemRandom()
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    randoms = []
    while len(randoms) < 5000:
        pw = "".join(rng.choice("".join(classes)) for _ in range(rng.randint(12, 20)))
        if sum(any(c in cl for c in pw) for cl in classes) >= 3:
            randoms.append(pw)
    words = [w.strip() for w in open("/usr/share/dict/ngerman", encoding="utf-8") if w.strip() and "'" not in w]
    phrases = [rng.choice("- ._+#") .join(rng.choice(words) for _ in range(rng.choice([4, 5]))) for _ in range(2000)]
    john = [l for l in open("/usr/share/john/password.lst", encoding="latin-1").read().split("\n") if l and not l.startswith("#!comment")]
    german = open(os.path.join(ROOT, "Tests/KennwortTests/Fixtures/german-weak.txt"), encoding="utf-8").read().split("\n")[:-1]
    result = {}
    for name, items in [("john", john), ("german-weak", german), ("random", randoms), ("passphrases", phrases)]:
        path = os.path.join(folder, name + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(items) + "\n")
        result[name] = (path, items)
    return result


def kennwort(index, path):
    run = subprocess.run(["taskset", "-c", "0", os.path.join(BIN, "kennwort-bench"), "estimate", index, path],
                         check=True, capture_output=True, text=True)
    scores = [int(line.split("\t")[0]) for line in run.stdout.splitlines()]
    return json.loads(run.stderr)["perSecond"], scores


def timed(function, items):
    start = time.perf_counter()
    scores = [function(p) for p in items]
    return len(items) / (time.perf_counter() - start), scores


def main():
    os.sched_setaffinity(0, {0})
    import zxcvbn
    import zxcvbn_rs_py
    env = dict(os.environ, XDG_CACHE_HOME=CACHE)
    subprocess.run([os.path.join(BIN, "kennwort"), "dict", "build"], check=True, capture_output=True, env=env)
    index = glob.glob(os.path.join(CACHE, "kennwort", "dict-*", "estimator.idx"))[0]
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'corpus':<13}{'kennwort/s':>11}{'zxcvbn/s':>10}{'ratio':>7}{'zxcvbn-rs/s':>13}{'ratio':>7}"
              f"   score<3: kennwort / zxcvbn / zxcvbn-rs")
        totals = {"k": 0.0, "z": 0.0, "r": 0.0}
        for name, (path, items) in corpora(folder).items():
            k_rate, k_scores = kennwort(index, path)
            z_rate, z_scores = timed(lambda p: zxcvbn.zxcvbn(p, max_length=1000)["score"], items[:1000])
            r_rate, r_scores = timed(lambda p: int(zxcvbn_rs_py.zxcvbn(p).score), items)
            for key, rate in (("k", k_rate), ("z", z_rate), ("r", r_rate)):
                totals[key] += len(items) / rate
            share = lambda scores: 100 * sum(s < 3 for s in scores) / len(scores)
            print(f"{name:<13}{k_rate:>11.0f}{z_rate:>10.0f}{k_rate / z_rate:>7.1f}{r_rate:>13.0f}{k_rate / r_rate:>7.1f}"
                  f"   {share(k_scores):5.1f}% / {share(z_scores):5.1f}% / {share(r_scores):5.1f}%")
        print(f"{'all (time)':<13}{'':>11}{'':>10}{totals['z'] / totals['k']:>7.1f}{'':>13}{totals['r'] / totals['k']:>7.1f}")
        long_path = os.path.join(folder, "long.txt")
        with open(long_path, "w") as f:
            f.write("".join(random.choice(string.ascii_letters) for _ in range(10_000)) + "\n")
        times = []
        for _ in range(5):
            start = time.perf_counter()
            kennwort(index, long_path)
            times.append(time.perf_counter() - start)
        print(f"one 10,000-character password, whole process: {statistics.median(times) * 1000:.1f} ms (goal < 50 ms)")
    cold = []
    for _ in range(30):
        start = time.perf_counter()
        subprocess.run([os.path.join(BIN, "kennwort"), "check", "--format", "json"], input=b"Sommer2024!",
                       capture_output=True, env=env)
        cold.append(time.perf_counter() - start)
    print(f"cold `kennwort check` of one password, median of 30: {statistics.median(cold) * 1000:.1f} ms (goal < 30 ms)")


main()
