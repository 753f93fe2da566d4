#!/usr/bin/env bash
# Score newsls against the gold corpora in ../shared (not a unit test: needs ../shared).
# Usage: scripts/score.sh [corpus ...]   (default: seeds conll03-dev tempeval3-dev)
# A corpus is a folder name under ../shared/corpora or a path to a folder of .txt + gold .ann
# (tests/fixtures/crosslingual: the project's own English/Vietnamese pairs, PER,ORG,LOC,DATE).
# Each corpus is copied without its gold .ann (newsls would read gold as human annotation),
# annotated with `newsls annotate --format brat`, and scored by shared/tools/evaluate.py.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
bin=${NEWSLS:-$here/target/release/newsls}
[ -x "$bin" ] || (cd "$here" && cargo build --release --quiet)
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(seeds conll03-dev tempeval3-dev)
for c in "${corpora[@]}"; do
  case $c in
    seeds) labels=PER,ORG,LOC,DATE ;;
    conll03-*) labels=PER,ORG,LOC ;;
    tempeval3-*) labels=DATE ;;
    *) labels=PER,ORG,LOC,DATE ;;
  esac
  gold="$shared/corpora/$c"
  # a name of ../shared/corpora first (the repository's own `seeds/` holds no gold), else a path
  [ ! -d "$gold" ] && [ -d "$c" ] && gold=$(cd "$c" && pwd)
  tmp=$(mktemp -d)
  mkdir -p "$tmp/in"
  cp "$gold/"*.txt "$tmp/in/"
  [ -f "$gold/corpus.tsv" ] && cp "$gold/corpus.tsv" "$tmp/in/"
  "$bin" annotate --format brat --out "$tmp/out" "$tmp/in"
  printf '%-16s %-18s ' "$(basename "$c")" "$labels"
  python3 "$shared/tools/evaluate.py" "$gold" "$tmp/out" --labels "$labels" | grep '^SUMMARY'
  [ -n "${KEEP:-}" ] && echo "  output kept in $tmp/out" || rm -rf "$tmp"
done
