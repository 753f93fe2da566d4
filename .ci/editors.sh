#!/usr/bin/env bash
# Editor integrations: VS Code extension (unit tests, .vsix, end-to-end in a real VS Code) and the
# Neovim plugin (headless test), against the release server binary.
#   bash .ci/editors.sh          # uses target/release/newsls (built if missing) or $NEWSLS
# Installs what a fresh machine lacks: npm packages (npm ci), Neovim (pip, venv under /tmp),
# code-server + Chromium (shared/tools/vscode-web/install.sh). Ends with "N passed, M failed".
# Env: NEWSLS_SHARED (default: ../shared beside the repository), NEWSLS_SKIP_VSCODE_E2E=1,
#      NEWSLS_SKIP_NVIM=1, NEWSLS_UPDATE_SCREENSHOTS=1 (copy the VS Code screenshots to docs/).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export NEWSLS_SHARED=${NEWSLS_SHARED:-$(cd "$repo/.." && pwd)/shared}
export NEWSLS_VSCODE_WEB_TOOLS=${NEWSLS_VSCODE_WEB_TOOLS:-$NEWSLS_SHARED/tools/vscode-web}
logs=$(mktemp -d /tmp/newsls-editors-ci.XXXXXX)
passed=0 failed=0
started=$(date +%s)

note() { echo "== editors: $* ($(( $(date +%s) - started ))s)"; }
# add the "N passed, M failed" / node-test "# pass N" counts of a log; a stage that failed without
# counting any failure counts as one failure, a passing stage without counts as one pass
count() {
  local name=$1 rc=$2 log=$3 p f
  p=$(grep -E '^(# pass [0-9]+|[0-9]+ passed, [0-9]+ failed)$' "$log" | tail -n1 | grep -oE '[0-9]+' | head -n1 || true)
  f=$(grep -E '^(# fail [0-9]+|[0-9]+ passed, [0-9]+ failed)$' "$log" | tail -n1 | grep -oE '[0-9]+' | tail -n1 || true)
  p=${p:-0} f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$rc" -eq 0 ] && [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then p=1; fi
  passed=$((passed + p)) failed=$((failed + f))
  if [ "$rc" -eq 0 ]; then note "$name: ok ($p passed)"; else note "$name: FAILED (exit $rc, $f failed) — log $log"; tail -n 40 "$log"; fi
}
stage() { # stage NAME TIMEOUT_S COMMAND...
  local name=$1 t=$2 log="$logs/$1.log" rc=0; shift 2
  note "$name…"
  timeout --kill-after=10 "$t" "$@" >"$log" 2>&1 || rc=$?
  count "$name" "$rc" "$log"
  return 0
}

# --- prerequisites ---------------------------------------------------------------------------------
export NEWSLS=${NEWSLS:-$repo/target/release/newsls}
if [ ! -x "$NEWSLS" ] && [ "$NEWSLS" = "$repo/target/release/newsls" ]; then
  stage build-release 2400 cargo build --release
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  note "installing nodejs + npm (apt)"
  apt-get update -qq >/dev/null && apt-get install -y -qq nodejs npm >/dev/null
fi

# --- VS Code extension -----------------------------------------------------------------------------
vsc=$repo/editors/vscode
stage vscode-npm-ci 600 bash -c "cd '$vsc' && npm ci --no-audit --no-fund"
stage vscode-unit 300 bash -c "cd '$vsc' && npm test"
stage vscode-package 300 bash -c "cd '$vsc' && rm -f newsls.vsix && npm run package && unzip -l newsls.vsix | grep -q extension/dist/extension.js"

# --- Neovim plugin ---------------------------------------------------------------------------------
if [ "${NEWSLS_SKIP_NVIM:-0}" != 1 ]; then
  stage nvim-headless 900 bash "$repo/editors/nvim/test/run.sh"
fi

# --- VS Code end to end (code-server + headless Chromium) ------------------------------------------
if [ "${NEWSLS_SKIP_VSCODE_E2E:-0}" != 1 ]; then
  if [ -f "$NEWSLS_VSCODE_WEB_TOOLS/install.sh" ]; then
    stage vscode-e2e 1500 bash "$vsc/test/e2e.sh"
  else
    note "vscode-e2e: FAILED — $NEWSLS_VSCODE_WEB_TOOLS/install.sh not found (set NEWSLS_SHARED)"
    failed=$((failed + 1))
  fi
fi

note "done; logs in $logs"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
