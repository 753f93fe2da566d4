#!/usr/bin/env python3
"""Score newsls on a local copy of PhoNER_COVID19's *training* split (standard library only).

The workplace's hidden Vietnamese test (vi-ner-test, see ../shared/corpora/SOURCES.md) is
PhoNER_COVID19's test split, converted to brat: 30 sentences a document, tokens joined by
single spaces, one sentence a line, NAME -> PER, LOCATION -> LOC, ORGANIZATION -> ORG,
DATE -> DATE (no values), the other labels dropped, an empty dct and lang `vi`. Its dev and
test splits are held back; this script converts the training split the same way, so that
the Vietnamese recogniser can be measured on the same annotation conventions.

PhoNER_COVID19 may not be redistributed (its README: research and education use only), so
nothing of it is in this repository: fetch `data/word/train_word.json` (or `.conll`) of
https://github.com/VinAIResearch/PhoNER_COVID19 yourself and keep it outside the project.
Only the recogniser's rules were tuned against it; no list, weight or name comes from it.

Usage: scripts/phoner_proxy.py TRAIN_WORD_FILE [--sentences N] [--newsls BIN] [--keep DIR]
Example: scripts/phoner_proxy.py /tmp/phoner/train_word.json --sentences 1052
PER in PhoNER covers patients only (doctors and officials are left untagged), so PER
precision there says little; read the per-label lines.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

LABELS = {"NAME": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "DATE": "DATE"}


def read_sentences(path):
    """Sentences as (words, tags), from the JSON-lines or the CoNLL form of the split."""
    out = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".json"):
        for line in text.splitlines():
            try:
                o = json.loads(line)
            except ValueError:
                continue  # a partial line at the end of a partial copy
            if o.get("words") and len(o["words"]) == len(o.get("tags", [])):
                out.append((o["words"], o["tags"]))
        return out
    words, tags = [], []
    for line in text.splitlines() + [""]:
        cols = line.split()
        if len(cols) >= 2:
            words.append(cols[0])
            tags.append(cols[-1])
        elif words:
            out.append((words, tags))
            words, tags = [], []
    return out


def spans(tags):
    """(label, first, last) of each IOB2 span."""
    out, cur = [], None
    for k, t in enumerate(tags + ["O"]):
        if cur and (t == "O" or t.startswith("B-") or t[2:] != cur[0]):
            out.append((cur[0], cur[1], k - 1))
            cur = None
        if t.startswith("B-") or (t.startswith("I-") and cur is None):
            cur = (t[2:], k)
    return out


def write_corpus(sentences, folder):
    tsv = []
    for d in range(0, len(sentences), 30):
        name = f"phoner-train-{d // 30 + 1:03d}"
        text, anns = "", []
        for words, tags in sentences[d:d + 30]:
            offs, pos = [], len(text)
            for k, w in enumerate(words):
                pos += 1 if k else 0
                offs.append((pos, pos + len(w)))
                pos += len(w)
            text += " ".join(words) + "\n"
            for lab, a, b in spans(tags):
                if lab in LABELS:
                    anns.append((LABELS[lab], offs[a][0], offs[b][1]))
        with open(os.path.join(folder, "gold", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(folder, "gold", name + ".ann"), "w", encoding="utf-8") as f:
            for t, (lab, a, b) in enumerate(anns, 1):
                f.write(f"T{t}\t{lab} {a} {b}\t{text[a:b]}\n")
        shutil.copy(os.path.join(folder, "gold", name + ".txt"), os.path.join(folder, "in"))
        tsv.append(f"{name}\t\tvi\n")
    for sub in ("gold", "in"):
        with open(os.path.join(folder, sub, "corpus.tsv"), "w", encoding="utf-8") as f:
            f.writelines(tsv)


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", help="PhoNER_COVID19 data/word/train_word.json or .conll")
    ap.add_argument("--sentences", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--newsls", default=os.path.join(here, "target/release/newsls"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "shared"))
    ap.add_argument("--keep", help="write the corpus and the output here (kept)")
    args = ap.parse_args()
    sentences = read_sentences(args.train)
    if args.sentences:
        sentences = sentences[:args.sentences]
    folder = args.keep or tempfile.mkdtemp(prefix="phoner-")
    for sub in ("gold", "in"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    write_corpus(sentences, folder)
    print(f"{len(sentences)} sentences", file=sys.stderr)
    out = os.path.join(folder, "out")
    subprocess.run([args.newsls, "annotate", "--format", "brat", "--out", out,
                    os.path.join(folder, "in")], check=True)
    subprocess.run([sys.executable, os.path.join(args.shared, "tools", "evaluate.py"),
                    os.path.join(folder, "gold"), out, "--labels", "PER,ORG,LOC,DATE"],
                   check=True)
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
