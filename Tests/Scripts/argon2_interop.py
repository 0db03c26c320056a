#!/usr/bin/env python3
"""argon2-cffi's side of Kennwort's interoperability tests.

usage: argon2_interop.py hash|verify  < JSON

Passwords travel base64-encoded inside the JSON on stdin, never in argv.
hash:   [{"password": B64, "t": N, "m": KiB, "p": N, "type": "id"|"i"|"d"}] -> [PHC string]
verify: [{"password": B64, "hash": PHC}] -> [true|false]
"""
import base64
import json
import os
import sys

from argon2 import low_level
from argon2.exceptions import VerifyMismatchError

TYPES = {"id": low_level.Type.ID, "i": low_level.Type.I, "d": low_level.Type.D}


def type_of(encoded):
    return TYPES[encoded.split("$")[1].removeprefix("argon2")]


def main():
    mode = sys.argv[1]
    items = json.load(sys.stdin)
    out = []
    for item in items:
        password = base64.b64decode(item["password"])
        if mode == "hash":
            salt = os.urandom(16)
            encoded = low_level.hash_secret(
                password, salt, time_cost=item["t"], memory_cost=item["m"], parallelism=item["p"],
                hash_len=32, type=TYPES[item.get("type", "id")])
            out.append(encoded.decode())
        else:
            try:
                out.append(low_level.verify_secret(item["hash"].encode(), password, type_of(item["hash"])))
            except VerifyMismatchError:
                out.append(False)
    json.dump(out, sys.stdout)


main()
