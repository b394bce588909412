#!/usr/bin/env bash
# Installs Debian's shellcheck when it is missing, so the tests of the ShellCheck integration run against the real
# program (they also cover its absence with a PATH that has none). Needs root and apt-get; otherwise says why not.
set -uo pipefail
if command -v shellcheck >/dev/null; then
  echo "shellcheck: $(shellcheck --version | sed -n 's/^version: //p')"
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "shellcheck is not installed and cannot be: needs root and apt-get (Debian)"
  exit 1
fi
mkdir -p .cache
log=.cache/shellcheck-apt.log
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >"$log" 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >>"$log" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >>"$log" 2>&1 || {
    echo "apt-get install shellcheck failed, see $log"
    exit 1
  }
fi
echo "shellcheck: $(shellcheck --version | sed -n 's/^version: //p') (installed)"
