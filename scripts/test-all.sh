#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, starts the engines, runs every tier,
# and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
mkdir -p .cache
log=.cache/test-all.log
: > "$log"

passed=0 failed=0 skipped=0 status=0
count() { # adds the pass/fail/skip lines of a node:test spec report
  local file=$1 p f s
  p=$(grep -E '^ℹ pass [0-9]+' "$file" | tail -1 | awk '{print $3}')
  f=$(grep -E '^ℹ fail [0-9]+' "$file" | tail -1 | awk '{print $3}')
  s=$(grep -E '^ℹ skipped [0-9]+' "$file" | tail -1 | awk '{print $3}')
  passed=$((passed + ${p:-0})) failed=$((failed + ${f:-0})) skipped=$((skipped + ${s:-0}))
}
step() { echo; echo "### $*"; }

step "Installing dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi

step "Type check, lint and bundle"
npm run --silent typecheck || status=1
npm run --silent lint || status=1
node scripts/build.mjs || exit 1

step "Engines"
engines_env=.cache/engines.env
bash scripts/engine-up.sh "$engines_env" || echo "engine setup failed: engine suites will say what they skipped"
# shellcheck disable=SC1090
[ -f "$engines_env" ] && set -a && . "$engines_env" && set +a

step "ShellCheck"
bash scripts/shellcheck-up.sh || echo "the ShellCheck tests will run with the program absent only"

step "Unit tests"
node scripts/run-node-tests.mjs test/unit 2>&1 | tee .cache/unit-tests.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count .cache/unit-tests.log

step "Engine tests"
node scripts/run-node-tests.mjs test/engine 2>&1 | tee .cache/engine-tests.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count .cache/engine-tests.log

step "VS Code integration tests"
bash scripts/vscode/test-tier.sh 2>&1 | tee .cache/vscode-tests.log
vs=${PIPESTATUS[0]}
if [ "$vs" -eq 3 ]; then
  echo "VS Code tier skipped (reason above)."
  [ "${CI:-}" = "true" ] && status=1
elif [ "$vs" -ne 0 ]; then
  status=1
fi
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' .cache/vscode-tests.log | tail -1)
if [ -n "$line" ]; then
  passed=$((passed + $(echo "$line" | awk '{print $1}'))) failed=$((failed + $(echo "$line" | awk '{print $3}')))
fi

# After the VS Code tier, which installs Chromium (Debian's package) on a fresh machine.
step "Browser tests"
node scripts/run-node-tests.mjs test/browser 2>&1 | tee .cache/browser-tests.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count .cache/browser-tests.log

echo
[ "$status" -eq 0 ] || echo "Some checks failed: see above."
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
