#!/usr/bin/env bash
# Installs everything Kennwort needs to build, run and test, and nothing twice.
# The one list of Debian packages; Package.swift names the same ones in `providers:`.
# Safe to run again: it only calls apt-get when a package is missing.
set -euo pipefail

APT_PACKAGES=(
  # Build: the C libraries behind Sources/CCrack and Sources/CArgon2.
  libcrack2-dev
  libssl-dev      # libcrypto: SHA-1 for the breach list (CCrypto)
  libargon2-dev
  pkg-config
  libpam0g-dev    # pam/pam_kennwort.c (scripts/build-pam.sh)
  # Runtime: cracklib's default dictionary and its word sources.
  cracklib-runtime
  wngerman
  wamerican
  # Tests: peers to compare against, and tools the tests drive.
  john            # /usr/share/john/password.lst
  argon2          # the reference argon2 CLI, for interoperability tests
  python3-pwquality  # libpwquality from Python, for policy parity tests
  libpwquality-tools # pwscore, for comparison
  passwdqc        # pwqcheck, for benchmarks
  python3         # drives interoperability tests through the virtualenv below
  python3-venv
  pamtester       # drives the PAM end-to-end tests (Tests/KennwortCLITests/PamTests.swift)
  strace          # HygieneTests: no socket is ever opened
  time            # BadInputTests: /usr/bin/time -f %M, peak RSS of a 1,000,000-line batch
  locales         # FaultTests: verdicts identical under C, C.UTF-8 and de_DE.UTF-8
  valgrind        # scripts/valgrind.sh: memcheck over kennwort check
)

# Python tools for interoperability tests, in a virtualenv inside the checkout
# (Debian's site-packages stay visible, for apt-installed modules).
VENV=.build-venv
PIP_PACKAGES=(argon2-cffi zxcvbn zxcvbn-rs-py)
PIP_MODULES=(argon2 zxcvbn zxcvbn_rs_py)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# FaultTests compare verdicts under de_DE.UTF-8; generate it once (Debian ships only C.UTF-8).
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf8'; then
  echo "setup: generating the de_DE.UTF-8 locale" >&2
  sudo_if_needed sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | sudo_if_needed tee -a /etc/locale.gen >/dev/null
  sudo_if_needed locale-gen >&2
fi

cd "$(dirname "$0")/.."
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
for index in "${!PIP_PACKAGES[@]}"; do
  if ! "$VENV/bin/python" -c "import ${PIP_MODULES[$index]}" 2>/dev/null; then
    echo "setup: pip install ${PIP_PACKAGES[$index]}" >&2
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "${PIP_PACKAGES[$index]}" >&2
  fi
done

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "setup: add /opt/swift/usr/bin to PATH" >&2
  else
    echo "setup: Swift 6 is required (https://swift.org/install)" >&2
  fi
  exit 69
fi
