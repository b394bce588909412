#!/usr/bin/env bash
# The VS Code integration tier, as the whole test suite runs it: installs code-server (and, as root on Debian, the
# Debian packages it needs) when missing, bundles the suites and the VSIX, and runs every pass.
#
# Prints mocha's reports, then "N passed, N failed" alone on a line.
# Exit codes: 0 passed; 1 a test failed or a pass hung; 2 the runner broke; 3 skipped, with "skipped: <why>" printed.
set -uo pipefail
cd "$(dirname "$0")/../.."
exec node test/vscode-runner/run.mjs "$@"
