#!/usr/bin/env python3
"""Writes the seed corpora in Fuzz/Corpus/, one folder per target (run from the repository root).

The seeds are committed; run this again only to change them. Breach-list seeds are built
with the release `kennwort` binary (`swift build -c release --product kennwort` first).
The first byte of a batch, estimator or breach seed is the target's selector (see its source).
"""
import hashlib
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "Corpus"
FIXTURES = ROOT / "Tests" / "KennwortTests" / "Fixtures"


def write(target, seeds):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    # Inputs the fuzzers found are kept under their own names; only generated seeds are replaced.
    for old in folder.glob("seed-*"):
        old.unlink()
    for index, seed in enumerate(seeds):
        (folder / f"seed-{index:02d}").write_bytes(seed)


def lines(name, count):
    return [line for line in (FIXTURES / name).read_bytes().split(b"\n") if line][:count]


TAG = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
phc = [
    b"$argon2id$v=19$m=16,t=1,p=1$c29tZXNhbHRzYWx0$HSXPvcu39pEoLl2CDGncB1AxPFFjvXVwu5ibyTIZ5tw",
    b"$argon2id$v=19$m=16,t=2,p=2$c29tZXNhbHRzYWx0$S0nqLMFObQw3V1W/SpA/frcw7/PgtdzuS/a6LHtSt9c",
    b"$argon2i$v=19$m=16,t=1,p=1$c29tZXNhbHRzYWx0$I3hPvmcM5DGbIh2VVUbQad08/EHXYeWl/XMJ2S9k+vQ",
    b"$argon2d$v=19$m=16,t=2,p=2$c29tZXNhbHRzYWx0$2e+U0lXkQuOBBq6q1YehyUQy1wogqMipxNLE3gFYPVk",
    b"$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHRzYWx0$KJhmIQ",
    f"$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ${TAG}".encode(),
    f"$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHQ${TAG}".encode(),
    f"$argon2id$v=19$m=65536,t=4294967295,p=1$c29tZXNhbHQ${TAG}".encode(),
    f"$argon2id$v=19$m=65536,t=2,p=16777216$c29tZXNhbHQ${TAG}".encode(),
    f"$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ${TAG}".encode(),
    f"$argon2id$v=19$m=65536,t=2,p=1,keyid=abc$c29tZXNhbHQ${TAG}".encode(),
    f"$argon2id$v=19$m=065536,t=2,p=1$c29tZXNhbHQ${TAG}".encode(),
    b"$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ=$CTFh",
    b"$y$j9T$Zm9vYmFyYmF6$0123456789abcdefghijklmnopqrstuvwxyzABCD",
    b"$6$saltsalt$abc",
    b"!$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHRzYWx0$KJhmIQ",
    b"abcdefghijklm",
]
write("phc", phc)

policy = [path.read_bytes() for folder in ("pwquality", "lint") for path in sorted((FIXTURES / folder).glob("*.conf"))]
policy += [b"preset = bsi\n", b"preset = nist\nmin_length_by_classes = 25,20,12,8\nmfa = 1\n",
           b"enforce_for_root\nretry = 3\nbadwords = Firma Kennwort\ndictpath = /usr/share/dict\n",
           b"minlen = 12\r\ndcredit = -1\r\n"]
write("policy", policy)

# Batch: selector % 3 is the format (0 lines, 1 user-password, 2 csv), selector / 3 % 64 + 1 the line limit.
def batch(format_index, limit, body):
    return bytes([(limit - 1) * 3 + format_index]) + body

shadow = b"\n".join(lines("shadow-audit.txt", 12)) + b"\n"
words = b"\n".join(lines("small-list.txt", 20)) + b"\n"
csv = (b"user,password,name,birthdate,old_password\n"
       b"anna,Sommer2024!,Anna M\xc3\xbcller,1990-05-17,Winter2023!\n"
       b"\"bernd, jr\",\"pass\"\"word\",,,\n"
       b"carla,\"unterminated\n"
       b"dieter,too,many,fields,here,now\n")
write("batch", [
    batch(0, 64, words), batch(0, 8, b"abc\r\nabcdefgh\r\nabcdefghi\n\n\xff\xfe\x00x\nlast"),
    batch(1, 64, shadow), batch(1, 16, b"anna:Geheim1\r\nno-colon\n:empty-user\nuser:\n"),
    batch(2, 64, csv), batch(2, 40, b"password\nabc\n\"q\"\"uote\"\n"),
    batch(2, 64, b"PASSWORD,User\nx,y\n"), batch(0, 1, b"\r\n\r\r\n\n"),
])

estimator = [bytes([selector]) + password for selector, password in enumerate(
    lines("zxcvbn-test-passwords.txt", 24) + lines("german-weak.txt", 12))]
estimator += [b"\x00Anna1990!\x00anna\x00Anna1989!", b"\x81" + b"a" * 300, b"\x02" + "Müller-Lüdenscheidt".encode(),
              b"\x03\xff\xfe\xfd", b"\x04Sommer2024\x00sommer", b"\x05" + "🔑🔑🔑🔑 Passwort".encode()]
write("estimator", estimator)

# Breach: selector bit 0 imports the rest (bit 2: as plain text); else the rest is opened as a list
# (bit 1: the harness makes the header consistent first).
plain = words + b"Passwort1\r\npasswort1\n\n"
hibp = b"".join(hashlib.sha1(word).hexdigest().upper().encode() + b":%d\r\n" % (index * 7 + 1)
                for index, word in enumerate(lines("small-list.txt", 10)))
breach = [b"\x05" + plain, b"\x0d" + plain, b"\x01" + hibp, b"\x09" + hibp[:-20], b"\x01" + b"not hex:1\n"]
kennwort = ROOT / ".build" / "release" / "kennwort"
if kennwort.exists():
    with tempfile.TemporaryDirectory() as folder:
        for index, (source, extra) in enumerate([(plain, []), (hibp, ["--keep-counts"])]):
            source_path, list_path = pathlib.Path(folder, f"s{index}.txt"), pathlib.Path(folder, f"l{index}.kwb")
            source_path.write_bytes(source)
            subprocess.run([str(kennwort), "breach", "import", str(source_path), "-o", str(list_path)] + extra,
                           check=True, capture_output=True)
            data = list_path.read_bytes()
            breach += [b"\x00" + data, b"\x02" + data, b"\x00" + data[:100], b"\x02" + data[:64] + b"\xff" * 64]
breach += [b"\x00KWBRCH01" + b"\x00" * 56, b"\x02" + b"\x00" * 200]
write("breach", breach)
