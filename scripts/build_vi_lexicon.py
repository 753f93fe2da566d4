#!/usr/bin/env python3
"""Build data/lexicon/vi_words.tsv, a Vietnamese word list with multi-syllable words.

Regenerate (from the repository root):

    python3 -m venv /tmp/gaz
    /tmp/gaz/bin/pip install --no-deps pyvi==0.1.1
    /tmp/gaz/bin/python scripts/build_vi_lexicon.py --out data/lexicon

(--no-deps: only the package's data file is read; pyvi itself, and its
scikit-learn / sklearn-crfsuite dependencies, are never imported.)

Source: the word list `pyvi/models/words.txt` shipped in the PyPI package
pyvi 0.1.1 (Viet-Trung Tran, MIT licence; see data/lexicon/SOURCE.md), plus a
short hand-written supplement of general news vocabulary (titles such as
`phó_tổng_thống`) that the list lacks. The supplement is general knowledge,
not taken from any evaluation corpus.

Output (UTF-8, NFC, no header, sorted by word, deterministic):
  word<TAB>syllables<TAB>source
where `word` has its syllables joined by `_` (the word-segmented form),
`syllables` is the syllable count, and `source` is `pyvi` (as listed),
`pyvi-tone` (the same word with the other tone placement of final oa/oe/uy:
hòa/hoà, thủy/thuỷ) or `newsls` (the hand-written supplement). pyvi has no
frequencies, so there is no frequency column.
"""

import argparse
import importlib.metadata
import os
import re
import sys
import unicodedata

PACKAGE = "pyvi"
VERSION = "0.1.1"
WORDS_FILE = "pyvi/models/words.txt"

# General news vocabulary missing from the pyvi list, written as the usual
# Vietnamese word segmenters (VLSP convention) write them.
SUPPLEMENT = [
    "phó_tổng_thống", "phó_thủ_tướng", "phó_chủ_tịch", "phó_giám_đốc",
    "phó_tổng_giám_đốc", "phó_bí_thư", "phó_thị_trưởng", "phó_thống_đốc",
    "phó_chủ_nhiệm", "phó_hiệu_trưởng", "phó_trưởng_ban", "phó_trưởng_phòng",
    "phó_tư_lệnh", "phó_tổng_thư_ký", "phó_đô_đốc", "phó_giáo_sư",
    "phó_viện_trưởng", "phó_chánh_án", "phó_cục_trưởng", "phó_tổng_cục_trưởng",
    "cục_trưởng", "tổng_cục_trưởng", "vụ_trưởng", "viện_trưởng", "chánh_án",
    "liên_hợp_quốc", "liên_hiệp_quốc", "thủ_phủ", "tỵ_nạn", "ủy_ban", "ủy_viên",
    "chủ_tịch_nước", "tổng_lãnh_sự", "tổng_lãnh_sự_quán", "thượng_tá",
    "thiếu_tá", "trung_tá", "đại_úy", "thượng_úy", "trung_úy", "thiếu_úy",
]

_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
_TOKEN_OK = re.compile(r"^[\w][\w.'\-]*$")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def _tone_swap_syllable(syl):
    """The syllable with the other tone placement for final oa/oe/uy, or None."""
    d = unicodedata.normalize("NFD", syl)
    letters = []
    for ch in d:
        if unicodedata.combining(ch) and letters:
            letters[-1].append(ch)
        else:
            letters.append([ch])
    if len(letters) < 2:
        return None
    a, b = letters[-2], letters[-1]
    pair = a[0].lower() + b[0].lower()
    if pair not in ("oa", "oe", "uy"):
        return None
    if pair == "uy" and len(letters) >= 3 and letters[-3][0].lower() == "q":
        return None
    a_t = [m for m in a[1:] if m in _TONES]
    b_t = [m for m in b[1:] if m in _TONES]
    if [m for m in a[1:] if m not in _TONES] or [m for m in b[1:] if m not in _TONES]:
        return None
    if b_t and not a_t:
        a, b = [a[0]] + b_t, [b[0]]
    elif a_t and not b_t:
        a, b = [a[0]], [b[0]] + a_t
    else:
        return None
    return nfc("".join("".join(l) for l in letters[:-2] + [a, b]))


def tone_variant(word):
    parts = word.split("_")
    out = [(_tone_swap_syllable(p) or p) for p in parts]
    v = "_".join(out)
    return v if v != word else None


def words_path():
    dist = importlib.metadata.distribution(PACKAGE)
    if dist.version != VERSION:
        print(f"warning: {PACKAGE} {dist.version} installed, {VERSION} expected", file=sys.stderr)
    for f in dist.files or []:
        if str(f).replace("\\", "/") == WORDS_FILE:
            return str(f.locate())
    sys.exit(f"{WORDS_FILE} not found in the installed {PACKAGE}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="data/lexicon", help="output folder")
    args = ap.parse_args()
    rows = {}
    skipped = 0
    with open(words_path(), encoding="utf-8") as f:
        for line in f:
            entry = nfc(line.strip())
            if not entry:
                continue
            toks = entry.split()
            if not all(_TOKEN_OK.match(t) for t in toks):
                skipped += 1  # e.g. "cách mạng khoa học - kỹ thuật"
                continue
            rows.setdefault("_".join(toks), "pyvi")
    for w in list(rows):
        v = tone_variant(w)
        if v:
            rows.setdefault(v, "pyvi-tone")
    for w in SUPPLEMENT:
        w = nfc(w)
        rows.setdefault(w, "newsls")
        v = tone_variant(w)
        if v:
            rows.setdefault(v, "newsls")
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "vi_words.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for w in sorted(rows):
            f.write(f"{w}\t{w.count('_') + 1}\t{rows[w]}\n")
    multi = sum(1 for w in rows if "_" in w)
    print(f"{path}: {len(rows)} words ({multi} multi-syllable), {skipped} entries skipped",
          file=sys.stderr)


if __name__ == "__main__":
    main()
