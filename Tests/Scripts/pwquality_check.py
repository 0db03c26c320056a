#!/usr/bin/env python3
"""libpwquality's side of Kennwort's policy parity tests.

usage: pwquality_check.py CONFIG [USER] < passwords

Reads one password per line (UTF-8) and prints 1 (accepted) or 0 (rejected) per line,
judged by python3-pwquality with the settings of CONFIG, as pam_pwquality would.
"""
import sys

import pwquality

settings = pwquality.PWQSettings()
settings.read_config(sys.argv[1])
user = sys.argv[2] if len(sys.argv) > 2 else None
out = []
for line in sys.stdin.buffer.read().decode("utf-8").split("\n")[:-1]:
    try:
        settings.check(line, None, user)
        out.append("1")
    except pwquality.PWQError:
        out.append("0")
print("\n".join(out))
