#!/usr/bin/env bash
# Builds the native PAM module pam/pam_kennwort.c into .build/pam/pam_kennwort.so.
#
# Plain C with libpam, and nothing else: a SwiftPM dynamic library would link the
# Swift runtime into every process that loads PAM (login, sshd, passwd). The module
# runs kennwort-helper for the verdict instead (see the README, "PAM").
# Needs libpam0g-dev (scripts/setup.sh installs it). Usage: scripts/build-pam.sh [OUTPUT]
set -euo pipefail
cd "$(dirname "$0")/.."
output=${1:-.build/pam/pam_kennwort.so}
mkdir -p "$(dirname "$output")"
${CC:-cc} -std=gnu11 -O2 -g -fPIC -shared -fvisibility=hidden \
  -Wall -Wextra -Werror -Wformat=2 -fstack-protector-strong -D_FORTIFY_SOURCE=2 \
  -Wl,-z,relro,-z,now -Wl,--no-undefined \
  -o "$output" pam/pam_kennwort.c -lpam
echo "$output"
