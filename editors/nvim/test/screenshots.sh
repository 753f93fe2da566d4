#!/usr/bin/env bash
# Screenshots of Neovim with the plugin, for the README: docs/nvim-editor.png (coloured entities) and
# docs/nvim-hover.png (hover card). Uses shared/tools/nvim-shot (tmux + headless Chromium).
#   NEWSLS=target/release/newsls NVIM=/path/to/nvim editors/nvim/test/screenshots.sh [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
shot=${NEWSLS_NVIM_SHOT:-$repo/../shared/tools/nvim-shot/nvim_shot.sh}
out=${1:-$repo/docs}
export NEWSLS=${NEWSLS:-$repo/target/release/newsls}
NVIM=${NVIM:?set NVIM to a Neovim binary (see test/run.sh)}
article=${NEWSLS_SHOT_ARTICLE:-002_64800d0ccd1db957.txt}
mkdir -p "$out"
cd "$repo/seeds"
SETTLE_S=${SETTLE_S:-6} bash "$shot" "$out/nvim-editor.png" "$NVIM" "$here/screenshot_init.lua" "$article" 10j
SETTLE_S=${SETTLE_S:-6} AFTER_KEYS_S=3 bash "$shot" "$out/nvim-hover.png" "$NVIM" "$here/screenshot_init.lua" "$article" \
  '/Bakiev' Enter ':nohlsearch' Enter K
