#!/usr/bin/env bash
# Installs Kennwort: `kennwort` in $PREFIX/bin, kennwort-helper in $PREFIX/libexec/kennwort,
# pam_kennwort.so in the system's PAM module folder, the word lists, man pages, shell
# completions and an example /etc/kennwort/policy.conf (an existing one is kept).
#
#   sudo scripts/install.sh                 # PREFIX=/usr/local
#   PREFIX=/opt/kennwort DESTDIR=/tmp/stage scripts/install.sh --no-build
#
# It prints the lines for /etc/pam.d/ but never changes PAM's configuration itself.
# PAM_MODULE_DIR overrides the detected module folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
BUILD_FLAGS=(-c release -Xswiftc -enable-testing)

if [ "${1:-}" != "--no-build" ]; then
  swift build "${BUILD_FLAGS[@]}" >&2
  swift build "${BUILD_FLAGS[@]}" --product generate-manual >&2
  scripts/build-pam.sh >/dev/null
fi
bin=.build/release

# Debian: /lib/<multiarch>/security; elsewhere wherever pam_unix.so lives.
if [ -z "${PAM_MODULE_DIR:-}" ]; then
  if command -v dpkg-architecture >/dev/null 2>&1; then
    PAM_MODULE_DIR=/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/security
  else
    unix=$(ls /lib/*/security/pam_unix.so /lib*/security/pam_unix.so /usr/lib*/security/pam_unix.so /usr/lib/*/security/pam_unix.so 2>/dev/null | head -n 1)
    [ -n "$unix" ] || { echo "install: cannot find pam_unix.so; set PAM_MODULE_DIR" >&2; exit 69; }
    PAM_MODULE_DIR=$(dirname "$unix")
  fi
fi

for file in "$bin/kennwort" "$bin/kennwort-helper" .build/pam/pam_kennwort.so; do
  [ -f "$file" ] || { echo "install: $file is missing; run without --no-build" >&2; exit 66; }
done

stage() { echo "$DESTDIR$1"; }
install -d "$(stage "$PREFIX/bin")" "$(stage "$PREFIX/libexec/kennwort")" "$(stage "$PAM_MODULE_DIR")" \
  "$(stage "$PREFIX/share/kennwort")" "$(stage "$PREFIX/share/man/man1")" "$(stage "$PREFIX/share/man/man8")" \
  "$(stage "$PREFIX/share/bash-completion/completions")" "$(stage "$PREFIX/share/zsh/site-functions")" \
  "$(stage "$PREFIX/share/fish/vendor_completions.d")" "$(stage /etc/kennwort)"
install -m 0755 "$bin/kennwort" "$(stage "$PREFIX/bin/kennwort")"
install -m 0755 "$bin/kennwort-helper" "$(stage "$PREFIX/libexec/kennwort/kennwort-helper")"
install -m 0644 .build/pam/pam_kennwort.so "$(stage "$PAM_MODULE_DIR/pam_kennwort.so")"
rm -rf "$(stage "$PREFIX/share/kennwort/wordlists")"
cp -R wordlists "$(stage "$PREFIX/share/kennwort/wordlists")"
chmod -R u=rwX,go=rX "$(stage "$PREFIX/share/kennwort/wordlists")"

# Man pages: kennwort's from ArgumentParser, the helper's and the module's written by hand.
manual=$(mktemp -d)
trap 'rm -rf "$manual"' EXIT
if [ -x "$bin/generate-manual-tool" ]; then
  "$bin/generate-manual-tool" "$bin/kennwort" --multi-page -o "$manual" >&2
  install -m 0644 "$manual"/*.1 "$(stage "$PREFIX/share/man/man1")"
else
  echo "install: generate-manual-tool not built; kennwort's man pages skipped (run without --no-build)" >&2
fi
install -m 0644 man/kennwort-helper.8 man/pam_kennwort.8 "$(stage "$PREFIX/share/man/man8")"

"$bin/kennwort" --generate-completion-script bash >"$(stage "$PREFIX/share/bash-completion/completions/kennwort")"
"$bin/kennwort" --generate-completion-script zsh >"$(stage "$PREFIX/share/zsh/site-functions/_kennwort")"
"$bin/kennwort" --generate-completion-script fish >"$(stage "$PREFIX/share/fish/vendor_completions.d/kennwort.fish")"

if [ ! -e "$(stage /etc/kennwort/policy.conf)" ]; then
  { echo "# Kennwort's policy (the BSI preset); see \`kennwort policy show\` and the README."
    "$bin/kennwort" policy show bsi; } >"$(stage /etc/kennwort/policy.conf)"
  chmod 0644 "$(stage /etc/kennwort/policy.conf)"
fi
if [ ! -e "$(stage /etc/kennwort/helper.conf)" ]; then
  printf '# kennwort-helper: the language of its messages (PAM gives it no LANG): de or en.\nlang = de\n' \
    >"$(stage /etc/kennwort/helper.conf)"
  chmod 0644 "$(stage /etc/kennwort/helper.conf)"
fi

# Build the word data now, as root, so no login pays for it (it lands in /var/cache/kennwort).
if [ -z "$DESTDIR" ] && [ "$(id -u)" -eq 0 ]; then
  env -u XDG_CACHE_HOME "$PREFIX/bin/kennwort" dict build >/dev/null
fi

echo "Installed under ${DESTDIR:-}$PREFIX; PAM module in ${DESTDIR:-}$PAM_MODULE_DIR." >&2
echo "Nothing in /etc/pam.d/ was changed. To use Kennwort with PAM, add these lines:" >&2
echo
"$(stage "$PREFIX/libexec/kennwort/kennwort-helper")" --print-pam-config | sed "s|$DESTDIR$PREFIX|$PREFIX|g"
