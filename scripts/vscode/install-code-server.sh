#!/usr/bin/env bash
# Installs code-server (the VS Code that the integration tests run in) into a cache folder, once, and reuses it.
#
#   bash scripts/vscode/install-code-server.sh      prints the code-server folder on its last line
#
# Exit codes: 0 ready; 1 the install failed; 3 this machine cannot have it (not Debian, or not root, and something
# is missing): the caller skips the VS Code tier and says why.
set -euo pipefail

readonly VERSION=4.100.3
readonly RIPGREP_CACHE=vscode-ripgrep-cache-1.15.11
readonly RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
readonly EXIT_SKIP=3

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${CODE_SERVER_CACHE:-$ROOT/.cache/code-server}"
TARGET="$CACHE/$VERSION"
PACKAGE="$TARGET/node_modules/code-server"
MARKER="$TARGET/.complete"

say() { printf 'install-code-server: %s\n' "$*" >&2; }
skip() { say "skipped: $*"; exit "$EXIT_SKIP"; }

# Files that exist only when code-server's postinstall and its dependencies' install scripts really ran.
postinstall_artifacts() {
  local vs="$1/lib/vscode"
  printf '%s\n' \
    "$1/out/node/entry.js" \
    "$vs/node_modules.asar" \
    "$vs/extensions/node_modules" \
    "$vs/node_modules/@vscode/ripgrep/bin/rg" \
    "$vs/node_modules/node-pty/build/Release/pty.node" \
    "$vs/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
    "$vs/node_modules/kerberos/build/Release/kerberos.node" \
    "$vs/node_modules/native-watchdog/build/Release/watchdog.node"
}

missing_artifacts() {
  local path
  while read -r path; do
    [ -e "$path" ] || printf '%s\n' "$path"
  done < <(postinstall_artifacts "$1")
}

find_chromium() { command -v chromium || command -v chromium-browser || true; }

has_krb5_headers() { [ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/krb5.h ]; }

# Debian packages that are missing, one per line.
missing_packages() {
  [ -n "$(find_chromium)" ] || echo chromium
  command -v rg >/dev/null || echo ripgrep
  has_krb5_headers || echo libkrb5-dev
  command -v make >/dev/null && command -v g++ >/dev/null || echo build-essential
  command -v python3 >/dev/null || echo python3
}

ensure_system_packages() {
  local missing
  missing="$(missing_packages | tr '\n' ' ')"
  [ -z "${missing// /}" ] && return 0
  [ -r /etc/debian_version ] && command -v apt-get >/dev/null \
    || skip "needs ${missing}and can install them only on Debian (install them, then run again)"
  [ "$(id -u)" = 0 ] || skip "needs ${missing}and installs them only as root (run 'apt-get install ${missing}' as root)"
  say "installing Debian packages: $missing"
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
}

# @vscode/ripgrep's postinstall would download ripgrep; it takes this tarball from its cache in $TMPDIR instead.
seed_ripgrep_cache() {
  local tmp="$1" staging
  staging="$(mktemp -d "$tmp/rg.XXXXXX")"
  cp "$(command -v rg)" "$staging/rg"
  mkdir -p "$tmp/$RIPGREP_CACHE"
  tar -C "$staging" -czf "$tmp/$RIPGREP_CACHE/$RIPGREP_TARBALL" ./rg
  rm -rf "$staging"
}

# npm refuses root postinstalls without unsafe-perm, npx (node-pty's build) asks unless yes=true, and npm 11 lists
# unapproved install scripts: code-server's nested installs need them all, so this one install allows them.
write_install_folder() {
  local dir="$1"
  printf '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }\n' >"$dir/package.json"
  printf 'unsafe-perm=true\nyes=true\nfund=false\naudit=false\n' >"$dir/.npmrc"
}

install_code_server() {
  local staging="$CACHE/.staging-$$"
  rm -rf "$staging" && mkdir -p "$staging/tmp"
  trap 'rm -rf "$staging"' EXIT
  write_install_folder "$staging"
  seed_ripgrep_cache "$staging/tmp"
  say "installing code-server $VERSION into $TARGET (about 2 minutes, once)"
  (cd "$staging" && TMPDIR="$staging/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm_config_dangerously_allow_all_scripts=true npm install "code-server@$VERSION" --no-audit --no-fund \
    >"$staging/install.log" 2>&1) || { tail -n 40 "$staging/install.log" >&2; say "npm install failed"; exit 1; }
  local missing
  missing="$(missing_artifacts "$staging/node_modules/code-server")"
  if [ -n "$missing" ]; then
    tail -n 40 "$staging/install.log" >&2
    say "code-server's install scripts did not run (npm skipped them?); missing:"
    printf '  %s\n' "$missing" >&2
    exit 1
  fi
  rm -rf "$staging/tmp" "$TARGET"
  mv "$staging" "$TARGET"
  trap - EXIT
  date -u +%FT%TZ >"$MARKER"
}

main() {
  ensure_system_packages
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9 # one install at a time; a second caller waits, then reuses it
  if [ ! -e "$MARKER" ] || [ -n "$(missing_artifacts "$PACKAGE")" ]; then
    install_code_server
  fi
  echo "$PACKAGE"
}

main "$@"
