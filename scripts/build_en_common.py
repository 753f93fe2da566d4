#!/usr/bin/env python3
"""Write data/lexicon/en_common.tsv: common English words, learned from the lower-case text of
CoNLL-2003 train (`../shared/corpora/conll03-train`, brat with gold names).

A word is kept when it is written in lower case at least twice and at least twice as often
as it is written capitalised inside a gold name (so `bush`, `labour`, `united` stay out).
newsls uses the list to tell a headline word (`Won't Back Down`, `'Resigns'`) from a name.

Usage (from the repository root):
    python3 scripts/build_en_common.py ../shared/corpora/conll03-train
Output: `word<TAB>lower-case count`, sorted by word. Standard library only.
"""
import collections
import os
import re
import sys

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    lower = collections.Counter()
    in_names = collections.Counter()
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            text = f.read()
        for m in WORD.finditer(text):
            w = m.group()
            if w[0].islower():
                lower[w] += 1
        ann = os.path.join(src, name[:-4] + ".ann")
        if not os.path.exists(ann):
            continue
        with open(ann, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if not line.startswith("T") or len(cols) < 3:
                    continue
                for w in WORD.findall(cols[2]):
                    in_names[w.lower()] += 1
    rows = sorted(
        (w, n) for w, n in lower.items() if n >= 2 and n >= 2 * in_names[w.lower()]
    )
    out = os.path.join(os.path.dirname(__file__), "..", "data", "lexicon", "en_common.tsv")
    with open(out, "w", encoding="utf-8") as f:
        for w, n in rows:
            f.write(f"{w}\t{n}\n")
    print(f"{len(rows)} words -> {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
