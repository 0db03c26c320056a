#!/usr/bin/env bash
# Installs everything Kennwort needs to build, run and test, and nothing twice.
# The one list of Debian packages; Package.swift names the same ones in `providers:`.
# Safe to run again: it only calls apt-get when a package is missing.
set -euo pipefail

APT_PACKAGES=(
  # Build: the C libraries behind Sources/CCrack and Sources/CArgon2.
  libcrack2-dev
  libargon2-dev
  pkg-config
  # Runtime: cracklib's default dictionary and its word sources.
  cracklib-runtime
  wngerman
  wamerican
  # Tests: peers to compare against, and tools the tests drive.
  john            # /usr/share/john/password.lst
  util-linux      # script(1), for pseudo-terminal tests
)

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

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "setup: add /opt/swift/usr/bin to PATH" >&2
  else
    echo "setup: Swift 6 is required (https://swift.org/install)" >&2
  fi
  exit 69
fi
